export {appBridge, isEmbedded, isLocalMode} from './app-bridge';
export type {AppBridge, ToastOptions} from './app-bridge';
export {NavMenu, pageHref} from './NavMenu';
export type {NavItem, NavMenuProps} from './NavMenu';
export {TitleBar} from './TitleBar';
export {SaveBar} from './SaveBar';
export type {SaveBarProps} from './SaveBar';
export {useToast} from './useToast';
export {AdminLink, adminCustomerUrl, adminOrderUrl, gidNumber} from './AdminLink';
