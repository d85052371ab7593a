import {useState} from 'react';
import {Banner, BlockStack, Checkbox, FormLayout, Modal, TextField} from '@shopify/polaris';
import {ApiError} from '../../api/client';
import {teamApi} from './api';
import {PhotoField, type PhotoChoice} from './PhotoField';
import {SignatureField} from './SignatureField';
import type {Signature, StaffInput, StaffProfile} from './types';

export interface StaffFormProps {
  /** The profile to edit, or null to add a new one. */
  staff: StaffProfile | null;
  onClose: () => void;
  /** After each save: the saved profile; `done` when the modal should close (photo included). */
  onSaved: (staff: StaffProfile, done: boolean) => void;
}

type Errors = Partial<Record<string, string>>;

const draftOf = (s: StaffProfile | null) => ({
  name: s?.name ?? '',
  role: s?.role ?? '',
  replyToEmail: s?.replyToEmail ?? '',
  capacity: String(s?.dailyCapacityMinutes ?? 30),
  active: s?.active ?? true,
  signature: (s?.signature ?? null) as Signature | null,
  weeklyDigest: s?.weeklyDigest ?? false,
});

const firstOf = (fields: Record<string, string[]> = {}): Errors =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0]]));

/** Add or edit a staff member in a modal: profile, photo and signature, saved together. */
export function StaffForm({staff, onClose, onSaved}: StaffFormProps) {
  // After the profile of a new person is saved, further saves edit it (e.g. retrying the photo).
  const [current, setCurrent] = useState(staff);
  const [draft, setDraft] = useState(() => draftOf(staff));
  const [photo, setPhoto] = useState<PhotoChoice>({file: null, removed: false});
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({...d, [key]: value}));

  const input = (): StaffInput => ({
    name: draft.name,
    role: draft.role.trim() || null,
    replyToEmail: draft.replyToEmail.trim() || null,
    dailyCapacityMinutes: draft.capacity.trim() === '' ? Number.NaN : Number(draft.capacity),
    active: draft.active,
    signature: draft.signature,
    weeklyDigest: draft.weeklyDigest,
  });

  const save = async () => {
    if (draft.signature?.type === 'drawn' && !draft.signature.svgPath) {
      setErrors({
        'signature.svgPath': 'Draw your signature on the pad, or choose another way to sign.',
      });
      setFailure('Check the highlighted fields and save again.');
      return;
    }
    setSaving(true);
    setFailure(null);
    let saved = current;
    try {
      saved = current ? await teamApi.update(current.id, input()) : await teamApi.create(input());
      setCurrent(saved);
      setErrors({});
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields : undefined;
      setErrors(firstOf(fields));
      setFailure(fields ? 'Check the highlighted fields and save again.' : (e as Error).message);
      setSaving(false);
      return;
    }
    try {
      if (photo.file) await teamApi.uploadPhoto(saved.id, photo.file);
      else if (photo.removed && saved.hasPhoto) await teamApi.removePhoto(saved.id);
      setPhoto({file: null, removed: false});
      onSaved(saved, true);
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields : undefined;
      setErrors({photo: fields?.photo?.[0] ?? (e as Error).message});
      setFailure(
        `${saved.name} was saved, but the photo was not. Choose another photo, or remove it, and save again.`,
      );
      onSaved(saved, false);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      onClose={onClose}
      title={current ? `Edit ${current.name}` : 'Add a staff member'}
      primaryAction={{content: 'Save', loading: saving, onAction: save}}
      secondaryActions={[{content: 'Cancel', onAction: onClose, disabled: saving}]}
    >
      <Modal.Section>
        <BlockStack gap="400">
          {failure ? (
            <Banner tone="critical" title="Not saved">
              {failure}
            </Banner>
          ) : null}
          {errors['(body)'] ? <Banner tone="critical">{errors['(body)']}</Banner> : null}
          <FormLayout>
            <FormLayout.Group>
              <TextField
                label="Name"
                autoComplete="off"
                autoFocus
                maxLength={80}
                value={draft.name}
                onChange={(v) => set('name', v)}
                error={errors.name}
                requiredIndicator
              />
              <TextField
                label="Role"
                autoComplete="off"
                maxLength={60}
                placeholder="e.g. Packing lead"
                helpText="Optional."
                value={draft.role}
                onChange={(v) => set('role', v)}
                error={errors.role}
              />
            </FormLayout.Group>
            <FormLayout.Group>
              <TextField
                label="Reply-to email"
                type="email"
                autoComplete="off"
                helpText="Replies to their personal emails go here. Optional."
                value={draft.replyToEmail}
                onChange={(v) => set('replyToEmail', v)}
                error={errors.replyToEmail}
              />
              <TextField
                label="Daily capacity"
                type="number"
                suffix="minutes a day"
                autoComplete="off"
                min={0}
                max={960}
                step={5}
                helpText="Time they can give to touches each day (up to 960)."
                value={draft.capacity}
                onChange={(v) => set('capacity', v)}
                error={errors.dailyCapacityMinutes}
              />
            </FormLayout.Group>
            <Checkbox
              label="Active"
              helpText="Inactive people get no new touches and keep their history."
              checked={draft.active}
              onChange={(v) => set('active', v)}
              error={errors.active}
            />
            <Checkbox
              label="Weekly digest email"
              helpText="Each Monday: what they did last week and which of their customers came back. Sent to the reply-to email above."
              checked={draft.weeklyDigest}
              onChange={(v) => set('weeklyDigest', v)}
              error={errors.weeklyDigest}
            />
            <PhotoField
              name={draft.name}
              currentUrl={current?.photoUrl ?? null}
              value={photo}
              onChange={(p) => (setPhoto(p), setErrors(({photo: _, ...rest}) => rest))}
              error={errors.photo}
            />
            <SignatureField
              value={draft.signature}
              onChange={(s) => set('signature', s)}
              name={draft.name}
              errors={errors}
            />
          </FormLayout>
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}
