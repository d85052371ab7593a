import {
  Badge,
  BlockStack,
  Box,
  Card,
  InlineGrid,
  InlineStack,
  ProgressBar,
  SkeletonDisplayText,
  Text,
} from '@shopify/polaris';
import type {Summary} from '../../api/types';
import {KIND_LABELS} from '../../components/TouchKindBadge';

export interface SummaryCardsProps {
  /** Today's counts and capacity; null while loading. */
  summary: Summary | null;
}

const hours = (minutes: number) =>
  minutes >= 90 ? `${(minutes / 60).toFixed(1)} h` : `${minutes} min`;

function Figure({
  label,
  value,
  detail,
}: {
  label: string;
  value: number | null;
  detail?: React.ReactNode;
}) {
  return (
    <Card>
      <Box minHeight="7rem">
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm" tone="subdued">
            {label}
          </Text>
          {value === null ? (
            <SkeletonDisplayText size="small" />
          ) : (
            <Text as="p" variant="heading2xl">
              {value}
            </Text>
          )}
          {detail}
        </BlockStack>
      </Box>
    </Card>
  );
}

/** Today at a glance: what is due, what is done, and whether the team has the time for it. */
export function SummaryCards({summary}: SummaryCardsProps) {
  const cap = summary?.capacity;
  const over = cap ? cap.minutesDue > cap.minutesAvailable : false;
  const share =
    cap && cap.minutesAvailable > 0
      ? Math.min(100, Math.round((cap.minutesDue / cap.minutesAvailable) * 100))
      : cap?.minutesDue
        ? 100
        : 0;
  return (
    <BlockStack gap="300">
      <InlineGrid columns={{xs: 2, md: 4}} gap="300">
        <Figure
          label="Due today"
          value={summary?.dueToday ?? null}
          detail={
            summary?.overdue ? (
              <Badge tone="critical">{`${summary.overdue} overdue`}</Badge>
            ) : (
              <Text as="span" tone="subdued">
                Nothing overdue
              </Text>
            )
          }
        />
        <Figure
          label="Open"
          value={summary?.open ?? null}
          detail={
            <Text as="span" tone="subdued">
              All open touches
            </Text>
          }
        />
        <Figure
          label="Done today"
          value={summary?.doneToday ?? null}
          detail={
            <Text as="span" tone="subdued">
              {summary ? `${summary.skippedToday} skipped` : ' '}
            </Text>
          }
        />
        <Card>
          <Box minHeight="7rem">
            <BlockStack gap="200">
              <Text as="h3" variant="headingSm" tone="subdued">
                Team time today
              </Text>
              {cap ? (
                <>
                  <Text
                    as="p"
                    variant="headingLg"
                  >{`${hours(cap.minutesDue)} needed of ${hours(cap.minutesAvailable)}`}</Text>
                  <ProgressBar
                    progress={share}
                    tone={over ? 'critical' : 'success'}
                    size="small"
                    ariaLabelledBy="capacity-label"
                  />
                  <Text as="p" id="capacity-label" tone={over ? 'critical' : 'subdued'}>
                    {cap.activeStaff === 0
                      ? 'Add your team on the Team page to see capacity.'
                      : over
                        ? `Over capacity: ${hours(cap.minutesDue - cap.minutesAvailable)} more than ${cap.activeStaff} people have today.`
                        : `${cap.activeStaff} people on the team today.`}
                  </Text>
                </>
              ) : (
                <SkeletonDisplayText size="small" />
              )}
            </BlockStack>
          </Box>
        </Card>
      </InlineGrid>
      {/* The by-kind line keeps its height while the summary loads: the queue below must not jump. */}
      <Box minHeight="1.75rem">
        {summary && summary.byKind.some((k) => k.dueToday > 0) ? (
          <Box>
            <InlineStack gap="200" blockAlign="center">
              <Text as="span" tone="subdued">
                Due today by kind:
              </Text>
              {summary.byKind
                .filter((k) => k.dueToday > 0)
                .map((k) => (
                  <Badge
                    key={k.kind}
                    tone={k.kind === 'answer_question' ? 'info' : undefined}
                  >{`${KIND_LABELS[k.kind]}: ${k.dueToday}`}</Badge>
                ))}
            </InlineStack>
          </Box>
        ) : null}
      </Box>
    </BlockStack>
  );
}
