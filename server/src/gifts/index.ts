export {
  createGiftCardIssuer,
  issueGiftCardSchema,
  toGiftCardJson,
  type GiftCardIssuer,
} from './issue';
export {createGiftBudget, type GiftBudget} from './budget';
export {createGiftCodes, type GiftCodes} from './codes';
export {createSecretBox, lastCharacters, type SecretBox} from './secret-box';
export {giftCardsRouter} from './gift-cards.routes';
