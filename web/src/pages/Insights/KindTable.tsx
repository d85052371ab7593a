import {BlockStack, Card, DataTable, List, Text} from '@shopify/polaris';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import {Bars} from './Charts';
import {percent, pointsWithRange} from './format';
import type {InsightsGroup} from './types';

interface KindTableProps {
  /** The per-kind groups (overall excluded). */
  groups: InsightsGroup[];
  window: number;
}

const rate = (g: InsightsGroup, arm: 'touched' | 'held_out') => {
  const s = g.arms[arm];
  return s && s.customers ? `${percent(s.repeatRate)} of ${s.customers.toLocaleString('en')}` : '—';
};

/** Each kind of touch on its own: a grouped bar chart and a row with the rates, lift and verdict. */
export function KindTable({groups, window}: KindTableProps) {
  if (groups.length === 0) return null;
  const label = (g: InsightsGroup) => KIND_LABELS[g.kind as keyof typeof KIND_LABELS] ?? g.kind;
  const series = (['touched', 'held_out'] as const).map((arm) => ({
    name: arm === 'touched' ? 'Touched' : 'Held out',
    data: groups.map((g) => ({
      key: label(g),
      value: g.arms[arm]?.customers ? Math.round(g.arms[arm]!.repeatRate * 1000) / 10 : null,
    })),
  }));
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          By kind of touch
        </Text>
        <Text as="p" tone="subdued">
          Exploratory: each kind has few customers, so these intervals are wide; read them as leads,
          not findings.
        </Text>
        <Bars
          label={`Came back within ${window} days, touched vs held out, per kind of touch (numbers in the table below)`}
          series={series}
          format={(v) => `${v}%`}
        />
        <DataTable
          columnContentTypes={['text', 'text', 'text', 'text']}
          headings={[
            'Kind',
            'Touched came back',
            'Held out came back',
            'Difference (95% interval)',
          ]}
          rows={groups.map((g) => [
            label(g),
            rate(g, 'touched'),
            rate(g, 'held_out'),
            pointsWithRange(g.repeatLift),
          ])}
        />
        <List>
          {groups.map((g) => (
            <List.Item key={g.kind}>
              <Text as="span" fontWeight="semibold">
                {label(g)}:
              </Text>{' '}
              {g.verdict.sentence}
            </List.Item>
          ))}
        </List>
      </BlockStack>
    </Card>
  );
}
