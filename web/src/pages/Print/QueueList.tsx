import {Badge, BlockStack, Box, Button, InlineStack, Text} from '@shopify/polaris';
import {KIND_LABELS, TouchKindBadge} from '../../components/TouchKindBadge';
import {openTouch} from '../../router';
import {PROBLEM_LABELS, type QueueOrder, type QueueTouch} from './types';
import {AdminLink} from '../../components/AppBridge';
import {formatDateTime} from '../../lib/dates';

export interface QueueActions {
  printOrder(order: QueueOrder): void;
  packOrder(order: QueueOrder): void;
  pack(touch: QueueTouch): void;
  reprint(touch: QueueTouch): void;
}

export interface QueueListProps {
  orders: QueueOrder[];
  /** Who did something, by the id the server recorded (staff name, else the Shopify user). */
  personOf(id: string): string;
  actions: QueueActions;
  /** While a print or a change runs, the buttons wait. */
  busy: boolean;
}

// Accessible names start with the button's visible words (WCAG 2.5.3), then say which sticker or order.
/** Who packed it: the name the packed stage records, else the person behind the session's user. */
const packerOf = (t: QueueTouch, personOf: (id: string) => string) =>
  t.stages?.find((s) => s.stage === 'packed')?.by ?? (t.doneBy ? personOf(t.doneBy) : null);
const what = (t: QueueTouch) => `${KIND_LABELS[t.kind].toLowerCase()} for ${t.orderName}`;
const printLabel = (n: number) => (n === 1 ? 'Print sticker' : `Print ${n} stickers`);
const time = (iso: string) => formatDateTime(iso);

/** The writer's stage, so the packer can wait for a card still being written (docs/STAGES.md). */
function StageBadge({touch: t}: {touch: QueueTouch}) {
  const prepared = t.stages?.find((s) => s.stage === 'prepared');
  if (prepared)
    return <Badge tone="success">{`Prepared${prepared.by ? ` by ${prepared.by}` : ''}`}</Badge>;
  return <Badge tone="attention">Not prepared yet</Badge>;
}

function TouchLine({
  touch: t,
  personOf,
  actions,
  busy,
}: {touch: QueueTouch} & Omit<QueueListProps, 'orders'>) {
  const fixable = t.problem === 'note_missing' || t.problem === 'note_too_long';
  const packer = packerOf(t, personOf);
  return (
    <InlineStack gap="300" align="space-between" blockAlign="center" wrap={false}>
      <BlockStack gap="100">
        <InlineStack gap="200" blockAlign="center">
          <TouchKindBadge kind={t.kind} />
          {t.problem ? <Badge tone="critical">{PROBLEM_LABELS[t.problem]}</Badge> : null}
          {t.status === 'done' ? (
            <Badge
              tone="success"
              progress="complete"
            >{`Packed${packer ? ` by ${packer}` : ''}`}</Badge>
          ) : t.printedAt ? (
            <Badge tone="info">{`Printed${t.printCount > 1 ? ` ${t.printCount}×` : ''}`}</Badge>
          ) : null}
          {t.status === 'open' ? <StageBadge touch={t} /> : null}
        </InlineStack>
        {t.note ? (
          <Text as="p">
            <span
              style={{
                fontFamily: '"Caveat", cursive',
                fontSize: 20,
                lineHeight: 1.2,
                color: '#1f2d5c',
              }}
            >
              {t.note.length > 140 ? `${t.note.slice(0, 140)}…` : t.note}
            </span>
          </Text>
        ) : null}
        {t.printedAt ? (
          <Text as="p" tone="subdued" variant="bodySm">
            {`Printed ${time(t.printedAt)}${t.printedBy ? ` by ${personOf(t.printedBy)}` : ''}`}
            {t.doneAt ? ` · packed ${time(t.doneAt)}` : ''}
          </Text>
        ) : null}
      </BlockStack>
      <InlineStack gap="200" wrap={false}>
        {fixable ? (
          <Button
            onClick={() => openTouch(t.id)}
            accessibilityLabel={`${t.problem === 'note_missing' ? 'Write' : 'Shorten'} note for ${t.orderName}`}
          >
            {t.problem === 'note_missing' ? 'Write note' : 'Shorten note'}
          </Button>
        ) : null}
        {t.printedAt ? (
          <Button
            disabled={busy}
            onClick={() => actions.reprint(t)}
            accessibilityLabel={`Reprint: ${what(t)}`}
          >
            Reprint
          </Button>
        ) : null}
        {t.status === 'open' ? (
          <Button
            disabled={busy}
            onClick={() => actions.pack(t)}
            accessibilityLabel={`Mark packed: ${what(t)}`}
          >
            Mark packed
          </Button>
        ) : null}
      </InlineStack>
    </InlineStack>
  );
}

/** The bench's list: one block per order, its stickers beneath, what can be done with each. */
export function QueueList({orders, personOf, actions, busy}: QueueListProps) {
  return (
    <ul aria-label="Orders" style={{listStyle: 'none', margin: 0, padding: 0}}>
      {orders.map((order) => {
        const open = order.touches.filter((t) => t.status === 'open');
        const ready = open.filter((t) => !t.problem && !t.printedAt);
        return (
          <li key={order.orderId} aria-label={`Order ${order.orderName}`}>
            <Box padding="400" borderBlockEndWidth="025" borderColor="border">
              <BlockStack gap="300">
                <InlineStack align="space-between" blockAlign="center" gap="200">
                  <BlockStack gap="050">
                    <Text as="h3" variant="headingLg">
                      <AdminLink gid={order.orderId}>{order.orderName}</AdminLink>
                    </Text>
                    {order.questionWaiting ? (
                      <Badge tone="warning">A question is waiting</Badge>
                    ) : null}
                    {order.request ? (
                      <Text
                        as="p"
                        fontWeight="semibold"
                      >{`Customer asks: “${order.request}”`}</Text>
                    ) : null}
                    <Text as="p" tone="subdued">
                      {[
                        order.customer?.displayName,
                        order.sequence
                          ? `order no. ${order.sequence.toLocaleString('en')} of the shop`
                          : 'given by hand',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </BlockStack>
                  <InlineStack gap="200">
                    {ready.length ? (
                      <Button
                        disabled={busy}
                        onClick={() => actions.printOrder(order)}
                        accessibilityLabel={`${printLabel(ready.length)} for ${order.orderName}`}
                      >
                        {printLabel(ready.length)}
                      </Button>
                    ) : null}
                    {order.openTouchIds.length ? (
                      <Button
                        variant={open.some((t) => !t.printedAt) ? 'secondary' : 'primary'}
                        disabled={busy}
                        onClick={() => actions.packOrder(order)}
                        accessibilityLabel={`Mark order packed: ${order.orderName}`}
                      >
                        Mark order packed
                      </Button>
                    ) : null}
                  </InlineStack>
                </InlineStack>
                <BlockStack gap="300">
                  {order.touches.map((t) => (
                    <TouchLine
                      key={t.id}
                      touch={t}
                      personOf={personOf}
                      actions={actions}
                      busy={busy}
                    />
                  ))}
                </BlockStack>
              </BlockStack>
            </Box>
          </li>
        );
      })}
    </ul>
  );
}
