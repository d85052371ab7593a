export {Print} from './Print';
