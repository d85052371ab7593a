import {useEffect, useState} from 'react';
import {BlockStack, Modal, Text, TextField} from '@shopify/polaris';
import {formatMoney} from './format';
import {useGiftDefaults} from './useGiftDefaults';

export interface IssueGiftCardModalProps {
  open: boolean;
  /** The shop's currency (the order's), for the amount. */
  currency: string | null;
  /** Who the card is for, as the writer knows them. */
  customerName: string | null;
  /** The rule that made the touch: its own amount wins over the shop's. */
  ruleId: string | null;
  issuing: boolean;
  /** The server's message about the amount, when it refused it. */
  amountError?: string;
  onCancel: () => void;
  /** `undefined` leaves the amount to the server's default. */
  onConfirm: (amount: number | undefined) => void;
}

const AMOUNT = /^\d{1,6}(\.\d{1,2})?$/;

const expiryText = (days: number | null | undefined) =>
  days === undefined
    ? 'Expiry follows the shop’s settings.'
    : days === null
      ? 'It never expires.'
      : `It expires ${days} day${days === 1 ? '' : 's'} after it is issued.`;

/** Money leaves the shop: say how much, for whom, and ask. */
export function IssueGiftCardModal({
  open,
  currency,
  customerName,
  ruleId,
  issuing,
  amountError,
  onCancel,
  onConfirm,
}: IssueGiftCardModalProps) {
  const defaults = useGiftDefaults(ruleId, open);
  const [amount, setAmount] = useState('');
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (!edited && defaults.amount !== null) setAmount(defaults.amount.toFixed(2));
  }, [defaults.amount, edited]);
  useEffect(() => {
    if (!open) setEdited(false);
  }, [open]);

  const trimmed = amount.trim();
  const valid = trimmed === '' || (AMOUNT.test(trimmed) && Number(trimmed) > 0);
  const shown = trimmed && valid ? formatMoney(trimmed, currency) : null;
  const who = customerName ?? 'this guest (no customer account to attach it to)';
  return (
    <Modal
      open={open}
      onClose={onCancel}
      title="Issue a gift certificate?"
      primaryAction={{
        content: shown ? `Issue ${shown} gift card` : 'Issue gift card',
        loading: issuing,
        disabled: !valid,
        onAction: () => onConfirm(trimmed === '' ? undefined : Number(trimmed)),
      }}
      secondaryActions={[{content: 'Cancel', onAction: onCancel}]}
    >
      <Modal.Section>
        <BlockStack gap="300">
          <Text as="p">
            A real Shopify gift card for {who}. It counts against today’s gift budget and cannot be
            taken back here.
          </Text>
          <TextField
            label="Amount"
            type="number"
            min={0}
            step={0.01}
            value={amount}
            onChange={(v) => (setAmount(v), setEdited(true))}
            suffix={currency ?? undefined}
            autoComplete="off"
            error={!valid ? 'Enter an amount above zero, such as 10 or 12.50.' : amountError}
            helpText={
              trimmed === ''
                ? 'Left empty, the rule’s or the shop’s amount is used.'
                : expiryText(defaults.expiryDays)
            }
          />
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}
