export {createReconciliation, type Reconciliation} from './reconcile.service';
export {defineReconciliationModel} from './reconciliation.model';
export {snapshotFromAdmin} from './to-snapshot';
export {reconcileRouter} from './reconcile.routes';
export {scheduleReconciliation, RECONCILE_EVERY_MS} from './schedule';
export {createShippedCheck, type ShippedCheck} from './shipped';
