export {TouchPage} from './Touch';
