import {BlockStack, Card, Text} from '@shopify/polaris';
import type {FollowUp} from '../Insights/types';

/** What followed this touch once it was carried out: the customer's next order, if any. */
export function FollowUpCard({followUp: f}: {followUp: FollowUp}) {
  const days = f.returnedAfterDays === 1 ? '1 day' : `${f.returnedAfterDays} days`;
  return (
    <Card>
      <BlockStack gap="200">
        <Text as="h2" variant="headingSm">
          What followed
        </Text>
        <Text as="p">
          {f.returnedAfterDays === null
            ? 'The customer has not ordered again since this touch.'
            : `The customer ordered again ${days} after this touch (${f.returnedOrderName}).`}
        </Text>
        <Text as="p" tone="subdued">
          One return is not proof the touch did it; Insights compares all customers.
        </Text>
      </BlockStack>
    </Card>
  );
}
