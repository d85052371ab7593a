export { TouchPage } from './Touch';
