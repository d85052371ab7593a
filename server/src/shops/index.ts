export {createShopsService, DEFAULT_SHOP_SETTINGS, type ShopsService} from './shops.service';
export type {ShopDoc, ShopSettings} from './shop.model';
export {settingsRouter, settingsPatchSchema} from './settings.routes';
export {shopRouter} from './shop.routes';
export type {ShopInfo} from './shop-info';
