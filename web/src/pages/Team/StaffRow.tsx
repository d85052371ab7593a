import {Badge, BlockStack, InlineStack, ResourceItem, Text} from '@shopify/polaris';
import {Signature} from './Signature';
import {StaffAvatar} from './StaffAvatar';
import type {StaffProfile} from './types';

export interface StaffRowProps {
  staff: StaffProfile;
  /** True while a change to this person is being saved. */
  busy: boolean;
  onEdit: (staff: StaffProfile) => void;
  onToggleActive: (staff: StaffProfile) => void;
  onDelete: (staff: StaffProfile) => void;
}

const minutes = (m: number) =>
  m >= 60 && m % 60 === 0
    ? `${m / 60} h`
    : m > 60
      ? `${Math.floor(m / 60)} h ${m % 60} min`
      : `${m} min`;

/** One person on the team: photo, name, role, capacity, whether active, and what they did this week. */
export function StaffRow({staff: s, busy, onEdit, onToggleActive, onDelete}: StaffRowProps) {
  const stats = s.stats ?? {doneThisWeek: 0, doneToday: 0};
  return (
    <ResourceItem
      id={s.id}
      onClick={() => onEdit(s)}
      accessibilityLabel={`Edit ${s.name}`}
      media={<StaffAvatar name={s.name} photoUrl={s.photoUrl} size="xl" />}
      persistActions
      shortcutActions={[
        {
          content: s.active ? 'Deactivate' : 'Activate',
          accessibilityLabel: `${s.active ? 'Deactivate' : 'Activate'} ${s.name}`,
          disabled: busy,
          onAction: () => onToggleActive(s),
        },
        {
          content: 'Delete',
          accessibilityLabel: `Delete ${s.name}`,
          disabled: busy,
          onAction: () => onDelete(s),
        },
      ]}
    >
      <BlockStack gap="100">
        <InlineStack gap="200" blockAlign="center">
          <Text as="h2" variant="bodyMd" fontWeight="semibold">
            {s.name}
          </Text>
          {s.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}
          {s.signature ? <Signature name={s.name} signature={s.signature} height={28} /> : null}
        </InlineStack>
        {s.role ? (
          <Text as="p" tone="subdued">
            {s.role}
          </Text>
        ) : null}
        <InlineStack gap="400">
          <Text as="span" variant="bodySm">
            {minutes(s.dailyCapacityMinutes)} a day
          </Text>
          <Text as="span" variant="bodySm">
            Done:{' '}
            <Text as="span" variant="bodySm" fontWeight="semibold">
              {stats.doneThisWeek}
            </Text>{' '}
            this week ·{' '}
            <Text as="span" variant="bodySm" fontWeight="semibold">
              {stats.doneToday}
            </Text>{' '}
            today
          </Text>
        </InlineStack>
      </BlockStack>
    </ResourceItem>
  );
}
