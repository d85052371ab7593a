import { useEffect, useState } from 'react';
import { Banner, BlockStack, Card, Checkbox, ContextualSaveBar, FormLayout, Layout, Page, Select, SkeletonBodyText, TextField, Toast } from '@shopify/polaris';
import { ApiError, apiGet, apiSend } from '../../api/client';

export interface ShopSettings {
  stacking: 'stack' | 'one_per_order';
  frequencyCapDays: number;
  posOrders: 'ignore' | 'count_not_touch' | 'count_and_touch';
  requireEmailConsent: boolean;
  timezone: string;
}

type FieldErrors = Partial<Record<keyof ShopSettings, string>>;

/** Settings: how the cadence stacks, who it leaves alone, and the shop's day. */
export function Settings() {
  const [saved, setSaved] = useState<ShopSettings | null>(null);
  const [draft, setDraft] = useState<ShopSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [toast, setToast] = useState(false);

  useEffect(() => {
    apiGet<{ settings: ShopSettings }>('/api/settings').then(({ settings }) => (setSaved(settings), setDraft(settings)), (e: Error) => setFailure(e.message));
  }, []);

  if (!draft || !saved) {
    return <Page title="Settings">{failure ? <Banner tone="critical" title="Settings could not be loaded">{failure}</Banner> : <Card><SkeletonBodyText lines={6} /></Card>}</Page>;
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = <K extends keyof ShopSettings>(key: K, value: ShopSettings[K]) => setDraft({ ...draft, [key]: value });
  const save = async () => {
    setSaving(true);
    try {
      const { settings } = await apiSend<{ settings: ShopSettings }>('PATCH', '/api/settings', draft);
      setSaved(settings);
      setDraft(settings);
      setErrors({});
      setFailure(null);
      setToast(true);
    } catch (e) {
      const fields = (e as ApiError & { fields?: Record<string, string[]> }).fields ?? {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0]])) as FieldErrors);
      setFailure(Object.keys(fields).length ? 'Check the highlighted field and save again.' : e instanceof ApiError ? e.message : 'The settings were not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title="Settings">
      {dirty ? (
        <ContextualSaveBar message="Unsaved changes" saveAction={{ onAction: save, loading: saving }} discardAction={{ onAction: () => (setDraft(saved), setErrors({})) }} />
      ) : null}
      <Layout>
        <Layout.AnnotatedSection title="Cadence" description="How touches combine and how often one customer may be touched.">
          <BlockStack gap="400">
            {failure ? <Banner tone="critical" title="Not saved">{failure}</Banner> : null}
            <Card>
              <FormLayout>
                <Select label="When several rules pick the same order" value={draft.stacking} onChange={(v) => set('stacking', v as ShopSettings['stacking'])}
                  options={[{ label: 'Give it every touch (order #100 gets all four)', value: 'stack' }, { label: 'At most one touch per order; the rest roll on', value: 'one_per_order' }]} />
                <TextField label="Don't touch a customer again within" type="number" suffix="days" autoComplete="off" min={0} max={365}
                  value={String(draft.frequencyCapDays)} onChange={(v) => set('frequencyCapDays', Number(v))} error={errors.frequencyCapDays} />
                <Select label="Point-of-sale orders" value={draft.posOrders} onChange={(v) => set('posOrders', v as ShopSettings['posOrders'])}
                  options={[{ label: "Don't count them (the customer was just served in person)", value: 'ignore' }, { label: 'Count them, but never touch them', value: 'count_not_touch' }, { label: 'Count and touch them', value: 'count_and_touch' }]} />
                <Checkbox label="Personal emails only to customers who accept marketing email" checked={draft.requireEmailConsent} onChange={(v) => set('requireEmailConsent', v)} />
                <TextField label="Shop time zone" helpText="For “today” and daily targets, e.g. Europe/London" autoComplete="off" value={draft.timezone} onChange={(v) => set('timezone', v)} error={errors.timezone} />
              </FormLayout>
            </Card>
          </BlockStack>
        </Layout.AnnotatedSection>
      </Layout>
      {toast ? <Toast content="Settings saved" onDismiss={() => setToast(false)} /> : null}
    </Page>
  );
}
