import {useEffect, useState} from 'react';
import {
  Banner,
  BlockStack,
  Card,
  Checkbox,
  FormLayout,
  Layout,
  Page,
  Select,
  SkeletonBodyText,
  TextField,
} from '@shopify/polaris';
import {ApiError, apiGet, apiSend} from '../../api/client';
import type {TouchKind} from '../../api/types';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import {useStaff} from '../../hooks/useStaff';
import {SaveBar, useToast} from '../../components/AppBridge';
import {useShop} from '../../hooks/useShop';
import {currencySymbol} from '../../lib/money';
import {timeZoneOptions} from './time-zones';
import {OutageBanner} from '../../components/OutageBanner';

export interface ShopSettings {
  stacking: 'stack' | 'one_per_order';
  frequencyCapDays: number;
  posOrders: 'ignore' | 'count_not_touch' | 'count_and_touch';
  requireEmailConsent: boolean;
  timezone: string;
  dueWithinHours: number;
  assignment: 'none' | 'round_robin' | 'fixed_per_kind';
  assigneeByKind: Partial<Record<TouchKind, string>>;
  giftAmount: number;
  giftExpiryDays: number | null;
  giftDailyBudget: number;
  labelStock: string;
  stickerStyle: 'handwriting' | 'handwriting_bordered';
  /** The printer's calibration in mm (right and down), ±10. */
  labelOffsetMm: {x: number; y: number};
  holdoutPercent: number;
  senderName: string | null;
  senderReplyTo: string | null;
  /** The touches CSV carries customer ids, names and notes. */
  exportPersonalData: boolean;
  /** Finished records forget the customer's name, notes and city this long after the order. */
  customerDataRetentionDays: number;
}

const LABEL_STOCKS = [
  {value: 'avery-5160', label: 'Avery 5160 — 30 per US Letter sheet (2⅝ × 1 in)'},
  {value: 'avery-5163', label: 'Avery 5163 — 10 per US Letter sheet (4 × 2 in)'},
  {value: 'avery-22806', label: 'Avery 22806 — 12 square per sheet (2 × 2 in)'},
  {value: 'a4-l7160', label: 'L7160 — 21 per A4 sheet (63.5 × 38.1 mm)'},
  {value: 'thermal-4x6', label: 'Thermal 4 × 6 in (one label per note)'},
  {value: 'thermal-57x32', label: 'Thermal roll 57 × 32 mm'},
];

/** A number field's text as the API's number (empty stays empty so the server names the field). */
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

type FieldErrors = Partial<Record<string, string>>;

/** Settings: how the cadence stacks, who it leaves alone, and the shop's day. */
export function Settings() {
  const [saved, setSaved] = useState<ShopSettings | null>(null);
  const [draft, setDraft] = useState<ShopSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [toast, showToast] = useToast();
  const {staff} = useStaff();
  const shop = useShop();
  const currency = shop?.currency ?? null;

  const [version, setVersion] = useState(0);
  useEffect(() => {
    apiGet<{settings: ShopSettings}>('/api/settings').then(
      ({settings}) => (setSaved(settings), setDraft(settings), setFailure(null)),
      (e: Error) => setFailure(e.message),
    );
  }, [version]);

  if (!draft || !saved) {
    return (
      <Page title="Settings">
        {failure ? (
          <OutageBanner
            what="the settings"
            error={failure}
            onRetry={() => setVersion((v) => v + 1)}
          />
        ) : (
          <Card>
            <SkeletonBodyText lines={6} />
          </Card>
        )}
      </Page>
    );
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = <K extends keyof ShopSettings>(key: K, value: ShopSettings[K]) =>
    setDraft({...draft, [key]: value});
  const save = async () => {
    setSaving(true);
    try {
      const {settings} = await apiSend<{settings: ShopSettings}>('PATCH', '/api/settings', draft);
      setSaved(settings);
      setDraft(settings);
      setErrors({});
      setFailure(null);
      showToast('Settings saved');
    } catch (e) {
      const fields = (e as ApiError & {fields?: Record<string, string[]>}).fields ?? {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0]])));
      setFailure(
        Object.keys(fields).length
          ? 'Check the highlighted field and save again.'
          : e instanceof ApiError
            ? e.message
            : 'The settings were not saved',
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title="Settings">
      <SaveBar
        id="settings-save-bar"
        dirty={dirty}
        saving={saving}
        onSave={() => void save()}
        onDiscard={() => (setDraft(saved), setErrors({}))}
      />
      <Layout>
        <Layout.AnnotatedSection
          title="Cadence"
          description="How touches combine and how often one customer may be touched."
        >
          <BlockStack gap="400">
            {failure ? (
              <Banner tone="critical" title="Not saved">
                {failure}
              </Banner>
            ) : null}
            <Card>
              <FormLayout>
                <Select
                  label="When several rules pick the same order"
                  value={draft.stacking}
                  onChange={(v) => set('stacking', v as ShopSettings['stacking'])}
                  options={[
                    {label: 'Give it every touch (order #100 gets all four)', value: 'stack'},
                    {
                      label: 'At most one touch per order; the rest roll on',
                      value: 'one_per_order',
                    },
                  ]}
                />
                <TextField
                  label="Don't touch a customer again within"
                  type="number"
                  suffix="days"
                  autoComplete="off"
                  min={0}
                  max={365}
                  value={String(draft.frequencyCapDays)}
                  onChange={(v) => set('frequencyCapDays', Number(v))}
                  error={errors.frequencyCapDays}
                />
                <Select
                  label="Point-of-sale orders"
                  value={draft.posOrders}
                  onChange={(v) => set('posOrders', v as ShopSettings['posOrders'])}
                  options={[
                    {
                      label: "Don't count them (the customer was just served in person)",
                      value: 'ignore',
                    },
                    {label: 'Count them, but never touch them', value: 'count_not_touch'},
                    {label: 'Count and touch them', value: 'count_and_touch'},
                  ]}
                />
                <Checkbox
                  label="Personal emails only to customers who accept marketing email"
                  checked={draft.requireEmailConsent}
                  onChange={(v) => set('requireEmailConsent', v)}
                />
                <Select
                  label="Shop time zone"
                  helpText="For “today”, due times and daily targets."
                  options={timeZoneOptions(draft.timezone, shop?.timezone ?? null)}
                  value={draft.timezone}
                  onChange={(v) => set('timezone', v)}
                  error={errors.timezone}
                />
              </FormLayout>
            </Card>
          </BlockStack>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="The queue"
          description="When touches are due and who gets them."
        >
          <Card>
            <FormLayout>
              <TextField
                label="A touch is due this long after its order"
                helpText="Before the parcel ships."
                type="number"
                suffix="hours"
                autoComplete="off"
                min={1}
                max={336}
                value={Number.isNaN(draft.dueWithinHours) ? '' : String(draft.dueWithinHours)}
                onChange={(v) => set('dueWithinHours', num(v))}
                error={errors.dueWithinHours}
              />
              <Select
                label="New touches are assigned"
                value={draft.assignment}
                onChange={(v) => set('assignment', v as ShopSettings['assignment'])}
                options={[
                  {label: 'In turn to each active person (round-robin)', value: 'round_robin'},
                  {label: 'To one person per kind of touch', value: 'fixed_per_kind'},
                  {label: 'Not automatically', value: 'none'},
                ]}
              />
              {draft.assignment === 'fixed_per_kind' ? (
                staff.length === 0 ? (
                  <Banner tone="info">
                    Add your team on the Team page to choose a person per kind.
                  </Banner>
                ) : (
                  <FormLayout.Group condensed>
                    {(
                      [
                        'team_photo',
                        'handwritten_card',
                        'personal_email',
                        'free_gift',
                        'sticker_note',
                        'answer_question',
                      ] as TouchKind[]
                    ).map((kind) => (
                      <Select
                        key={kind}
                        label={KIND_LABELS[kind]}
                        value={draft.assigneeByKind[kind] ?? ''}
                        error={errors[`assigneeByKind.${kind}`]}
                        options={[
                          {label: 'Round-robin', value: ''},
                          ...staff
                            .filter((s) => s.active)
                            .map((s) => ({label: s.name, value: s.id})),
                        ]}
                        onChange={(v) => {
                          const next = {...draft.assigneeByKind};
                          if (v) next[kind] = v;
                          else delete next[kind];
                          set('assigneeByKind', next);
                        }}
                      />
                    ))}
                  </FormLayout.Group>
                )
              ) : null}
            </FormLayout>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Gift certificates"
          description="Defaults for the gift cards people issue from a touch. Expiry rules differ by country: in some places gift cards may not expire."
        >
          <Card>
            <FormLayout>
              <FormLayout.Group>
                <TextField
                  label="Amount"
                  type="number"
                  autoComplete="off"
                  min={0}
                  step={0.01}
                  value={Number.isNaN(draft.giftAmount) ? '' : String(draft.giftAmount)}
                  onChange={(v) => set('giftAmount', num(v))}
                  error={errors.giftAmount}
                  prefix={currencySymbol(currency) || undefined}
                  suffix={currency ?? undefined}
                  helpText="In the shop's currency."
                />
                <TextField
                  label="Daily spending cap"
                  type="number"
                  autoComplete="off"
                  min={0}
                  value={Number.isNaN(draft.giftDailyBudget) ? '' : String(draft.giftDailyBudget)}
                  onChange={(v) => set('giftDailyBudget', num(v))}
                  error={errors.giftDailyBudget}
                  prefix={currencySymbol(currency) || undefined}
                  suffix={currency ?? undefined}
                  helpText="No more than this is issued in a day."
                />
              </FormLayout.Group>
              <TextField
                label="Expires after"
                type="number"
                suffix="days"
                autoComplete="off"
                min={1}
                placeholder="Never"
                value={draft.giftExpiryDays === null ? '' : String(draft.giftExpiryDays)}
                onChange={(v) => set('giftExpiryDays', v.trim() === '' ? null : num(v))}
                error={errors.giftExpiryDays}
                helpText="Leave empty for gift cards that never expire."
              />
            </FormLayout>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Stickers"
          description="The labels the warehouse prints and puts in the box."
        >
          <Card>
            <FormLayout>
              <Select
                label="Label stock"
                options={LABEL_STOCKS}
                value={draft.labelStock}
                onChange={(v) => set('labelStock', v)}
                error={errors.labelStock}
              />
              <Select
                label="Sticker style"
                value={draft.stickerStyle}
                onChange={(v) => set('stickerStyle', v as ShopSettings['stickerStyle'])}
                options={[
                  {label: 'Handwriting', value: 'handwriting'},
                  {label: 'Handwriting with a thin border', value: 'handwriting_bordered'},
                ]}
              />
            </FormLayout>
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Measuring what works"
          description="A small random group of the customers a rule picks gets no touch, so you can compare."
        >
          <Card>
            <TextField
              label="Hold out"
              type="number"
              suffix="% of fired touches"
              autoComplete="off"
              min={0}
              max={50}
              value={Number.isNaN(draft.holdoutPercent) ? '' : String(draft.holdoutPercent)}
              onChange={(v) => set('holdoutPercent', num(v))}
              error={errors.holdoutPercent}
              helpText="10% is enough to see a difference in a few months for most shops; 0 turns the comparison off."
            />
          </Card>
          <Card>
            <Checkbox
              label="Include customer names and notes in the CSV export"
              checked={draft.exportPersonalData}
              onChange={(v) => set('exportPersonalData', v)}
              helpText="Off: the export has orders, touches and outcomes but nothing that names a customer. Turn on only if whoever opens the file may see them."
            />
          </Card>
          <Card>
            <TextField
              label="Keep customer names, notes and cities for"
              type="number"
              suffix="days after the order"
              autoComplete="off"
              min={30}
              max={3650}
              value={
                Number.isNaN(draft.customerDataRetentionDays)
                  ? ''
                  : String(draft.customerDataRetentionDays)
              }
              onChange={(v) => set('customerDataRetentionDays', num(v))}
              error={errors.customerDataRetentionDays}
              helpText="After that, finished touches and orders keep only what was bought and the counts (30 to 3,650 days; a year by default)."
            />
          </Card>
        </Layout.AnnotatedSection>
        <Layout.AnnotatedSection
          title="Sender"
          description="Personal emails go out as “<writer> at <shop>”, with replies to the writer."
        >
          <Card>
            <FormLayout>
              <TextField
                label="Shop name in emails"
                autoComplete="organization"
                value={draft.senderName ?? ''}
                onChange={(v) => set('senderName', v.trim() ? v : null)}
                error={errors.senderName}
              />
              <TextField
                label="Reply-to when the writer has no address"
                type="email"
                autoComplete="email"
                value={draft.senderReplyTo ?? ''}
                onChange={(v) => set('senderReplyTo', v.trim() ? v : null)}
                error={errors.senderReplyTo}
              />
            </FormLayout>
          </Card>
        </Layout.AnnotatedSection>
      </Layout>
      {toast}
    </Page>
  );
}
