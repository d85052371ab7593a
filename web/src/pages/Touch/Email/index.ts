export {EmailCard, type EmailCardProps} from './EmailCard';
