export {Settings} from './Settings';
