export {Insights} from './Insights';
