import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {adminClient} from '../../shared/app-client';
import {
  describeError,
  KIND_LABELS,
  STATUS_LABELS,
  type StaffMember,
  type Touch,
} from '../../shared/human-touch-api';

declare const shopify: import('@shopify/ui-extensions/admin.order-details.block.render').Api;

export default async () => {
  render(<OrderTouches />, document.body);
};

function OrderTouches() {
  const client = adminClient(shopify.auth);
  const orderId = shopify.data.selected[0]?.id ?? '';
  const [touches, setTouches] = useState<Touch[] | null>(null);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.orderTouches(orderId).then(setTouches, (e) => setError(describeError(e)));
    client.activeStaff().then(setStaff, () => setStaff([]));
  }, [orderId]);
  const replace = (t: Touch) =>
    setTouches((all) => all?.map((x) => (x.id === t.id ? t : x)) ?? null);
  const open = touches?.filter((t) => t.status === 'open').length ?? 0;
  return (
    <s-admin-block heading="Human Touch" collapsedSummary={touches ? `${open} to do` : undefined}>
      <s-stack direction="block" gap="base">
        {error && <s-banner tone="critical">{error}</s-banner>}
        {!error && touches === null && (
          <s-spinner accessibilityLabel="Loading the order's touches" />
        )}
        {touches?.length === 0 && (
          <s-text>No human touch on this order. Give it one from More actions.</s-text>
        )}
        {touches?.map((t) => (
          <TouchRow key={t.id} touch={t} staff={staff} onSaved={replace} save={client} />
        ))}
      </s-stack>
    </s-admin-block>
  );
}

interface TouchRowProps {
  /** The touch shown. */
  touch: Touch;
  /** The shop's active staff, to name the assignee. */
  staff: StaffMember[];
  /** Called with the touch as the app stored it after a change. */
  onSaved: (t: Touch) => void;
  /** The calls that change it. */
  save: {
    saveNote: (id: string, note: string) => Promise<Touch>;
    markDone: (id: string) => Promise<Touch>;
  };
}

function TouchRow({touch, staff, onSaved, save}: TouchRowProps) {
  const [note, setNote] = useState(touch.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = touch.status === 'open' && !touch.archived;
  const assignee = touch.assignee
    ? (staff.find((s) => s.id === touch.assignee)?.name ?? 'Someone on the team')
    : 'Unassigned';
  const run = (action: () => Promise<Touch>) => {
    setBusy(true);
    setError(null);
    action()
      .then(onSaved, (e) => setError(describeError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <s-section heading={KIND_LABELS[touch.kind]}>
      <s-stack direction="block" gap="small-200">
        <s-stack direction="inline" gap="small-200">
          <s-badge
            tone={
              touch.status === 'done' ? 'success' : touch.status === 'open' ? 'info' : 'neutral'
            }
          >
            {STATUS_LABELS[touch.status]}
          </s-badge>
          {touch.manual && <s-badge>Given by hand</s-badge>}
          <s-text>{assignee}</s-text>
        </s-stack>
        {error && <s-banner tone="critical">{error}</s-banner>}
        {editable ? (
          <s-text-area
            label="Note"
            value={note}
            maxLength={2000}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        ) : (
          touch.note && <s-paragraph>{touch.note}</s-paragraph>
        )}
        {editable && (
          <s-stack direction="inline" gap="small-200">
            <s-button
              disabled={busy || note === (touch.note ?? '')}
              onClick={() => run(() => save.saveNote(touch.id, note))}
            >
              Save note
            </s-button>
            <s-button
              variant="primary"
              disabled={busy}
              onClick={() => run(() => save.markDone(touch.id))}
            >
              Mark done
            </s-button>
          </s-stack>
        )}
      </s-stack>
    </s-section>
  );
}
