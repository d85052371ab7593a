export {customersDataRequestHandler, customersRedactHandler, shopRedactHandler} from './handlers';
export {createPrivacyJobs} from './privacy.service';
export {createDataRequests, type DataRequests, type DataRequestJson} from './requests';
export {privacyRouter} from './requests.routes';
export {createRetention, DEFAULT_RETENTION_DAYS, type Retention} from './retention';
