import {BlockStack, Card, DataTable, Text} from '@shopify/polaris';
import {percent, pointsWithRange} from './format';
import type {TouchArms} from './types';

interface TouchArmsCardProps {
  /** Pen vs print, email with vs without a gift card. */
  touchArms: TouchArms;
  window: number;
}

const LABELS: Record<keyof TouchArms['arms'], string> = {
  pen: 'Written by hand',
  print: 'Printed',
  email_with_gift_card: 'Email with a gift card',
  email_without_gift_card: 'Email without a gift card',
};

/** How touches were carried out, side by side; a person chose, so it is marked exploratory. */
export function TouchArmsCard({touchArms, window}: TouchArmsCardProps) {
  const rows = (Object.keys(LABELS) as (keyof TouchArms['arms'])[]).flatMap((arm) => {
    const s = touchArms.arms[arm];
    return s && s.customers + s.notYetMatured > 0
      ? [[LABELS[arm], s.customers.toLocaleString('en'), percent(s.repeatRate)]]
      : [];
  });
  if (rows.length === 0) return null;
  const {penVsPrint, giftCardVsWithout} = touchArms.contrasts;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Pen or print, gift card or not
        </Text>
        <Text as="p" tone="subdued">
          Exploratory: the team chose how each touch went out, so these groups were not drawn at
          random.
        </Text>
        <DataTable
          columnContentTypes={['text', 'numeric', 'numeric']}
          headings={['How it went out', 'Counted', `Came back within ${window} days`]}
          rows={rows}
        />
        <Text as="p">
          By hand minus printed: {pointsWithRange(penVsPrint)}. With minus without a gift card:{' '}
          {pointsWithRange(giftCardVsWithout)}.
        </Text>
      </BlockStack>
    </Card>
  );
}
