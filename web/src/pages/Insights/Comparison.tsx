import {BlockStack, Card, DataTable, Text} from '@shopify/polaris';
import {Bars} from './Charts';
import {ARM_LABELS, money, moneyRange, percent, percentRange, pointsWithRange} from './format';
import type {Arm, InsightsGroup} from './types';

interface ComparisonProps {
  /** The overall group (touched, held out and the untouched baseline). */
  group: InsightsGroup;
  window: number;
  currency: string;
}

const ARMS: Arm[] = ['touched', 'held_out', 'untouched'];

/** Touched vs held out vs not picked: rates and revenue with their 95% intervals and the sample sizes. */
export function Comparison({group, window, currency}: ComparisonProps) {
  const arms = ARMS.flatMap((arm) => (group.arms[arm] ? [{arm, s: group.arms[arm]!}] : []));
  const rows = arms.map(({arm, s}) => [
    ARM_LABELS[arm],
    s.customers.toLocaleString('en'),
    `${percent(s.repeatRate)} (${percentRange(s.repeatRateInterval)})`,
    `${money(s.revenuePerCustomer, currency)} (${moneyRange(s.revenueInterval, currency)})`,
    s.medianDaysToNext === null ? '—' : `${Math.round(s.medianDaysToNext)} days`,
    s.notYetMatured.toLocaleString('en'),
  ]);
  const chart = [
    {
      name: `Came back within ${window} days`,
      data: arms.map(({arm, s}) => ({
        key: ARM_LABELS[arm],
        value: Math.round(s.repeatRate * 1000) / 10,
      })),
    },
  ];
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Did they come back within {window} days?
        </Text>
        {arms.length ? (
          <Bars
            label={`Share of customers who ordered again within ${window} days: ${arms.map(({arm, s}) => `${ARM_LABELS[arm]} ${percent(s.repeatRate)}`).join(', ')}`}
            series={chart}
            format={(v) => `${v}%`}
          />
        ) : null}
        <DataTable
          columnContentTypes={['text', 'numeric', 'text', 'text', 'numeric', 'numeric']}
          headings={[
            'Customers',
            'Counted',
            'Came back (95% interval)',
            `Revenue per customer (95% interval)`,
            'Median time to next order',
            'Still inside their window',
          ]}
          rows={rows}
        />
        <Text as="p" tone="subdued">
          Difference, touched minus held out: {pointsWithRange(group.repeatLift)} in coming back;{' '}
          {group.revenueLift
            ? `${money(group.revenueLift.diff, currency)} per customer (${moneyRange(group.revenueLift, currency)})`
            : '—'}{' '}
          in revenue.
        </Text>
        {arms.some(({s}) => s.revenueMedian !== undefined) ? (
          <Text as="p" tone="subdued">
            Median revenue per customer (a few big orders move the mean):{' '}
            {arms
              .map(({arm, s}) => `${ARM_LABELS[arm]} ${money(s.revenueMedian ?? 0, currency)}`)
              .join(', ')}
            .
          </Text>
        ) : null}
        <Text as="p">Holdout comparison: {group.verdict.sentence}</Text>
        {group.detectable ? (
          <Text as="p" tone="subdued">
            {group.detectable.sentence}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
