export {createLocalShopify, type LocalShopifyOptions} from './server';
export {loadAdminSchema} from './schema';
export {signSessionToken} from './session-token';
export type {LocalShop, LocalOrder, LocalCustomer} from './state';
export {createOrder, restOrderPayload, type NewOrderInput} from './orders';
export {seedCustomers} from './seed';
export type {OrderBurst} from './local-routes';
