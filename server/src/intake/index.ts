export {createIntakeService, type IntakeService} from './intake.service';
export {webhooksRouter} from './webhooks.routes';
export {ingestOrder} from './ingest-order';
export type {IntakeDeps} from './deps';
export type {WebhookDelivery, IntakeOutcome} from './types';
