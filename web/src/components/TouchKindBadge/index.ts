export {TouchKindBadge, TouchStatusBadge, KIND_LABELS, STATUS_LABELS} from './TouchKindBadge';
