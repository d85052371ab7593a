export {Team} from './Team';
