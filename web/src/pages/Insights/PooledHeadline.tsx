import {Banner, BlockStack, Text} from '@shopify/polaris';
import {percent, pointsWithRange} from './format';
import type {InsightsReport, Pooled} from './types';

interface PooledHeadlineProps {
  /** The pooled comparison of the report. */
  pooled: Pooled;
  /** First-time and returning customers apart, when the report has them. */
  segments?: InsightsReport['segments'];
}

const TONES = {positive: 'success', negative: 'warning', not_yet: 'info', too_few: 'info'} as const;
const TITLES: Record<Pooled['verdict']['status'], string> = {
  positive: 'The touches are working',
  negative: 'Picked customers come back less',
  not_yet: 'Not clear yet',
  too_few: 'Too early to tell',
};

/** The page's first words: picked vs not picked, what the shop's volume can see, and the holdout's check. */
export function PooledHeadline({pooled, segments}: PooledHeadlineProps) {
  const {carriedOut: c, check} = pooled;
  return (
    <Banner tone={TONES[pooled.verdict.status]} title={TITLES[pooled.verdict.status]}>
      <BlockStack gap="200">
        <p>{pooled.verdict.sentence}</p>
        <p>{pooled.detectable.sentence}</p>
        <p>
          {c.picked.toLocaleString('en')} customers picked for a touch;{' '}
          {c.done.toLocaleString('en')} carried out (marked done)
          {c.share === null ? '' : `: ${percent(c.share)} done`}.
        </p>
        {segments ? (
          <p>
            Picked minus not picked, first-time customers:{' '}
            {pointsWithRange(segments.firstTime.repeatLift)}; returning customers:{' '}
            {pointsWithRange(segments.returning.repeatLift)}.
          </p>
        ) : null}
        <Text as="p" tone={check.status === 'disagree' ? 'critical' : 'subdued'}>
          {check.sentence}
        </Text>
      </BlockStack>
    </Banner>
  );
}
