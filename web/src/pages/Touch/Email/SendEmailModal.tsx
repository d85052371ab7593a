import {BlockStack, Modal, Text} from '@shopify/polaris';

export interface SendEmailModalProps {
  open: boolean;
  subject: string;
  customerName: string | null;
  /** The gift certificate goes in it (with its amount). */
  giftLine: string | null;
  sending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** An email can't be unsent: say what goes to whom, and ask. */
export function SendEmailModal({
  open,
  subject,
  customerName,
  giftLine,
  sending,
  onCancel,
  onConfirm,
}: SendEmailModalProps) {
  return (
    <Modal
      open={open}
      onClose={onCancel}
      title={`Send this email to ${customerName ?? 'the customer'}?`}
      primaryAction={{content: 'Send now', loading: sending, onAction: onConfirm}}
      secondaryActions={[{content: 'Keep writing', onAction: onCancel}]}
    >
      <Modal.Section>
        <BlockStack gap="200">
          <Text as="p">“{subject}”</Text>
          {giftLine ? <Text as="p">{giftLine}</Text> : null}
          <Text as="p" tone="subdued">
            It goes out in your name within a minute and can’t be unsent; this touch gets no other
            email.
          </Text>
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}
