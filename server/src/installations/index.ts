export {createInstallations, type Installations} from './ensure-installed';
export {createOfflineSessions, type OfflineSessions} from './offline-session';
