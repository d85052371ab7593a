export {Privacy} from './Privacy';
export {usePrivacyWaiting} from './usePrivacyRequests';
