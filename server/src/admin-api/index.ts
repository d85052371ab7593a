export {createAdminApi, throttleWaitMs, type AdminApi} from './admin-client';
export {AdminApiError, NotInstalledError} from './errors';
export * from './queries';
