export { Print } from './Print';
