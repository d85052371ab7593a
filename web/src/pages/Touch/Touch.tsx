import { useEffect, useMemo, useState } from 'react';
import { Banner, BlockStack, Layout, Page, Select, SkeletonBodyText, Card, Toast, InlineStack, Button } from '@shopify/polaris';
import { KIND_LABELS, TouchStatusBadge } from '../../components/TouchKindBadge';
import { openTouch } from '../../router';
import { ContextCard } from './ContextCard';
import { HandwritingPreview } from './HandwritingPreview';
import { NoteEditor } from './NoteEditor';
import { PROMPTS } from './prompts';
import { useTouch } from './useTouch';

const SKIP_OPTIONS = [
  { label: 'Choose a reason', value: '' },
  { label: 'The customer asked not to', value: 'customer_asked' },
  { label: 'Not appropriate for this order', value: 'not_appropriate' },
  { label: 'Out of stock (gift or card)', value: 'out_of_stock' },
  { label: 'Duplicate', value: 'duplicate' },
  { label: 'Other', value: 'other' },
];

export interface TouchPageProps {
  /** The touch to work. */
  id: string;
}

/** One task, everything needed to do it well. */
export function TouchPage({ id }: TouchPageProps) {
  const { detail, error, saving, update } = useTouch(id);
  const [note, setNote] = useState('');
  const [skipReason, setSkipReason] = useState('');
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => setNote(detail?.touch.note ?? ''), [detail?.touch.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const earlier = useMemo(() => (detail?.customer?.previousTouches ?? []).map((t) => t.note).filter((n): n is string => Boolean(n)), [detail]);
  const back = { content: 'Today', onAction: () => openTouch(null) };

  if (!detail) {
    return (
      <Page title="Touch" backAction={back}>
        {error ? <Banner tone="critical" title="This touch could not be loaded">{error}</Banner> : <Card><SkeletonBodyText lines={8} /></Card>}
      </Page>
    );
  }
  const t = detail.touch;
  const save = async (patch: Record<string, unknown>, message: string) => {
    if (await update(patch)) setToast(message);
  };
  return (
    <Page
      title={`${KIND_LABELS[t.kind]} for ${t.orderName}`}
      titleMetadata={<TouchStatusBadge status={t.status} />}
      backAction={back}
      primaryAction={{ content: 'Mark done', disabled: t.status === 'done', loading: saving, onAction: () => save({ note: note || null, status: 'done' }, 'Marked done') }}
      secondaryActions={[{ content: 'Save note', disabled: saving, onAction: () => save({ note: note || null }, 'Note saved') }]}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {error ? <Banner tone="critical" title="That change was not saved">{error}</Banner> : null}
            <NoteEditor value={note} onChange={setNote} prompts={PROMPTS[t.kind] ?? []} earlierNotes={earlier} />
            <HandwritingPreview note={note} signature={t.assignee ?? 'your name'} />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <ContextCard detail={detail} />
            <Card>
              <BlockStack gap="200">
                <Select label="Skip this touch" options={SKIP_OPTIONS} value={skipReason} onChange={setSkipReason} />
                <InlineStack align="end">
                  <Button tone="critical" disabled={!skipReason || saving} onClick={() => save({ status: 'skipped', skipReason }, 'Skipped')}>Skip</Button>
                </InlineStack>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
      {toast ? <Toast content={toast} onDismiss={() => setToast(null)} /> : null}
    </Page>
  );
}
