export {EmailBody, type EmailBodyProps} from './EmailBody';
