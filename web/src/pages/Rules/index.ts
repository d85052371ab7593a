export {Rules} from './Rules';
