import {
  Banner,
  BlockStack,
  Card,
  Checkbox,
  ChoiceList,
  FormLayout,
  InlineStack,
  Button,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import {KIND_LABELS} from '../../components/TouchKindBadge';
import {GIFT_KINDS, RULE_KINDS, WORDS_KINDS} from './rules-lib';
import type {RuleDraft, RuleType} from './types';
import {currencySymbol} from '../../lib/money';

export interface RuleFormProps {
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
  /** Messages by the API's field path (`n`, `conditions.maxOrderValue`, …). */
  errors: Record<string, string>;
  title: string;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
  /** The shop's currency code, shown on the gift amount (null until known). */
  currency?: string | null;
}

const TYPE_CHOICES: {value: RuleType; label: string; helpText: string}[] = [
  {
    value: 'every_nth',
    label: 'Every Nth order',
    helpText: 'Counts every order of the shop: the 10th, 20th, 30th…',
  },
  {
    value: 'customer_nth',
    label: "A customer's Nth order",
    helpText: 'Celebrates loyalty: e.g. their 3rd order with you.',
  },
  {
    value: 'daily_target',
    label: 'A number a day',
    helpText: 'The app works out N from your recent volume so about this many happen a day.',
  },
];

/** One cadence rule: what, how often, and for which orders. */
export function RuleForm({
  draft,
  onChange,
  errors,
  title,
  saving,
  onSave,
  onCancel,
  currency = null,
}: RuleFormProps) {
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) =>
    onChange({...draft, [key]: value});
  const numberField = errors.n ?? errors.dailyTarget;
  const otherErrors = Object.entries(errors).filter(
    ([k]) => !KNOWN_FIELDS.has(k) && !k.startsWith('conditions.'),
  );
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          {title}
        </Text>
        {otherErrors.length ? (
          <Banner tone="critical" title="Not saved">
            {otherErrors.map(([k, v]) => `${k}: ${v}`).join(' · ')}
          </Banner>
        ) : null}
        <FormLayout>
          <TextField
            label="Name"
            autoComplete="off"
            maxLength={120}
            value={draft.name}
            onChange={(v) => set('name', v)}
            error={errors.name}
            placeholder="e.g. Signed card for every 25th order"
          />
          <Select
            label="The touch"
            options={RULE_KINDS.map((k) => ({value: k, label: KIND_LABELS[k]}))}
            value={draft.kind}
            onChange={(v) => set('kind', v as RuleDraft['kind'])}
            error={errors.kind}
          />
          <ChoiceList
            title="When"
            choices={TYPE_CHOICES}
            selected={[draft.type]}
            onChange={([v]) => set('type', v as RuleType)}
            error={errors.type}
          />
          <TextField
            label={
              draft.type === 'daily_target'
                ? 'How many a day'
                : draft.type === 'customer_nth'
                  ? "Which of the customer's orders"
                  : 'Every how many orders'
            }
            type="number"
            autoComplete="off"
            min={1}
            value={draft.number}
            onChange={(v) => set('number', v)}
            error={numberField}
            prefix={draft.type === 'daily_target' ? undefined : 'N ='}
            suffix={draft.type === 'daily_target' ? 'a day' : undefined}
          />
          {/* Shown whenever it has a value too, so no amount is kept (and counted) out of sight after a change of kind. */}
          {GIFT_KINDS.includes(draft.kind) || draft.giftAmount.trim() ? (
            <TextField
              label="Gift certificate"
              type="number"
              autoComplete="off"
              min={0}
              step={0.01}
              value={draft.giftAmount}
              onChange={(v) => set('giftAmount', v)}
              error={errors.giftAmount}
              prefix={currencySymbol(currency) || undefined}
              suffix={currency ?? undefined}
              helpText="Empty uses the default from Settings."
            />
          ) : null}
          {WORDS_KINDS.includes(draft.kind) ? (
            <Select
              label="How the words are written"
              options={[
                {label: 'By hand, with a pen (the writer copies their draft)', value: 'pen'},
                {label: 'Printed note: a handwriting font on a label, signed', value: 'print'},
              ]}
              value={draft.medium}
              onChange={(v) => set('medium', v as 'pen' | 'print')}
              helpText="Handwritten notes are what customers remember; a printed note only looks handwritten. Each touch records which it was, so Insights can compare."
            />
          ) : null}
        </FormLayout>
        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            Only for some orders (optional)
          </Text>
          <FormLayout>
            <FormLayout.Group condensed>
              <TextField
                label="Order value from"
                type="number"
                autoComplete="off"
                min={0}
                value={draft.minOrderValue}
                onChange={(v) => set('minOrderValue', v)}
                error={errors['conditions.minOrderValue']}
              />
              <TextField
                label="Order value up to"
                type="number"
                autoComplete="off"
                min={0}
                value={draft.maxOrderValue}
                onChange={(v) => set('maxOrderValue', v)}
                error={errors['conditions.maxOrderValue']}
              />
            </FormLayout.Group>
            <TextField
              label="Sales channels"
              autoComplete="off"
              placeholder="web, shopify_draft_order"
              helpText="Comma-separated; empty means all."
              value={draft.channels}
              onChange={(v) => set('channels', v)}
              error={firstOf(errors, 'conditions.channels')}
            />
            <TextField
              label="Ship-to countries"
              autoComplete="off"
              placeholder="GB, IE"
              helpText="Two-letter codes, comma-separated."
              value={draft.countries}
              onChange={(v) => set('countries', v)}
              error={firstOf(errors, 'conditions.countries')}
            />
            <TextField
              label="Customer tags"
              autoComplete="off"
              placeholder="VIP"
              value={draft.customerTags}
              onChange={(v) => set('customerTags', v)}
              error={firstOf(errors, 'conditions.customerTags')}
            />
            <Checkbox
              label="First-time customers only"
              checked={draft.firstTimeCustomer}
              onChange={(v) => set('firstTimeCustomer', v)}
            />
          </FormLayout>
        </BlockStack>
        <Checkbox
          label="Turned on"
          helpText="A rule that is off fires nothing and keeps its settings."
          checked={draft.enabled}
          onChange={(v) => set('enabled', v)}
        />
        <InlineStack gap="200" align="end">
          <Button onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onSave} loading={saving}>
            Save rule
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}

const KNOWN_FIELDS = new Set([
  'name',
  'kind',
  'type',
  'n',
  'dailyTarget',
  'giftAmount',
  'priority',
  'enabled',
]);

/** The first message for a list field or any of its items (`conditions.countries.0`). */
function firstOf(errors: Record<string, string>, prefix: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}
