export {createIntakeService, type IntakeService} from './intake.service';
export {webhooksRouter} from './webhooks.routes';
export type {IntakeDeps} from './deps';
export type {WebhookDelivery, IntakeOutcome} from './types';
