export {customersDataRequestHandler, customersRedactHandler, shopRedactHandler} from './handlers';
export {createPrivacyJobs} from './privacy.service';
