import {
  Badge,
  BlockStack,
  Box,
  Card,
  DataTable,
  InlineStack,
  ProgressBar,
  SkeletonBodyText,
  Text,
  TextField,
} from '@shopify/polaris';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import {capacityUse, kindRows} from './rules-lib';
import type {Simulation} from './types';
import {formatMoney} from '../../lib/money';

export interface SimulatorProps {
  /** The saved rules' figures and the candidate's (null while loading). */
  now: Simulation | null;
  candidate: Simulation | null;
  /** Whether the candidate differs from what is saved (a rule is being edited). */
  changed: boolean;
  loading: boolean;
  error: string | null;
  capacityMinutes: number;
  whatIf: string;
  onWhatIf: (value: string) => void;
  /** The shop's currency code, for the gift spend (null until known). */
  currency?: string | null;
}

const fmt = (n: number) => String(Math.round(n * (n < 1 ? 100 : 10)) / (n < 1 ? 100 : 10));
// The change as the two shown figures differ (1.8 → 1.6 reads −0.2, not −0.17).
const delta = (now: number, next: number) => {
  const d = Number(fmt(next)) - Number(fmt(now));
  return Math.abs(d) < 0.005 ? '' : `${d > 0 ? '+' : '−'}${fmt(Math.abs(d))}`;
};

/** "Do your own math": what a rule set means per day, in touches, staff time and gift spend. */
export function Simulator({
  now,
  candidate,
  changed,
  loading,
  error,
  capacityMinutes,
  whatIf,
  onWhatIf,
  currency = null,
}: SimulatorProps) {
  const money = (n: number) => formatMoney(n, currency);
  const shown = candidate ?? now;
  const use = shown ? capacityUse(shown.staffMinutesPerDay, capacityMinutes) : null;
  const noOrders = shown?.basis === 'recent_orders' && shown.ordersPerDay === 0;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            Do your own math
          </Text>
          {loading ? <Badge tone="info">Updating…</Badge> : null}
        </InlineStack>
        <TextField
          label="What if the shop had this many orders a day"
          type="number"
          autoComplete="off"
          min={1}
          max={2000}
          value={whatIf}
          onChange={onWhatIf}
          helpText={
            whatIf
              ? 'Shaped like your real orders, all new customers.'
              : 'Empty: your real orders of the last 30 days.'
          }
          clearButton
          onClearButtonClick={() => onWhatIf('')}
        />
        {error ? (
          <Text as="p" tone="critical">
            {error}
          </Text>
        ) : null}
        {!shown ? (
          <SkeletonBodyText lines={5} />
        ) : noOrders ? (
          <Text as="p" tone="subdued">
            No orders in the last 30 days yet — try a what-if volume to see what these rules would
            mean.
          </Text>
        ) : (
          <BlockStack gap="300">
            <Text as="p" tone="subdued">
              {shown.basis === 'what_if'
                ? `At ${fmt(shown.ordersPerDay)} orders a day:`
                : `Your last ${shown.days} days: ${fmt(shown.ordersPerDay)} orders a day.`}
              {changed ? ' Saved rules → with your change.' : ''}
            </Text>
            <DataTable
              columnContentTypes={changed ? ['text', 'numeric', 'numeric'] : ['text', 'numeric']}
              headings={
                changed ? ['Touches a day', 'Saved', 'With change'] : ['Touches a day', 'Expected']
              }
              rows={kindRows(now, candidate ?? now).map((r) =>
                changed
                  ? [
                      KIND_LABELS[r.kind],
                      fmt(r.now),
                      `${fmt(r.candidate)} ${delta(r.now, r.candidate)}`.trim(),
                    ]
                  : [KIND_LABELS[r.kind], fmt(r.candidate)],
              )}
              totals={changed ? ['', fmt(sum(now)), fmt(sum(candidate))] : ['', fmt(sum(shown))]}
              showTotalsInFooter
            />
            {capacityMinutes > 0 ? (
              <Box>
                <Text
                  as="p"
                  id="sim-capacity"
                >{`Staff time: ${fmt(shown.staffMinutesPerDay)} min a day of ${capacityMinutes} min the team has (${use?.percent ?? 0}%)`}</Text>
                <ProgressBar
                  progress={Math.min(100, use?.percent ?? 0)}
                  tone={use?.over ? 'critical' : 'success'}
                  size="small"
                  ariaLabelledBy="sim-capacity"
                />
                {use?.over ? (
                  <Text
                    as="p"
                    tone="critical"
                  >{`Over capacity by ${fmt(-use.spareMinutes)} min a day.`}</Text>
                ) : null}
              </Box>
            ) : (
              // No active staff yet: nothing to be over, so no alarm, just the way to compare.
              <Box>
                <Text as="p">{`Staff time: ${fmt(shown.staffMinutesPerDay)} min a day`}</Text>
                <Text as="p" tone="subdued">
                  Add your team on the Team page to compare it with their time.
                </Text>
              </Box>
            )}
            <Text as="p">
              {`Gift certificates: ${money(shown.giftSpendPerDay)} a day (${money(shown.giftSpendPerDay * 30)} a month)`}
              {changed && now ? ` — saved rules: ${money(now.giftSpendPerDay)} a day` : ''}
            </Text>
            {shown.skippedPerDay > 0 ? (
              <Text
                as="p"
                tone="subdued"
              >{`${fmt(shown.skippedPerDay)} a day would be skipped (recently touched, no consent, …) and roll to the next order.`}</Text>
            ) : null}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}

const sum = (s: Simulation | null) =>
  Object.values(s?.touchesPerDay ?? {}).reduce((a, b) => a + (b ?? 0), 0);
