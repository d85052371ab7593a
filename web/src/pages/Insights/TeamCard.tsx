import {Banner, BlockStack, Card, DataTable, SkeletonBodyText, Text} from '@shopify/polaris';
import {Bars} from './Charts';
import {weekLabel} from './format';
import {useTeamWeeks} from './useInsights';

/** Touches done per person per week (the assignee's), in the shop's time zone. */
export function TeamCard() {
  const {team, error} = useTeamWeeks(8);
  if (error)
    return (
      <Banner tone="critical" title="The team's weeks could not be loaded">
        {error}
      </Banner>
    );
  if (!team)
    return (
      <Card>
        <SkeletonBodyText lines={4} />
      </Card>
    );
  const people = [
    ...team.people,
    ...(team.unassigned.some(Boolean)
      ? [{staffId: 'unassigned', name: 'Nobody assigned', counts: team.unassigned}]
      : []),
  ];
  const series = people.map((p) => ({
    name: p.name,
    data: team.weeks.map((w, i) => ({key: weekLabel(w), value: p.counts[i] ?? 0})),
  }));
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Team: touches done per week
        </Text>
        {people.length ? (
          <>
            <Bars
              label="Touches done per person per week, stacked (numbers in the table below)"
              series={series}
              format={(v) => String(v)}
              stacked
            />
            <DataTable
              columnContentTypes={['text', ...team.weeks.map(() => 'numeric' as const)]}
              headings={['Person', ...team.weeks.map((w) => `w/c ${weekLabel(w)}`)]}
              rows={people.map((p) => [p.name, ...p.counts.map(String)])}
            />
          </>
        ) : (
          <Text as="p" tone="subdued">
            No team members yet: add them on the Team page.
          </Text>
        )}
        <Text as="p" tone="subdued">
          Weeks start on Monday in {team.timezone}. A touch counts for the person it was assigned
          to.
        </Text>
      </BlockStack>
    </Card>
  );
}
