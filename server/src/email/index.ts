export {createEmails, emailInputSchema, type Emails} from './emails.service';
export {emailRouter, outboxRouter} from './email.routes';
