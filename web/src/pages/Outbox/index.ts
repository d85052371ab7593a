export {Outbox} from './Outbox';
export {useOutboxAvailable} from './useOutbox';
