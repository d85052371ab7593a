import {BlockStack, Card, List, Text} from '@shopify/polaris';
import {AdminLink} from '../../components/AppBridge';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import type {TouchDetail} from './useTouch';
import {formatMoney} from '../../lib/money';

export interface ContextCardProps {
  /** The touch's order and customer, as the API returns them. */
  detail: TouchDetail;
}

/** What the writer needs to know, and nothing more: the order, the customer's history with the shop. */
export function ContextCard({detail}: ContextCardProps) {
  const {order, customer, alsoOnThisOrder} = detail;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingSm">
          <AdminLink gid={detail.touch.orderId}>
            Order {order?.name ?? detail.touch.orderName}
          </AdminLink>
        </Text>
        {order ? (
          <Text as="p">
            {formatMoney(order.total, order.currency)} · {order.channel}
            {order.shipCity || order.country
              ? ` · ships to ${[order.shipCity, order.country].filter(Boolean).join(', ')}`
              : ''}
          </Text>
        ) : null}
        {order?.items.length ? (
          <List type="bullet">
            {order.items.map((item, i) => (
              <List.Item key={i}>{`${item.quantity} × ${item.title}`}</List.Item>
            ))}
          </List>
        ) : null}
        {order?.note ? (
          <Text as="p" tone="caution">
            Their note: “{order.note}”
          </Text>
        ) : null}
        {alsoOnThisOrder.length ? (
          <Text as="p">
            Also going in this box: {alsoOnThisOrder.map((o) => KIND_LABELS[o.kind]).join(', ')}
          </Text>
        ) : null}
        <Text as="h2" variant="headingSm">
          {customer ? (
            <AdminLink gid={customer.id}>{customer.displayName ?? 'Customer'}</AdminLink>
          ) : (
            'Guest checkout'
          )}
        </Text>
        {customer ? (
          <BlockStack gap="100">
            <Text as="p">
              {customer.ordersCounted} order{customer.ordersCounted === 1 ? '' : 's'} with you ·{' '}
              {customer.acceptsMarketing ? 'accepts email' : 'no email consent'}
            </Text>
            {customer.previousTouches.length === 0 ? (
              <Text as="p" tone="subdued">
                First touch for this customer.
              </Text>
            ) : null}
            {customer.previousTouches.map((t) => (
              <Text as="p" key={t.id} tone="subdued">
                {t.orderName}: {KIND_LABELS[t.kind]}
                {t.note ? ` — “${t.note}”` : ''}
              </Text>
            ))}
          </BlockStack>
        ) : null}
      </BlockStack>
    </Card>
  );
}
