import {Modal, Text, BlockStack} from '@shopify/polaris';
import type {StaffProfile} from './types';

export interface DeleteStaffModalProps {
  /** Who would be deleted; null keeps the modal closed. */
  staff: StaffProfile | null;
  deleting: boolean;
  onCancel: () => void;
  onConfirm: (staff: StaffProfile) => void;
}

/** Asks before deleting a profile, and says what happens to their touches. */
export function DeleteStaffModal({staff, deleting, onCancel, onConfirm}: DeleteStaffModalProps) {
  return (
    <Modal
      open={Boolean(staff)}
      onClose={onCancel}
      title={staff ? `Delete ${staff.name}?` : 'Delete'}
      primaryAction={{
        content: 'Delete',
        destructive: true,
        loading: deleting,
        onAction: () => staff && onConfirm(staff),
      }}
      secondaryActions={[{content: 'Cancel', onAction: onCancel}]}
    >
      <Modal.Section>
        <BlockStack gap="200">
          <Text as="p">
            Their profile, photo and signature are deleted, and the touches assigned to them become
            unassigned. This cannot be undone.
          </Text>
          <Text as="p" tone="subdued">
            Leaving for a while? Deactivate them instead: they get no new touches and keep their
            history.
          </Text>
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}
