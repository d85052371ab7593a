import {Banner, BlockStack, DescriptionList, Modal, SkeletonBodyText} from '@shopify/polaris';
import type {EmailPreview} from '../../../api/types';
import {EmailBody} from '../../../components/EmailBody';

export interface EmailPreviewModalProps {
  open: boolean;
  /** The server's rendering; null while it is being made. */
  preview: EmailPreview | null;
  error: string | null;
  onClose: () => void;
}

/** Exactly what the customer would get (the gift code masked): headers, HTML and plain text. */
export function EmailPreviewModal({open, preview, error, onClose}: EmailPreviewModalProps) {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Email preview"
      size="large"
      secondaryActions={[{content: 'Close', onAction: onClose}]}
    >
      <Modal.Section>
        {error ? (
          <Banner tone="critical" title="The preview could not be made">
            {error}
          </Banner>
        ) : !preview ? (
          <SkeletonBodyText lines={8} />
        ) : (
          <BlockStack gap="300">
            <DescriptionList
              items={[
                {term: 'From', description: preview.from},
                {
                  term: 'Reply-to',
                  description:
                    preview.replyTo ?? 'No reply-to address (replies go to the shop’s sender)',
                },
                {term: 'Subject', description: preview.subject},
              ]}
            />
            <EmailBody html={preview.html} text={preview.text} title="Email preview" />
          </BlockStack>
        )}
      </Modal.Section>
    </Modal>
  );
}
