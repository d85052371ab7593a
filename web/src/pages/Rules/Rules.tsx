import {useCallback, useEffect, useMemo, useState} from 'react';
import {
  Banner,
  BlockStack,
  Card,
  EmptyState,
  Layout,
  Modal,
  Page,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {ApiError, apiGet, apiSend} from '../../api/client';
import {useSummary} from '../Today/useSummary';
import {RuleForm} from './RuleForm';
import {moveButtonId, RuleList} from './RuleList';
import {Simulator} from './Simulator';
import {
  candidateRules,
  draftOf,
  emptyDraft,
  inputOf,
  moved,
  patchOf,
  simulatable,
} from './rules-lib';
import type {Rule, RuleDraft} from './types';
import {useSimulation} from './useSimulation';
import {SaveBar, useToast} from '../../components/AppBridge';
import {useShop} from '../../hooks/useShop';
import {formatMoney} from '../../lib/money';
import {OutageBanner} from '../../components/OutageBanner';

/** The rule open in the form: its draft, and the draft as it was opened (unsaved changes = they differ). */
type Editing = {id: string | null; draft: RuleDraft; start: RuleDraft};

const byPriority = (rules: Rule[]) =>
  [...rules].sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name));

/** Rules: when a touch happens, with the simulator showing what a change means before it is saved. */
export function Rules() {
  const [rules, setRules] = useState<Rule[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [toast, setToast] = useToast();
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const [whatIf, setWhatIf] = useState('');
  // After a move the rule's button is elsewhere in the list: keep the keyboard focus on it.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (!refocus) return;
    document.getElementById(refocus)?.focus();
    setRefocus(null);
  }, [refocus]);
  const {summary} = useSummary();
  const currency = useShop()?.currency ?? null;

  const load = useCallback(() => {
    apiGet<{rules: Rule[]}>('/api/rules').then(
      (r) => (setRules(byPriority(r.rules)), setLoadError(null)),
      (e: Error) => setLoadError(e.message),
    );
  }, []);
  useEffect(load, [load]);

  const volume = Number(whatIf) >= 1 && Number.isInteger(Number(whatIf)) ? Number(whatIf) : null;
  const candidate = useMemo(
    () => (editing && rules ? candidateRules(rules, editing.draft, editing.id) : null),
    [editing, rules],
  );
  const now = useSimulation(null, volume, rules !== null);
  const next = useSimulation(candidate, volume, candidate !== null && simulatable(candidate));

  const fail = (e: unknown, what: string) =>
    setFailure(e instanceof ApiError ? `${what}: ${e.message}` : what);

  const save = async () => {
    if (!editing) return;
    setSaving(true);
    try {
      const saved = rules?.find((r) => r.id === editing.id);
      const {rule} = editing.id
        ? await apiSend<{rule: Rule}>(
            'PATCH',
            `/api/rules/${editing.id}`,
            saved ? patchOf(editing.draft, saved) : inputOf(editing.draft),
          )
        : await apiSend<{rule: Rule}>('POST', '/api/rules', inputOf(editing.draft));
      setRules((rs) => byPriority([...(rs ?? []).filter((r) => r.id !== rule.id), rule]));
      setEditing(null);
      setErrors({});
      setFailure(null);
      setToast(editing.id ? 'Rule saved' : 'Rule added');
    } catch (e) {
      const fields = e instanceof ApiError ? (e.fields ?? {}) : {};
      setErrors(
        Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0] ?? 'Check this field'])),
      );
      if (!Object.keys(fields).length) fail(e, 'The rule was not saved');
    } finally {
      setSaving(false);
    }
  };

  /** Optimistic: the list changes at once and goes back if the server refuses. */
  const toggle = async (rule: Rule) => {
    if (!rules || busy) return;
    const before = rules;
    setRules(rules.map((r) => (r.id === rule.id ? {...r, enabled: !rule.enabled} : r)));
    setBusy(true);
    try {
      await apiSend('PATCH', `/api/rules/${rule.id}`, {enabled: !rule.enabled});
      setToast(rule.enabled ? 'Rule turned off' : 'Rule turned on');
      setFailure(null);
    } catch (e) {
      setRules(before);
      fail(e, 'That change was not saved');
    } finally {
      setBusy(false);
    }
  };

  /**
   * Optimistic too; one request carries the whole new order, so it cannot half-apply. Move and
   * toggle buttons stay enabled while saving (a disabled button drops the keyboard focus): a press meanwhile is ignored.
   */
  const move = async (index: number, direction: -1 | 1) => {
    if (!rules || busy) return;
    const before = rules;
    const next = moved(rules, index, direction);
    const atEnd = index + direction === 0 || index + direction === rules.length - 1;
    setRules(next);
    // At the top (or bottom) the pressed button is disabled: the focus goes to the other one.
    setRefocus(moveButtonId(rules[index]!.id, atEnd ? (-direction as -1 | 1) : direction));
    setBusy(true);
    try {
      const answer = await apiSend<{rules: Rule[]}>('POST', '/api/rules/reorder', {
        ids: next.map((r) => r.id),
      });
      setRules(answer.rules);
      // A rule open in the form simulates with its new rank.
      setEditing((e) => {
        if (!e?.id) return e;
        const priority = answer.rules.find((r) => r.id === e.id)?.priority ?? e.draft.priority;
        return {...e, draft: {...e.draft, priority}, start: {...e.start, priority}};
      });
      setToast('Order saved');
      setFailure(null);
    } catch (e) {
      setRules(before);
      fail(e, 'The new order was not saved');
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
    const draft = emptyDraft(Math.max(0, ...(rules ?? []).map((r) => r.priority)) + 10);
    setEditing({id: null, draft, start: draft});
  };

  const list =
    rules === null ? (
      loadError ? (
        <OutageBanner what="the rules" error={loadError} onRetry={load} />
      ) : (
        <Card>
          <SkeletonBodyText lines={8} />
        </Card>
      )
    ) : rules.length === 0 ? (
      <Card>
        <EmptyState
          heading="No rules yet"
          action={{content: 'Add a rule', onAction: startNew}}
          image=""
        >
          <Text as="p">
            Rules decide which orders get a human touch. The playbook: every 10th order a photo of
            the team, every 20th a signed thank-you card, every 50th a personal email with a{' '}
            {formatMoney(10, currency)} gift certificate, every 100th a free gift.
          </Text>
        </EmptyState>
      </Card>
    ) : (
      <RuleList
        currency={currency}
        rules={rules}
        busy={busy}
        onEdit={(rule) => {
          setErrors({});
          setEditing({id: rule.id, draft: draftOf(rule), start: draftOf(rule)});
        }}
        onMove={(index, direction) => void move(index, direction)}
        onToggle={(rule) => void toggle(rule)}
        onDelete={setDeleting}
      />
    );

  return (
    <Page
      title="Rules"
      subtitle="Which orders get a human touch. The order of the list decides which touch wins when an order may get only one."
      primaryAction={{content: 'Add rule', onAction: startNew, disabled: editing !== null}}
    >
      <SaveBar
        id="rule-save-bar"
        dirty={editing !== null && JSON.stringify(editing.draft) !== JSON.stringify(editing.start)}
        saving={saving}
        onSave={() => void save()}
        onDiscard={() => (setEditing(null), setErrors({}))}
      />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {failure ? (
              <Banner tone="critical" title="Not saved" onDismiss={() => setFailure(null)}>
                {failure}
              </Banner>
            ) : null}
            {editing ? (
              <RuleForm
                title={
                  editing.id
                    ? `Edit “${rules?.find((r) => r.id === editing.id)?.name ?? ''}”`
                    : 'New rule'
                }
                draft={editing.draft}
                onChange={(draft) => setEditing({...editing, draft})}
                errors={errors}
                saving={saving}
                onSave={() => void save()}
                onCancel={() => (setEditing(null), setErrors({}))}
                currency={currency}
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
            currency={currency}
          />
        </Layout.Section>
      </Layout>
      <Modal
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        primaryAction={{
          content: 'Delete',
          destructive: true,
          loading: busy,
          onAction: () => deleting && void remove(deleting),
        }}
        secondaryActions={[{content: 'Cancel', onAction: () => setDeleting(null)}]}
      >
        <Modal.Section>
          <Text as="p">
            Touches it already created stay in the queue. To pause a rule and keep its settings,
            turn it off instead.
          </Text>
        </Modal.Section>
      </Modal>
      {toast}
    </Page>
  );
}
