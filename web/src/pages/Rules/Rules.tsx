import { useCallback, useEffect, useMemo, useState } from 'react';
import { Badge, Banner, BlockStack, Button, ButtonGroup, Card, EmptyState, InlineStack, Layout, Modal, Page, ResourceItem, ResourceList, SkeletonBodyText, Text, Toast } from '@shopify/polaris';
import type { IconSource } from '@shopify/polaris';
import { ArrowDownIcon, ArrowUpIcon } from '@shopify/polaris-icons';
import { ApiError, apiGet, apiSend } from '../../api/client';
import { KIND_LABELS } from '../../components/TouchKindBadge';
import { useSummary } from '../Today/useSummary';
import { RuleForm } from './RuleForm';
import { Simulator } from './Simulator';
import { candidateRules, conditionsText, draftOf, emptyDraft, inputOf, reorder, rhythm, simulatable } from './rules-lib';
import type { Rule, RuleDraft } from './types';
import { useSimulation } from './useSimulation';

type Editing = { id: string | null; draft: RuleDraft };

// polaris-icons is typed against the hoisted @types/react, Polaris against its own copy: same shape.
const UP = ArrowUpIcon as unknown as IconSource;
const DOWN = ArrowDownIcon as unknown as IconSource;

const byPriority = (rules: Rule[]) => [...rules].sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name));

/** Rules: when a touch happens, with the simulator showing what a change means before it is saved. */
export function Rules() {
  const [rules, setRules] = useState<Rule[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const [whatIf, setWhatIf] = useState('');
  const { summary } = useSummary();

  const load = useCallback(() => {
    apiGet<{ rules: Rule[] }>('/api/rules').then((r) => (setRules(byPriority(r.rules)), setLoadError(null)), (e: Error) => setLoadError(e.message));
  }, []);
  useEffect(load, [load]);

  const volume = Number(whatIf) >= 1 && Number.isInteger(Number(whatIf)) ? Number(whatIf) : null;
  const candidate = useMemo(() => (editing && rules ? candidateRules(rules, editing.draft, editing.id) : null), [editing, rules]);
  const now = useSimulation(null, volume, rules !== null);
  const next = useSimulation(candidate, volume, candidate !== null && simulatable(candidate));

  const fail = (e: unknown, what: string) => setFailure(e instanceof ApiError ? `${what}: ${e.message}` : what);

  const save = async () => {
    if (!editing) return;
    setSaving(true);
    try {
      const body = inputOf(editing.draft);
      const { rule } = editing.id
        ? await apiSend<{ rule: Rule }>('PATCH', `/api/rules/${editing.id}`, body)
        : await apiSend<{ rule: Rule }>('POST', '/api/rules', body);
      setRules((rs) => byPriority([...(rs ?? []).filter((r) => r.id !== rule.id), rule]));
      setEditing(null);
      setErrors({});
      setFailure(null);
      setToast(editing.id ? 'Rule saved' : 'Rule added');
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields ?? {} : {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0] ?? 'Check this field'])));
      if (!Object.keys(fields).length) fail(e, 'The rule was not saved');
    } finally {
      setSaving(false);
    }
  };

  /** Optimistic: the list changes at once and goes back if the server refuses. */
  const patchMany = async (changes: { id: string; patch: Partial<Rule> }[], message: string) => {
    if (!rules || changes.length === 0) return;
    const before = rules;
    setRules(byPriority(rules.map((r) => ({ ...r, ...changes.find((c) => c.id === r.id)?.patch }))));
    setBusy(true);
    try {
      for (const c of changes) await apiSend('PATCH', `/api/rules/${c.id}`, c.patch);
      setToast(message);
      setFailure(null);
    } catch (e) {
      setRules(before);
      fail(e, 'That change was not saved');
    } finally {
      setBusy(false);
    }
  };

  const remove = async (rule: Rule) => {
    setBusy(true);
    try {
      await apiSend('DELETE', `/api/rules/${rule.id}`);
      setRules((rs) => (rs ?? []).filter((r) => r.id !== rule.id));
      setToast('Rule deleted');
    } catch (e) {
      fail(e, 'The rule was not deleted');
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  const startNew = () => {
    setErrors({});
    setEditing({ id: null, draft: emptyDraft(Math.max(0, ...(rules ?? []).map((r) => r.priority)) + 10) });
  };

  const list = rules === null ? (
    loadError ? <Banner tone="critical" title="The rules could not be loaded" action={{ content: 'Try again', onAction: load }}>{loadError}</Banner> : <Card><SkeletonBodyText lines={8} /></Card>
  ) : rules.length === 0 ? (
    <Card>
      <EmptyState heading="No rules yet" action={{ content: 'Add a rule', onAction: startNew }} image="">
        <Text as="p">
          Rules decide which orders get a human touch. The playbook: every 10th order a photo of the team, every 20th a signed
          thank-you card, every 50th a personal email with a $10 gift certificate, every 100th a free gift.
        </Text>
      </EmptyState>
    </Card>
  ) : (
    <Card padding="0">
      <ResourceList
        resourceName={{ singular: 'rule', plural: 'rules' }}
        items={rules}
        renderItem={(rule, _id, index) => {
          const conditions = conditionsText(rule.conditions);
          return (
            <ResourceItem id={rule.id} onClick={() => (setErrors({}), setEditing({ id: rule.id, draft: draftOf(rule) }))} accessibilityLabel={`Edit ${rule.name}`}>
              <InlineStack align="space-between" blockAlign="center" gap="400" wrap={false}>
                <BlockStack gap="100">
                  <InlineStack gap="200" blockAlign="center">
                    <Text as="h3" variant="bodyMd" fontWeight="semibold">{rule.name}</Text>
                    <Badge>{KIND_LABELS[rule.kind]}</Badge>
                    {rule.enabled ? null : <Badge tone="warning">Off</Badge>}
                  </InlineStack>
                  <Text as="p" tone="subdued">{`${rhythm(rule)} → ${KIND_LABELS[rule.kind].toLowerCase()}${rule.giftAmount ? ` with a ${rule.giftAmount} gift certificate` : ''}`}</Text>
                  {conditions ? <Text as="p" tone="subdued">{conditions}</Text> : null}
                </BlockStack>
                <ButtonGroup>
                  <Button icon={UP} accessibilityLabel={`Move ${rule.name} up`} disabled={busy || index === 0}
                    onClick={() => void patchMany(reorder(rules, index, -1).map(({ id, priority }) => ({ id, patch: { priority } })), 'Order saved')} />
                  <Button icon={DOWN} accessibilityLabel={`Move ${rule.name} down`} disabled={busy || index === rules.length - 1}
                    onClick={() => void patchMany(reorder(rules, index, 1).map(({ id, priority }) => ({ id, patch: { priority } })), 'Order saved')} />
                  <Button disabled={busy} accessibilityLabel={`${rule.enabled ? 'Turn off' : 'Turn on'} ${rule.name}`}
                    onClick={() => void patchMany([{ id: rule.id, patch: { enabled: !rule.enabled } }], rule.enabled ? 'Rule turned off' : 'Rule turned on')}>
                    {rule.enabled ? 'Turn off' : 'Turn on'}
                  </Button>
                  <Button tone="critical" variant="plain" disabled={busy} accessibilityLabel={`Delete ${rule.name}`} onClick={() => setDeleting(rule)}>Delete</Button>
                </ButtonGroup>
              </InlineStack>
            </ResourceItem>
          );
        }}
      />
    </Card>
  );

  return (
    <Page
      title="Rules"
      subtitle="Which orders get a human touch. The order of the list decides which touch wins when an order may get only one."
      primaryAction={{ content: 'Add rule', onAction: startNew, disabled: editing !== null }}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {failure ? <Banner tone="critical" title="Not saved" onDismiss={() => setFailure(null)}>{failure}</Banner> : null}
            {editing ? (
              <RuleForm
                title={editing.id ? `Edit “${rules?.find((r) => r.id === editing.id)?.name ?? ''}”` : 'New rule'}
                draft={editing.draft}
                onChange={(draft) => setEditing({ ...editing, draft })}
                errors={errors}
                saving={saving}
                onSave={() => void save()}
                onCancel={() => (setEditing(null), setErrors({}))}
              />
            ) : null}
            {list}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Simulator
            now={now.result}
            candidate={editing ? next.result : null}
            changed={editing !== null}
            loading={now.loading || next.loading}
            error={now.error ?? next.error}
            capacityMinutes={summary?.capacity.minutesAvailable ?? 0}
            whatIf={whatIf}
            onWhatIf={setWhatIf}
          />
        </Layout.Section>
      </Layout>
      <Modal
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        primaryAction={{ content: 'Delete', destructive: true, loading: busy, onAction: () => deleting && void remove(deleting) }}
        secondaryActions={[{ content: 'Cancel', onAction: () => setDeleting(null) }]}
      >
        <Modal.Section>
          <Text as="p">Touches it already created stay in the queue. To pause a rule and keep its settings, turn it off instead.</Text>
        </Modal.Section>
      </Modal>
      {toast ? <Toast content={toast} onDismiss={() => setToast(null)} /> : null}
    </Page>
  );
}
