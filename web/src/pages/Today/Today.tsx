import {useEffect, useMemo, useState} from 'react';
import {
  Banner,
  BlockStack,
  Button,
  Card,
  ChoiceList,
  EmptyState,
  Filters,
  Layout,
  Modal,
  Page,
  Select,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {MANUAL_SKIP_REASONS, type ManualSkipReason} from '../../api/types';
import {KIND_LABELS, STATUS_LABELS} from '../../components/TouchKindBadge';
import {useStaff} from '../../hooks/useStaff';
import {openPage} from '../../router';
import {SummaryCards} from './SummaryCards';
import {TouchTable} from './TouchTable';
import {useSummary} from './useSummary';
import {
  useTouches,
  type BulkRequest,
  type DueWindow,
  type SortKey,
  type TouchFilters,
} from './useTouches';
import {useToast} from '../../components/AppBridge';
import {OutageBanner} from '../../components/OutageBanner';

const choices = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({value, label}));
const DUE_LABELS: Record<DueWindow, string> = {
  overdue: 'Overdue',
  today: 'Due by end of today',
  tomorrow: 'Due tomorrow',
  week: 'Due within 7 days',
};

/** Debounces the search box so typing doesn't send a request per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** A bulk dialog: the selected ids, and `all` when "select all" reaches past the loaded page. */
type Dialog = {kind: 'skip' | 'assign'; ids: string[]; clear: () => void; all: boolean} | null;
const countOf = (d: Dialog) => (d?.all ? 'every matching' : `${d?.ids.length ?? 0}`);
const nounOf = (d: Dialog) => (d?.all || d?.ids.length === 1 ? 'touch' : 'touches');

/** Today: the touch queue with what's due, the team's capacity, filters and bulk actions. */
export function Today() {
  const [status, setStatus] = useState<string[]>(['open']);
  const [kind, setKind] = useState<string[]>([]);
  const [assignee, setAssignee] = useState<string[]>([]);
  const [due, setDue] = useState<DueWindow[]>([]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('due');
  const [period, setPeriod] = useState<string[]>([]);
  const history = period[0] === 'history';
  const q = useDebounced(query, 300);
  const filters: TouchFilters = useMemo(
    () => ({status, kind, assignee, due, query: q, sort, history}),
    [status, kind, assignee, due, q, sort, history],
  );
  const {touches, loading, error, hasMore, loadMore, reload, bulk, allIds} = useTouches(filters);
  const {summary, error: summaryError, reload: reloadSummary} = useSummary();
  const {staff, nameOf} = useStaff();
  const [toast, setToast] = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [skipReason, setSkipReason] = useState<ManualSkipReason | ''>('');
  const [assignTo, setAssignTo] = useState('');
  const [working, setWorking] = useState(false);

  const assigneeLabels: Record<string, string> = {
    unassigned: 'Unassigned',
    ...Object.fromEntries(staff.map((s) => [s.id, s.name])),
  };
  const applied = [
    ...(status[0]
      ? [
          {
            key: 'status',
            label: `Status: ${STATUS_LABELS[status[0] as keyof typeof STATUS_LABELS]}`,
            onRemove: () => setStatus([]),
          },
        ]
      : []),
    ...(kind[0]
      ? [
          {
            key: 'kind',
            label: `Touch: ${KIND_LABELS[kind[0] as keyof typeof KIND_LABELS]}`,
            onRemove: () => setKind([]),
          },
        ]
      : []),
    ...(assignee[0]
      ? [
          {
            key: 'assignee',
            label: `Assignee: ${assigneeLabels[assignee[0]] ?? '…'}`,
            onRemove: () => setAssignee([]),
          },
        ]
      : []),
    ...(due[0] ? [{key: 'due', label: DUE_LABELS[due[0]], onRemove: () => setDue([])}] : []),
    ...(history
      ? [
          {
            key: 'period',
            label: 'History (finished over 35 days ago)',
            onRemove: () => setPeriod([]),
          },
        ]
      : []),
  ];
  const firstLoad = loading && touches.length === 0 && !error;
  // The default view (open touches) is not "filtered": an empty queue there means nothing to do.
  const filtered = !(
    status.length === 1 &&
    status[0] === 'open' &&
    !kind[0] &&
    !assignee[0] &&
    !due[0] &&
    !q &&
    !history
  );

  const run = async (
    selected: string[],
    request: BulkRequest,
    done: string,
    clear: () => void,
    all = false,
  ) => {
    setWorking(true);
    // What "Undo" can put back exactly: loaded touches that were open with nothing recorded yet
    // (past the loaded page their state isn't known here, so "select all" has no Undo).
    const undoable =
      request.action === 'done' && !all
        ? touches
            .filter((t) => selected.includes(t.id) && t.status === 'open' && !t.stage)
            .map((t) => t.id)
        : [];
    try {
      const ids = all ? await allIds() : selected;
      const modified = await bulk(ids, request);
      const message = `${modified} ${modified === 1 ? 'touch' : 'touches'} ${done}`;
      if (undoable.length && modified > 0)
        setToast(message, {action: 'Undo', onAction: () => void undo(undoable)});
      else setToast(message);
      setFailure(null);
      clear();
      setDialog(null);
      reloadSummary();
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setWorking(false);
    }
  };

  const undo = async (ids: string[]) => {
    try {
      const reopened = await bulk(ids, {action: 'reopen'});
      setToast(`${reopened} ${reopened === 1 ? 'touch' : 'touches'} open again`);
      setFailure(null);
      reloadSummary();
    } catch (e) {
      setFailure((e as Error).message);
    }
  };

  return (
    <Page
      title="Today"
      subtitle="Software picks the moment; a person does the touch."
      primaryAction={{content: 'Refresh', onAction: () => (reload(), reloadSummary())}}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {error || summaryError ? (
              <OutageBanner
                what={error ? 'the touch queue' : "today's figures"}
                error={(error ?? summaryError)!}
                onRetry={() => (reload(), reloadSummary())}
              />
            ) : null}
            <SummaryCards summary={summary} />
            {failure ? (
              <Banner
                tone="critical"
                title="That change was not saved"
                onDismiss={() => setFailure(null)}
              >
                {failure}
              </Banner>
            ) : null}
            <Card padding="0">
              <Filters
                queryValue={query}
                queryPlaceholder="Search by order or customer"
                onQueryChange={setQuery}
                onQueryClear={() => setQuery('')}
                onClearAll={() => {
                  setStatus([]);
                  setKind([]);
                  setAssignee([]);
                  setDue([]);
                  setQuery('');
                  setPeriod([]);
                }}
                appliedFilters={applied}
                filters={[
                  {
                    key: 'status',
                    label: 'Status',
                    filter: (
                      <ChoiceList
                        title="Status"
                        titleHidden
                        choices={choices(STATUS_LABELS)}
                        selected={status}
                        onChange={setStatus}
                      />
                    ),
                    shortcut: true,
                  },
                  {
                    key: 'kind',
                    label: 'Touch',
                    filter: (
                      <ChoiceList
                        title="Touch"
                        titleHidden
                        choices={choices(KIND_LABELS)}
                        selected={kind}
                        onChange={setKind}
                      />
                    ),
                    shortcut: true,
                  },
                  {
                    key: 'assignee',
                    label: 'Assignee',
                    filter: (
                      <ChoiceList
                        title="Assignee"
                        titleHidden
                        choices={choices(assigneeLabels)}
                        selected={assignee}
                        onChange={setAssignee}
                      />
                    ),
                    shortcut: true,
                  },
                  {
                    key: 'due',
                    label: 'Due',
                    filter: (
                      <ChoiceList
                        title="Due"
                        titleHidden
                        choices={choices(DUE_LABELS)}
                        selected={due}
                        onChange={(v) => setDue(v as DueWindow[])}
                      />
                    ),
                    shortcut: true,
                  },
                  {
                    key: 'period',
                    label: 'History',
                    filter: (
                      <ChoiceList
                        title="Which touches"
                        titleHidden
                        choices={[
                          {
                            value: 'history',
                            label: 'Finished over 35 days ago',
                            helpText: 'Kept as a record; read-only. Slower to search.',
                          },
                        ]}
                        selected={period}
                        onChange={(v) => (
                          setPeriod(v),
                          v[0] === 'history' && status[0] === 'open' ? setStatus([]) : undefined
                        )}
                      />
                    ),
                  },
                ]}
              />
              {firstLoad ? (
                <div style={{padding: 16}}>
                  <SkeletonBodyText lines={6} />
                </div>
              ) : touches.length === 0 && error ? null : touches.length === 0 ? (
                filtered ? (
                  <EmptyState
                    heading="No touches match these filters"
                    action={{
                      content: 'Clear filters',
                      onAction: () => {
                        setStatus([]);
                        setKind([]);
                        setAssignee([]);
                        setDue([]);
                        setQuery('');
                      },
                    }}
                    image=""
                  >
                    <Text as="p">Try another status, touch or due date.</Text>
                  </EmptyState>
                ) : (
                  <EmptyState
                    heading="Nothing to do yet"
                    action={{content: 'See the rules', onAction: () => openPage('rules')}}
                    image=""
                  >
                    <Text as="p">
                      Touches appear here as orders come in: every 10th order brings a team photo,
                      every 20th a signed card, every 50th a personal email with a gift certificate
                      and every 100th a free gift. Each is due before the parcel ships.
                    </Text>
                  </EmptyState>
                )
              ) : (
                <TouchTable
                  touches={touches}
                  loading={loading}
                  sort={sort}
                  onSort={setSort}
                  nameOf={nameOf}
                  hasMore={hasMore}
                  bulkActions={(ids, clear, all) =>
                    history
                      ? []
                      : [
                          {
                            content: 'Mark done',
                            disabled: working,
                            onAction: () =>
                              void run(ids, {action: 'done'}, 'marked done', clear, all),
                          },
                          {
                            content: 'Assign…',
                            onAction: () => (
                              setAssignTo(''),
                              setDialog({kind: 'assign', ids, clear, all})
                            ),
                          },
                          {
                            content: 'Skip…',
                            onAction: () => (
                              setSkipReason(''),
                              setDialog({kind: 'skip', ids, clear, all})
                            ),
                          },
                        ]
                  }
                />
              )}
            </Card>
            {hasMore ? (
              <Button onClick={loadMore} loading={loading}>
                Load more
              </Button>
            ) : null}
          </BlockStack>
        </Layout.Section>
      </Layout>

      <Modal
        open={dialog?.kind === 'skip'}
        onClose={() => setDialog(null)}
        title={`Skip ${countOf(dialog)} ${nounOf(dialog)}`}
        primaryAction={{
          content: 'Skip',
          destructive: true,
          disabled: !skipReason,
          loading: working,
          onAction: () =>
            dialog &&
            skipReason &&
            void run(dialog.ids, {action: 'skip', skipReason}, 'skipped', dialog.clear, dialog.all),
        }}
        secondaryActions={[{content: 'Cancel', onAction: () => setDialog(null)}]}
      >
        <Modal.Section>
          <Select
            label="Why are these skipped?"
            helpText="The reason is kept with each touch, so the team can see why it wasn't done."
            options={[{label: 'Choose a reason', value: ''}, ...choices(MANUAL_SKIP_REASONS)]}
            value={skipReason}
            onChange={(v) => setSkipReason(v as ManualSkipReason | '')}
          />
        </Modal.Section>
      </Modal>

      <Modal
        open={dialog?.kind === 'assign'}
        onClose={() => setDialog(null)}
        title={`Assign ${countOf(dialog)} ${nounOf(dialog)}`}
        primaryAction={{
          content: 'Assign',
          disabled: assignTo === '',
          loading: working,
          onAction: () =>
            dialog &&
            void run(
              dialog.ids,
              {action: 'assign', assignee: assignTo === 'unassigned' ? null : assignTo},
              'assigned',
              dialog.clear,
              dialog.all,
            ),
        }}
        secondaryActions={[{content: 'Cancel', onAction: () => setDialog(null)}]}
      >
        <Modal.Section>
          {staff.length === 0 ? (
            <Banner
              tone="info"
              title="No team yet"
              action={{content: 'Add people on the Team page', onAction: () => openPage('team')}}
            >
              Touches are assigned to staff profiles.
            </Banner>
          ) : (
            <Select
              label="Who does them?"
              options={[
                {label: 'Choose a person', value: ''},
                ...staff.filter((s) => s.active).map((s) => ({label: s.name, value: s.id})),
                {label: 'Nobody (unassign)', value: 'unassigned'},
              ]}
              value={assignTo}
              onChange={setAssignTo}
            />
          )}
        </Modal.Section>
      </Modal>
      {toast}
    </Page>
  );
}
