import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {adminClient} from '../../shared/app-client';
import {
  describeError,
  GIVABLE_KINDS,
  KIND_LABELS,
  type StaffMember,
  type TouchKind,
} from '../../shared/human-touch-api';

declare const shopify: import('@shopify/ui-extensions/admin.order-details.action.render').Api;

export default async () => {
  render(<GiveTouch />, document.body);
};

function GiveTouch() {
  const client = adminClient(shopify.auth);
  const orderId = shopify.data.selected[0]?.id ?? '';
  const [kind, setKind] = useState<TouchKind>('sticker_note');
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.activeStaff().then(setStaff, () => setStaff([]));
  }, []);
  const give = () => {
    setBusy(true);
    setError(null);
    client
      .giveTouch({orderId, kind, assignee: assignee || null, note})
      .then(
        () => shopify.close(),
        (e) => setError(describeError(e)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <s-admin-action heading="Give this order a human touch" loading={busy}>
      <s-stack direction="block" gap="base">
        {error && <s-banner tone="critical">{error}</s-banner>}
        <s-select
          label="Kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as TouchKind)}
        >
          {GIVABLE_KINDS.map((k) => (
            <s-option key={k} value={k}>
              {KIND_LABELS[k]}
            </s-option>
          ))}
        </s-select>
        <s-select
          label="Assignee"
          value={assignee}
          onChange={(e) => setAssignee(e.currentTarget.value)}
        >
          <s-option value="">Unassigned</s-option>
          {staff.map((s) => (
            <s-option key={s.id} value={s.id}>
              {s.name}
            </s-option>
          ))}
        </s-select>
        <s-text-area
          label="Note (optional)"
          value={note}
          maxLength={2000}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </s-stack>
      <s-button slot="primary-action" variant="primary" disabled={busy || !orderId} onClick={give}>
        Give the touch
      </s-button>
      <s-button slot="secondary-actions" onClick={() => shopify.close()}>
        Cancel
      </s-button>
    </s-admin-action>
  );
}
