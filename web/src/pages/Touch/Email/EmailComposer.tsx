import {useEffect, useId, useMemo, useRef, useState} from 'react';
import {Banner, BlockStack, Button, Checkbox, InlineStack, Text, TextField} from '@shopify/polaris';
import type {EmailCheck, GiftCard, TouchEmail} from '../../../api/types';
import {PROMPTS} from '@human-touch/contract';
import {beHumanCheck} from '@human-touch/contract';
import {touchApi} from '../api';
import {formatMoney} from '../GiftCard/format';
import {HumanCheckBanner} from '../HumanCheckBanner';
import {StarterPrompts} from '../StarterPrompts';
import {sendBlocker} from './blockers';
import {sendProblem, type SendProblem} from './errors';
import {EmailPreviewModal} from './EmailPreviewModal';
import {SendEmailModal} from './SendEmailModal';
import {useEmailDraft} from './useEmailDraft';
import {useEmailPreview} from './useEmailPreview';

export interface EmailComposerProps {
  touchId: string;
  /** A failed earlier attempt, if any (a queued or sent email hides the composer). */
  email: TouchEmail | null;
  emailCheck: EmailCheck;
  giftCard: GiftCard | null;
  customerName: string | null;
  /** Notes already written (the customer's and the shop's latest), for the be-human check. */
  earlierNotes: string[];
  onQueued: (email: TouchEmail) => void;
  onStale: () => void;
  /** A reply to the customer's question: no gift card, the answer's own prompts. */
  reply?: boolean;
}

/** The writer's own email: subject, body, the gift certificate if issued; preview, then send. */
export function EmailComposer({
  touchId,
  email,
  emailCheck,
  giftCard,
  customerName,
  earlierNotes,
  onQueued,
  onStale,
  reply = false,
}: EmailComposerProps) {
  const PROMPT_LIST = useMemo(
    () => PROMPTS[reply ? 'answer_question' : 'personal_email'] ?? [],
    [reply],
  );
  const giftCardUsable = !reply && Boolean(giftCard?.codeKept);
  const {draft, change} = useEmailDraft(touchId, {includeGiftCard: giftCardUsable});
  const preview = useEmailPreview(touchId);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const blockerId = useId();

  // A card issued while writing goes in by default; the writer can still leave it out.
  const hadCard = useRef(giftCardUsable);
  useEffect(() => {
    if (giftCardUsable && !hadCard.current) change({includeGiftCard: true});
    hadCard.current = giftCardUsable;
  }, [giftCardUsable, change]);

  const outgoing = {
    subject: draft.subject,
    body: draft.body,
    includeGiftCard: draft.includeGiftCard && giftCardUsable,
  };
  // Answers to the same question are alike by nature: only the prompt is checked (as the server does).
  const check = useMemo(
    () => beHumanCheck(draft.body, PROMPT_LIST, reply ? [] : earlierNotes),
    [draft.body, earlierNotes, reply, PROMPT_LIST],
  );
  const blocker = sendBlocker({draft: outgoing, email, emailCheck, check, giftCardUsable});
  const fields = problem?.fields ?? preview.problem?.fields ?? {};

  const send = async () => {
    setSending(true);
    try {
      const queued = await touchApi.sendEmail(touchId, outgoing);
      setProblem(null);
      onQueued(queued);
    } catch (e) {
      const found = sendProblem(e);
      setProblem(found);
      if (found.stale) onStale();
    } finally {
      setSending(false);
      setConfirming(false);
    }
  };

  return (
    <BlockStack gap="300">
      {problem ? (
        <Banner tone="critical" title={problem.title} onDismiss={() => setProblem(null)}>
          <Text as="p">{problem.message}</Text>
        </Banner>
      ) : null}
      <TextField
        label="Subject"
        value={draft.subject}
        onChange={(subject) => change({subject})}
        maxLength={200}
        autoComplete="off"
        error={fields.subject}
      />
      <TextField
        label={reply ? 'Your answer' : 'Your email'}
        value={draft.body}
        onChange={(body) => change({body})}
        multiline={8}
        maxLength={5000}
        showCharacterCount
        autoComplete="off"
        error={fields.body}
        helpText={
          reply
            ? 'Answer their question first, plainly. It goes out under your name, and their reply comes to you.'
            : 'Write it as you’d say it; it goes out under your name with your photo, and replies come to you.'
        }
      />
      <HumanCheckBanner check={check} />
      <StarterPrompts
        prompts={PROMPT_LIST}
        onPick={(p) => change({body: draft.body ? `${draft.body} ${p}` : p})}
      />
      {reply ? null : (
        <Checkbox
          label="Include the gift certificate"
          checked={outgoing.includeGiftCard}
          disabled={!giftCardUsable}
          onChange={(includeGiftCard) => change({includeGiftCard})}
          error={fields.includeGiftCard}
          helpText={
            giftCard && giftCardUsable
              ? `The ${formatMoney(giftCard.amount, giftCard.currency)} card and its full code go in the email.`
              : giftCard
                ? 'Its full code is no longer held (it was already emailed or printed), so it can’t go in an email.'
                : 'Issue a gift certificate (below) to include it.'
          }
        />
      )}
      <InlineStack gap="200" align="end" blockAlign="center">
        <Button
          onClick={() => preview.show(outgoing)}
          disabled={!draft.subject.trim() || !draft.body.trim()}
        >
          Preview
        </Button>
        <Button
          variant="primary"
          disabled={blocker !== null}
          ariaDescribedBy={blocker ? blockerId : undefined}
          onClick={() => setConfirming(true)}
        >
          {reply ? 'Send answer' : 'Send email'}
        </Button>
      </InlineStack>
      {blocker ? (
        <Text
          as="p"
          id={blockerId}
          tone="subdued"
          alignment="end"
        >{`Can’t send yet: ${blocker}`}</Text>
      ) : null}
      <EmailPreviewModal
        open={preview.open}
        preview={preview.preview}
        error={preview.problem ? `${preview.problem.title}. ${preview.problem.message}` : null}
        onClose={preview.close}
      />
      <SendEmailModal
        open={confirming}
        subject={draft.subject}
        customerName={customerName}
        giftLine={
          outgoing.includeGiftCard && giftCard
            ? `The ${formatMoney(giftCard.amount, giftCard.currency)} gift certificate is in it, with its full code.`
            : null
        }
        sending={sending}
        onCancel={() => setConfirming(false)}
        onConfirm={send}
      />
    </BlockStack>
  );
}
