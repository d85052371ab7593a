export { Rules } from './Rules';
