import {BlockStack, Button, Card, InlineStack, Text} from '@shopify/polaris';

export interface QuestionCardProps {
  /** The customer's question, in their words (the order note). */
  question: string | null;
  /** The order's Admin GID, for the link into Shopify admin. */
  orderId: string;
  orderName: string;
  customerName: string | null;
}

/** `shopify://admin/orders/123`: App Bridge opens it in Shopify admin (https://shopify.dev/docs/api/app-bridge-library/apis/navigation). */
export const adminOrderUrl = (orderGid: string) =>
  `shopify://admin/orders/${orderGid.split('/').pop()}`;

/** The question comes first, and large: the customer is waiting for a reply. */
export function QuestionCard({question, orderId, orderName, customerName}: QuestionCardProps) {
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingSm">
          {`${customerName ?? 'The customer'} asks`}
        </Text>
        <Text as="p" variant="headingLg">
          {question ? `“${question}”` : 'The question is no longer stored with the order.'}
        </Text>
        <InlineStack>
          <Button url={adminOrderUrl(orderId)} target="_top">
            {`Open ${orderName} in Shopify admin`}
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
