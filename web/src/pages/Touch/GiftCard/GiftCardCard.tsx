import {useState} from 'react';
import {Banner, BlockStack, Button, Card, InlineStack, Text} from '@shopify/polaris';
import {ApiError} from '../../../api/client';
import type {GiftCard} from '../../../api/types';
import {touchApi} from '../api';
import {issueProblem, type IssueProblem} from './errors';
import {GiftCardDetails} from './GiftCardDetails';
import {GiftCode} from './GiftCode';
import {IssueGiftCardModal} from './IssueGiftCardModal';

export interface GiftCardCardProps {
  touchId: string;
  /** The touch's card, or null before one is issued. */
  giftCard: GiftCard | null;
  /** The rule that made the touch (its amount is the default). */
  ruleId: string | null;
  currency: string | null;
  customerName: string | null;
  /** Read-only: a touch in the history, or held out. */
  locked: boolean;
  personName: (id: string) => string;
  onIssued: (giftCard: GiftCard) => void;
  /** The server knows more than we show (a card exists or is on its way): read the touch again. */
  onStale: () => void;
}

/** Issue the touch's gift certificate (by hand, from any touch), see its code once, then what is kept of it. */
export function GiftCardCard({
  touchId,
  giftCard,
  ruleId,
  currency,
  customerName,
  locked,
  personName,
  onIssued,
  onStale,
}: GiftCardCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [problem, setProblem] = useState<IssueProblem | null>(null);
  const [amountError, setAmountError] = useState<string | undefined>();
  const [code, setCode] = useState<string | null>(null);

  const issue = async (amount: number | undefined) => {
    setIssuing(true);
    try {
      const issued = await touchApi.issueGiftCard(touchId, amount);
      setCode(issued.code);
      setProblem(null);
      setConfirming(false);
      onIssued(issued.giftCard);
    } catch (e) {
      const amountField = e instanceof ApiError ? e.fields?.amount?.[0] : undefined;
      setAmountError(amountField);
      if (amountField) return; // shown at the field, the modal stays open
      const found = issueProblem(e);
      setProblem(found);
      setConfirming(false);
      if (found.stale) onStale();
    } finally {
      setIssuing(false);
    }
  };

  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingSm">
          Gift certificate
        </Text>
        {problem ? (
          <Banner tone={problem.tone} title={problem.title} onDismiss={() => setProblem(null)}>
            <Text as="p">{problem.message}</Text>
          </Banner>
        ) : null}
        {code ? <GiftCode code={code} onHide={() => setCode(null)} /> : null}
        {giftCard ? (
          <GiftCardDetails giftCard={giftCard} personName={personName} />
        ) : locked ? (
          <Text as="p" tone="subdued">
            No gift card was issued for this touch.
          </Text>
        ) : (
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="p" tone="subdued">
              A real Shopify gift card for the customer, from the shop’s gift budget.
            </Text>
            <Button
              onClick={() => (setAmountError(undefined), setConfirming(true))}
              loading={issuing}
            >
              Issue gift card
            </Button>
          </InlineStack>
        )}
      </BlockStack>
      <IssueGiftCardModal
        open={confirming}
        currency={currency}
        customerName={customerName}
        ruleId={ruleId}
        issuing={issuing}
        amountError={amountError}
        onCancel={() => setConfirming(false)}
        onConfirm={issue}
      />
    </Card>
  );
}
