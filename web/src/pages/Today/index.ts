export {Today} from './Today';
