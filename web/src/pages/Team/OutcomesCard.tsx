import {useEffect, useState} from 'react';
import {Banner, BlockStack, Box, Card, SkeletonBodyText, Text} from '@shopify/polaris';
import {apiGet} from '../../api/client';
import {KIND_LABELS} from '../../components/TouchKindBadge/TouchKindBadge';
import type {TouchKind} from '../../api/types';
import type {FollowUp, TeamWeeks} from '../Insights/types';

/** How many of a person's newest touches are listed with what followed. */
const LISTED = 5;

export function followUpLine(f: FollowUp) {
  const who = f.customerName ? ` (${f.customerName})` : '';
  const what = `${KIND_LABELS[f.kind as TouchKind] ?? f.kind} for ${f.orderName}${who}`;
  if (f.returnedAfterDays === null) return `${what}: not back yet`;
  const days = f.returnedAfterDays === 1 ? '1 day' : `${f.returnedAfterDays} days`;
  return `${what}: ordered again ${days} later (${f.returnedOrderName})`;
}

/** What each person's touches did: who came back after them, with the honest caveat. */
export function OutcomesCard() {
  const [team, setTeam] = useState<TeamWeeks | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    apiGet<TeamWeeks>('/api/insights/team?weeks=1', ctl.signal)
      .then(setTeam)
      .catch((e: Error) => ctl.signal.aborted || setError(e.message));
    return () => ctl.abort();
  }, []);
  const people = team?.people.filter((p) => p.carriedOut > 0) ?? [];
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          What your touches did
        </Text>
        {error ? (
          <Banner tone="critical" title="What followed could not be loaded">
            {error}
          </Banner>
        ) : !team ? (
          <SkeletonBodyText lines={4} />
        ) : people.length === 0 ? (
          <Text as="p" tone="subdued">
            When someone carries out a touch, this shows whether the customer came back.
          </Text>
        ) : (
          people.map((p) => (
            <Box key={p.staffId} paddingBlockStart="200">
              <BlockStack gap="100">
                <Text as="h3" variant="headingSm">
                  {p.name}: {p.carriedOut} carried out, {p.returned} came back
                </Text>
                {p.touches.slice(0, LISTED).map((f) => (
                  <Text
                    as="p"
                    key={f.touchId}
                    tone={f.returnedAfterDays === null ? 'subdued' : undefined}
                  >
                    {followUpLine(f)}
                  </Text>
                ))}
              </BlockStack>
            </Box>
          ))
        )}
        {team ? (
          <Text as="p" tone="subdued">
            The last {team.followUp.days} days. {team.followUp.caveat}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
