import {useState} from 'react';
import {
  Banner,
  BlockStack,
  Button,
  ButtonGroup,
  Card,
  InlineStack,
  Layout,
  Page,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {openPage} from '../../router';
import {Comparison} from './Comparison';
import {ExportCard} from './ExportCard';
import {KindTable} from './KindTable';
import {PooledHeadline} from './PooledHeadline';
import {TouchArmsCard} from './TouchArmsCard';
import {TeamCard} from './TeamCard';
import {QuestionsCard} from './QuestionsCard';
import {useInsights} from './useInsights';
import type {InsightsGroup, Verdict, WindowDays} from './types';
import {OutageBanner} from '../../components/OutageBanner';

const WINDOWS: WindowDays[] = [30, 60, 90, 180];
const TONES: Record<Verdict['status'], 'success' | 'warning' | 'info'> = {
  positive: 'success',
  negative: 'warning',
  not_yet: 'info',
  too_few: 'info',
  no_holdout: 'info',
};
const TITLES: Record<Verdict['status'], string> = {
  positive: 'The touches are working',
  negative: 'Touched customers come back less',
  not_yet: 'Not clear yet',
  too_few: 'Too early to tell',
  no_holdout: 'Nothing to compare with',
};

function Headline({overall}: {overall: InsightsGroup}) {
  const v = overall.verdict;
  const action =
    v.status === 'no_holdout'
      ? {content: 'Open Settings', onAction: () => openPage('settings')}
      : undefined;
  return (
    <Banner tone={TONES[v.status]} title={TITLES[v.status]} action={action}>
      <p>{v.sentence}</p>
    </Banner>
  );
}

/** Does the human touch pay off? Touched vs held-out customers, honestly, with the uncertainty shown. */
export function Insights() {
  const [days, setDays] = useState<WindowDays>(60);
  const {report, error, reload} = useInsights(days);
  const overall = report?.groups.find((g) => g.kind === 'overall');
  const kinds = report?.groups.filter((g) => g.kind !== 'overall') ?? [];
  const empty =
    overall && !overall.arms.touched && !overall.arms.held_out && !overall.arms.untouched;
  return (
    <Page
      title="Insights"
      subtitle="Do customers who got a human touch come back more than those held out?"
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <InlineStack gap="300" blockAlign="center">
              <Text as="span" id="window-label">
                Window
              </Text>
              <ButtonGroup variant="segmented">
                {WINDOWS.map((w) => (
                  <Button
                    key={w}
                    pressed={w === days}
                    onClick={() => setDays(w)}
                    accessibilityLabel={`${w} days after the touch`}
                  >{`${w} days`}</Button>
                ))}
              </ButtonGroup>
            </InlineStack>
            {error ? <OutageBanner what="Insights" error={error} onRetry={reload} /> : null}
            {!report && !error ? (
              <Card>
                <SkeletonBodyText lines={6} />
              </Card>
            ) : null}
            {report && overall ? (
              <>
                {empty ? (
                  <Banner tone="info" title="No touches yet">
                    When orders come in and rules fire, this page compares the customers who got a
                    touch with the ones held out.
                  </Banner>
                ) : report.pooled ? (
                  <PooledHeadline pooled={report.pooled} segments={report.segments} />
                ) : (
                  <Headline overall={overall} />
                )}
                {!empty ? (
                  <Comparison group={overall} window={report.window} currency={report.currency} />
                ) : null}
                <KindTable groups={kinds} window={report.window} />
                {report.touchArms ? (
                  <TouchArmsCard touchArms={report.touchArms} window={report.window} />
                ) : null}
                <Text as="p" tone="subdued">
                  {report.attribution} Holdout: {report.holdoutPercent}% of fired touches
                  (Settings). Intervals are 95%: Wilson for rates, Newcombe for their difference,
                  Welch for revenue.
                </Text>
              </>
            ) : null}
          </BlockStack>
        </Layout.Section>
        {/* Below the report only once it is in: nothing under the skeleton moves when it is
            replaced, and the team card, loading on its own, is last so its growth moves nothing. */}
        {report ? (
          <Layout.Section>
            <BlockStack gap="400">
              <ExportCard />
              <TeamCard />
              <QuestionsCard />
            </BlockStack>
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
