export {GiftCardCard, type GiftCardCardProps} from './GiftCardCard';
