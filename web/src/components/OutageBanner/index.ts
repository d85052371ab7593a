export {OutageBanner} from './OutageBanner';
export type {OutageBannerProps} from './OutageBanner';
