import {useState} from 'react';
import {
  Banner,
  BlockStack,
  Box,
  Card,
  InlineStack,
  Page,
  ResourceList,
  SkeletonBodyText,
  SkeletonDisplayText,
  SkeletonThumbnail,
  Text,
} from '@shopify/polaris';
import {teamApi} from './api';
import {DeleteStaffModal} from './DeleteStaffModal';
import {OutcomesCard} from './OutcomesCard';
import {StaffForm} from './StaffForm';
import {StaffRow} from './StaffRow';
import {TeamEmptyState} from './TeamEmptyState';
import type {StaffProfile} from './types';
import {useTeam} from './useTeam';
import {useToast} from '../../components/AppBridge';
import {OutageBanner} from '../../components/OutageBanner';

/** Who is open in the form: a new person, someone to edit, or nobody. `session` keeps the form mounted across reloads. */
type Editing = {session: number; staff: StaffProfile | null} | null;

function TeamSkeleton() {
  return (
    <Card>
      <BlockStack gap="500">
        {[0, 1, 2].map((i) => (
          <InlineStack key={i} gap="400" blockAlign="center" wrap={false}>
            <SkeletonThumbnail size="small" />
            <div style={{flex: 1}}>
              <BlockStack gap="200">
                <SkeletonDisplayText size="small" />
                <SkeletonBodyText lines={1} />
              </BlockStack>
            </div>
          </InlineStack>
        ))}
      </BlockStack>
    </Card>
  );
}

/** Team: the people who do the touches — profiles, photos, signatures and capacity. */
export function Team() {
  const {staff, error, reload} = useTeam();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<StaffProfile | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [toast, setToast] = useToast();
  const open = (s: StaffProfile | null) => setEditing({session: Date.now(), staff: s});

  const act = async (id: string, run: () => Promise<unknown>, message: string, failed: string) => {
    setBusy(id);
    try {
      await run();
      setFailure(null);
      setToast(message);
      await reload();
    } catch (e) {
      setFailure(`${failed}: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  const toggle = (s: StaffProfile) =>
    act(
      s.id,
      () => teamApi.update(s.id, {active: !s.active}),
      s.active ? `${s.name} deactivated` : `${s.name} activated`,
      `${s.name} was not ${s.active ? 'deactivated' : 'activated'}`,
    );
  const remove = (s: StaffProfile) =>
    act(
      s.id,
      async () => (await teamApi.remove(s.id), setDeleting(null)),
      `${s.name} deleted`,
      `${s.name} was not deleted`,
    );

  const active = (staff ?? []).filter((s) => s.active);
  const minutes = active.reduce((sum, s) => sum + s.dailyCapacityMinutes, 0);

  return (
    <Page
      title="Team"
      subtitle="The people who write the notes, pack the gifts and sign the cards."
      primaryAction={
        staff?.length ? {content: 'Add staff member', onAction: () => open(null)} : undefined
      }
    >
      <BlockStack gap="400">
        {failure ? (
          <Banner tone="critical" title="Not saved" onDismiss={() => setFailure(null)}>
            {failure}
          </Banner>
        ) : null}
        {error ? (
          <OutageBanner what="the team" error={error} onRetry={() => void reload()} />
        ) : null}
        {staff === null ? (
          error ? null : (
            <TeamSkeleton />
          )
        ) : staff.length === 0 ? (
          <Card>
            <TeamEmptyState onAdd={() => open(null)} />
          </Card>
        ) : (
          <Card padding="0">
            <Box padding="400" borderBlockEndWidth="025" borderColor="border">
              <Text as="p" tone="subdued">
                {active.length} active {active.length === 1 ? 'person' : 'people'} · {minutes}{' '}
                minutes a day for touches
              </Text>
            </Box>
            <ResourceList
              resourceName={{singular: 'staff member', plural: 'staff members'}}
              items={staff}
              renderItem={(s: StaffProfile) => (
                <StaffRow
                  staff={s}
                  busy={busy === s.id}
                  onEdit={open}
                  onToggleActive={toggle}
                  onDelete={setDeleting}
                />
              )}
            />
          </Card>
        )}
        {staff?.length ? <OutcomesCard /> : null}
      </BlockStack>
      {editing ? (
        <StaffForm
          key={editing.session}
          staff={editing.staff}
          onClose={() => setEditing(null)}
          onSaved={(saved, done) => {
            void reload();
            if (!done) return;
            setEditing(null);
            setToast(editing.staff ? `${saved.name} saved` : `${saved.name} added to the team`);
          }}
        />
      ) : null}
      <DeleteStaffModal
        staff={deleting}
        deleting={Boolean(deleting && busy === deleting.id)}
        onCancel={() => setDeleting(null)}
        onConfirm={remove}
      />
      {toast}
    </Page>
  );
}
