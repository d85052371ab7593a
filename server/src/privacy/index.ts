export {customersDataRequestHandler, customersRedactHandler, shopRedactHandler} from './handlers';
export {createPrivacyJobs} from './privacy.service';
export {createRetention, DEFAULT_RETENTION_DAYS, type Retention} from './retention';
