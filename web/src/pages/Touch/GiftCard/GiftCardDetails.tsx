import {DescriptionList} from '@shopify/polaris';
import type {GiftCard} from '../../../api/types';
import {formatMoney, maskedCode} from './format';
import {formatDateTime, formatDay} from '../../../lib/dates';

export interface GiftCardDetailsProps {
  giftCard: GiftCard;
  /** A person's name from their id (staff or Shopify user). */
  personName: (id: string) => string;
}

/** What is kept of an issued card: never the code, only its last characters. */
export function GiftCardDetails({giftCard, personName}: GiftCardDetailsProps) {
  const issued = `${formatDateTime(giftCard.issuedAt)}${giftCard.issuedBy ? ` by ${personName(giftCard.issuedBy)}` : ''}`;
  return (
    <DescriptionList
      items={[
        {term: 'Amount', description: formatMoney(giftCard.amount, giftCard.currency)},
        {term: 'Code', description: maskedCode(giftCard.lastCharacters)},
        {
          term: 'Expires',
          description: giftCard.expiresOn ? formatDay(giftCard.expiresOn) : 'No expiry',
        },
        {term: 'Issued', description: issued},
        {
          term: 'Full code',
          description: giftCard.codeKept
            ? 'Held sealed for the email or the printed card'
            : 'No longer held (already emailed or printed)',
        },
      ]}
    />
  );
}
