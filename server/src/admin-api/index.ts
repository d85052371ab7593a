export {createAdminApi, throttleWaitMs, type AdminApi} from './admin-client';
export {AdminApiError, MissingScopeError, NotInstalledError} from './errors';
export * from './queries';
