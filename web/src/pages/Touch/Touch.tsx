import {FollowUpCard} from './FollowUpCard';
import {useEffect, useMemo, useState} from 'react';
import {
  Banner,
  BlockStack,
  Layout,
  Page,
  Select,
  SkeletonBodyText,
  Card,
  InlineStack,
  Button,
} from '@shopify/polaris';
import {MANUAL_SKIP_REASONS} from '../../api/types';
import {KIND_LABELS, TouchStatusBadge} from '../../components/TouchKindBadge';
import {useStaff} from '../../hooks/useStaff';
import {openTouch} from '../../router';
import {ContextCard} from './ContextCard';
import {EmailCard} from './Email';
import {GiftCardCard} from './GiftCard';
import {HandwritingPreview} from './HandwritingPreview';
import {NoteEditor} from './NoteEditor';
import {PROMPTS} from '@human-touch/contract';
import {useTouch, type TouchDetail} from './useTouch';
import {useToast} from '../../components/AppBridge';
import {formatDateTime} from '../../lib/dates';
import {OutageBanner} from '../../components/OutageBanner';
import {QuestionCard} from './QuestionCard';
import {useNextTouch} from './useNextTouch';
import {useNoteFit} from './useNoteFit';

const SKIP_OPTIONS = [
  {label: 'Choose a reason', value: ''},
  ...Object.entries(MANUAL_SKIP_REASONS).map(([value, label]) => ({label, value})),
];

type NoteMode = {label: string; helpText: string; preview: boolean} | null;

/** Where the touch's words go, said as it is (the note box appears only where they go somewhere). */
function noteMode(t: TouchDetail['touch']): NoteMode {
  switch (t.kind) {
    case 'handwritten_card':
      return t.medium === 'print'
        ? {
            label: 'Your note',
            helpText: 'Printed on the card label in a handwriting font, with your signature.',
            preview: true,
          }
        : {
            label: 'Your draft',
            helpText:
              'Your draft: copy it by hand onto the card and sign it. It stays here; it is never printed or sent.',
            preview: false,
          };
    case 'sticker_note':
      return t.medium === 'pen'
        ? {
            label: 'Your draft',
            helpText:
              'Your draft: copy it by hand onto a sticky white label. The packer’s sticker says which box it goes on; these words are never printed.',
            preview: false,
          }
        : {
            label: 'Your note',
            helpText: 'Printed on the sticky label in a handwriting font, with your signature.',
            preview: true,
          };
    case 'phone_call':
      return {
        label: 'What was said',
        helpText: 'A record for the team; never sent or printed.',
        preview: false,
      };
    case 'gift_card':
      return {
        label: 'Notes for the team',
        helpText: 'Kept with the touch; never sent or printed.',
        preview: false,
      };
    case 'answer_question':
      return {
        label: 'Answered another way? Say how',
        helpText:
          'Phone, chat or in person: a line on what was said marks it answered. A reply sent by email is kept here by itself.',
        preview: false,
      };
    default:
      // Team photo and free gift: nothing written goes in the box; personal email has its composer.
      return null;
  }
}

export interface TouchPageProps {
  /** The touch to work. */
  id: string;
}

/** One task, everything needed to do it well. */
export function TouchPage({id}: TouchPageProps) {
  const {detail, error, saving, update, refresh, merge} = useTouch(id);
  const {staff, nameOf, personOf} = useStaff();
  const nextTouch = useNextTouch(id);
  const [note, setNote] = useState('');
  const [skipReason, setSkipReason] = useState('');
  // The list API gives cards and sticker notes their medium; only printed words are fitted to a label.
  const printedNote = detail?.touch.medium === 'print';
  const fit = useNoteFit(note, Boolean(printedNote) && detail?.touch.status !== 'held_out');
  const [toast, setToast] = useToast();
  useEffect(() => setNote(detail?.touch.note ?? ''), [detail?.touch.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const earlier = useMemo(
    () =>
      [
        ...(detail?.customer?.previousTouches ?? []).map((t) => t.note),
        ...(detail?.recentShopNotes ?? []),
      ].filter((n): n is string => Boolean(n)),
    [detail],
  );
  const back = {content: 'Today', onAction: () => openTouch(null)};

  if (!detail) {
    return (
      <Page title="Touch" backAction={back}>
        {error ? (
          <OutageBanner what="this touch" error={error} onRetry={() => void refresh()} />
        ) : (
          <Card>
            <SkeletonBodyText lines={8} />
          </Card>
        )}
      </Page>
    );
  }
  const t = detail.touch;
  // Who finished it: the name its last stage records, else the person behind the user id.
  const finisher = t.stages?.at(-1)?.by ?? (t.doneBy ? personOf(t.doneBy) : null);
  const writer = staff.find((s) => s.id === t.assignee) ?? null;
  const locked = Boolean(t.archived) || t.status === 'held_out';
  const isEmail = t.kind === 'personal_email';
  const isQuestion = t.kind === 'answer_question';
  const mode = t.status === 'held_out' ? null : noteMode(t);
  const finished = t.status === 'done' || t.status === 'skipped';
  // A box touch is prepared by the writer and stays open until the packer packs it (docs/STAGES.md).
  const isBox = ['team_photo', 'handwritten_card', 'free_gift', 'sticker_note'].includes(t.kind);
  const prepared = isBox && Boolean(t.stages?.some((s) => s.stage === 'prepared'));
  const customerName = detail.customer?.displayName ?? null;
  // Who finished it: the name recorded on its last stage, else the user the server knows.
  const save = async (patch: Record<string, unknown>, message: string) => {
    if (await update(patch)) setToast(message);
  };
  return (
    <Page
      title={`${KIND_LABELS[t.kind]} for ${t.orderName}`}
      titleMetadata={<TouchStatusBadge status={t.status} />}
      backAction={back}
      subtitle={
        t.status === 'done' && t.doneAt
          ? `Done ${formatDateTime(t.doneAt)}${finisher ? ` by ${finisher}` : ''}`
          : `Due ${formatDateTime(t.dueAt)}`
      }
      primaryAction={{
        content: isBox
          ? prepared
            ? 'Ready for the packer'
            : 'Mark prepared'
          : isQuestion
            ? 'Mark answered'
            : 'Mark done',
        disabled: t.status === 'done' || prepared || locked || (isQuestion && !note.trim()),
        loading: saving,
        onAction: () =>
          save(
            {note: note || null, status: 'done'},
            isBox
              ? 'Prepared: it waits in the packer’s queue'
              : isQuestion
                ? 'Marked answered'
                : 'Marked done',
          ),
      }}
      secondaryActions={[
        ...(finished || prepared
          ? [
              {
                content: nextTouch.none ? 'No open touch left' : 'Next touch',
                disabled: nextTouch.none,
                loading: nextTouch.loading,
                onAction: () => void nextTouch.next(),
              },
            ]
          : []),
        ...(isEmail || !mode
          ? []
          : [
              {
                content: 'Save note',
                disabled: saving || locked,
                onAction: () => save({note: note || null}, 'Note saved'),
              },
            ]),
        ...(t.status !== 'open' && !locked
          ? [
              {
                content: 'Reopen',
                disabled: saving,
                onAction: () => save({status: 'open'}, 'Reopened'),
              },
            ]
          : []),
      ]}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {error ? (
              <Banner tone="critical" title="That change was not saved">
                {error}
              </Banner>
            ) : null}
            {t.archived ? (
              <Banner tone="info" title="From the history">
                This touch was finished over a month ago; it is kept as a record and can no longer
                be changed.
              </Banner>
            ) : null}
            {t.status === 'held_out' ? (
              <Banner tone="info" title="Held out for the comparison">
                This customer is in the small group that gets no touch, so you can see what the
                touches do. Nothing to do here.
              </Banner>
            ) : null}
            {detail.questionWaiting && !isQuestion ? (
              <Banner
                tone="warning"
                title="A question is waiting"
                action={{
                  content: 'Answer it first',
                  onAction: () => openTouch(detail.questionWaiting!.id),
                }}
              >
                {detail.questionWaiting.question
                  ? `The customer asked: “${detail.questionWaiting.question}”`
                  : 'The customer asked something in their order note.'}
              </Banner>
            ) : null}
            {isQuestion ? (
              <QuestionCard
                question={detail.order?.note ?? null}
                orderId={t.orderId}
                orderName={t.orderName}
                customerName={customerName}
              />
            ) : null}
            {isEmail || isQuestion ? (
              <EmailCard
                touchId={t.id}
                email={detail.email}
                emailCheck={detail.emailCheck}
                giftCard={isQuestion ? null : detail.giftCard}
                customerName={customerName}
                writerName={writer?.name ?? null}
                earlierNotes={earlier}
                locked={locked || (isQuestion && t.status === 'done' && !detail.email)}
                nameOf={nameOf}
                onQueued={(email) => merge({email})}
                refresh={refresh}
                reply={isQuestion}
              />
            ) : null}
            {mode ? (
              <>
                <NoteEditor
                  value={note}
                  onChange={setNote}
                  prompts={PROMPTS[t.kind] ?? []}
                  earlierNotes={earlier}
                  label={mode.label}
                  helpText={mode.helpText}
                  disabled={locked}
                />
                {mode.preview && fit ? (
                  <Banner tone={fit.fits ? 'success' : 'warning'}>
                    {fit.fits
                      ? `Fits on this label (${fit.stock}, ${fit.fontSize} pt)`
                      : `Too long for this label (${fit.stock}): shorten it so it prints`}
                  </Banner>
                ) : null}
                {mode.preview ? <HandwritingPreview note={note} writer={writer} /> : null}
              </>
            ) : null}
            {t.status !== 'held_out' && !isQuestion && (!t.archived || detail.giftCard) ? (
              <GiftCardCard
                touchId={t.id}
                giftCard={detail.giftCard}
                ruleId={t.ruleId}
                currency={detail.order?.currency ?? null}
                customerName={customerName}
                locked={locked}
                personName={personOf}
                onIssued={(giftCard) => merge({giftCard})}
                onStale={() => void refresh()}
              />
            ) : null}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <ContextCard detail={detail} />
            {detail.followUp ? <FollowUpCard followUp={detail.followUp} /> : null}
            <Card>
              <BlockStack gap="200">
                <Select
                  label="Assigned to"
                  disabled={saving || locked}
                  options={[
                    {label: 'Unassigned', value: ''},
                    ...staff
                      .filter((s) => s.active || s.id === t.assignee)
                      .map((s) => ({label: s.name, value: s.id})),
                  ]}
                  value={t.assignee ?? ''}
                  onChange={(v) =>
                    save({assignee: v || null}, v ? `Assigned to ${nameOf(v)}` : 'Unassigned')
                  }
                  helpText={
                    staff.length === 0
                      ? 'Add your team on the Team page to assign touches.'
                      : 'The assignee signs the note.'
                  }
                />
              </BlockStack>
            </Card>
            {t.status === 'open' && !locked ? (
              <Card>
                <BlockStack gap="200">
                  <Select
                    label="Skip this touch"
                    disabled={locked}
                    options={SKIP_OPTIONS}
                    value={skipReason}
                    onChange={setSkipReason}
                  />
                  <InlineStack align="end">
                    <Button
                      tone="critical"
                      disabled={!skipReason || saving || locked}
                      onClick={() => save({status: 'skipped', skipReason}, 'Skipped')}
                    >
                      Skip
                    </Button>
                  </InlineStack>
                </BlockStack>
              </Card>
            ) : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
      {toast}
    </Page>
  );
}
