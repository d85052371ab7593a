import {z} from 'zod';
import type {Transporter} from 'nodemailer';
import {AppError, NotFoundError, ValidationError} from '../errors';
import type {TouchKind} from '../cadence/types';
import {CUSTOMER_EMAIL, NotInstalledError, type AdminApi} from '../admin-api';
import type {Models} from '../db/models';
import type {JobQueue} from '../jobs';
import type {JobDoc} from '../jobs/job.model';
import type {Logger} from '../logger';
import type {ShopsService} from '../shops';
import {createPhotoService} from '../staff/photo.service';
import type {StaffDoc} from '../staff/staff.model';
import {findTouch} from '../touches/archive';
import {parseTouchId, patchTouch} from '../touches/edit';
import type {WorkingSet} from '../touches/working-set';
import type {TouchDoc} from '../touches/touch.model';
import {sequenceKey} from '../counting/counting.model';
import type {GiftCodes} from '../gifts/codes';
import {beHumanCheck, PROMPTS} from '@human-touch/contract';
import {displayFrom, htmlPart, PHOTO_CID, textPart, type EmailContent} from './compose';
import type {EmailDoc} from './email.model';

export const emailInputSchema = z.strictObject({
  subject: z.string().trim().min(1, 'a subject').max(200),
  body: z.string().trim().min(1, 'a few words of your own').max(5000),
  includeGiftCard: z.boolean().default(false),
});
export type EmailInput = z.infer<typeof emailInputSchema>;

/** Temporary SMTP failures are retried with backoff this many times in all (about 8 minutes). */
const MAX_SEND_ATTEMPTS = 10;

type Deps = {
  models: Models;
  workingSet: WorkingSet;
  shops: ShopsService;
  adminApi: AdminApi;
  jobs: JobQueue;
  codes: GiftCodes;
  transport: Transporter;
  logger: Logger;
  fromAddress: string;
  shopName: (shop: string) => Promise<string>;
};

export class EmailError extends AppError {}

/** The kinds written and sent as an email: the personal email, and the reply to a question. */
const isEmailKind = (kind: TouchKind) => kind === 'personal_email' || kind === 'answer_question';

/** A failure that retrying will not fix: the touch is marked with the reason. */
class PermanentSendError extends Error {}

export const toEmailJson = (e: EmailDoc) => ({
  state: e.state,
  subject: e.subject ?? '',
  includeGiftCard: e.includeGiftCard,
  queuedAt: e.queuedAt.toISOString(),
  sentAt: e.sentAt?.toISOString() ?? null,
  failedReason: e.failedReason,
  attempts: e.attempts,
  sentBy: e.staffId,
});

/**
 * Personal email (docs/PRODUCT.md "Personal email"): written by the assigned person, sent as them over SMTP by a durable
 * job. At most one email per touch: the record's key is the touch, and a send interrupted after it
 * may have reached the SMTP server is never repeated automatically.
 */
export function createEmails(deps: Deps) {
  const {models, workingSet, shops, adminApi, jobs, codes, transport, logger} = deps;
  const {Email} = models;
  const photos = createPhotoService({models});

  /** What the panel needs to know before offering Send: null when it can be sent. */
  async function whyNot(shop: string, touch: TouchDoc, archived: boolean): Promise<string | null> {
    if (!isEmailKind(touch.kind)) return 'This kind of touch is not sent by email';
    if (archived) return 'This touch is in the history';
    if (touch.status === 'held_out') return 'A held-out touch is not carried out';
    const reply = touch.kind === 'answer_question';
    if (reply && touch.status === 'done') return 'The question was already answered';
    if (!touch.assignee)
      return 'Assign the touch to the person writing the email: it is sent as them';
    const writer = await models.Staff.findOne({_id: touch.assignee, shop})
      .lean<StaffDoc>()
      .catch(() => null);
    if (!writer)
      return 'The assignee is no longer on the team; assign the person writing the email';
    if (!touch.customerGid) return 'This order has no customer to write to';
    const facts =
      touch.sequence !== null
        ? (await models.OrderSequence.findById(sequenceKey(shop, touch.sequence)).lean())?.facts
        : null;
    if (facts && !facts.hasEmail) return 'The customer has no email address';
    const settings = await shops.ensureShop(shop);
    // A reply to the customer's own question is not marketing: their consent to it is the question.
    if (!reply && settings.requireEmailConsent && facts && !facts.acceptsMarketing)
      return 'The customer has not agreed to receive emails (Settings: only email customers who consented)';
    return null;
  }

  async function load(shop: string, touchId: string) {
    const found = await findTouch({models, workingSet}, shop, parseTouchId(touchId));
    if (!found) throw new NotFoundError('No such touch');
    return found;
  }

  async function content(
    shop: string,
    touch: TouchDoc,
    input: EmailInput,
    gift: 'masked' | 'real',
  ): Promise<{c: EmailContent; writer: StaffDoc; replyTo: string | null}> {
    const writer = await models.Staff.findOne({_id: touch.assignee, shop}).lean<StaffDoc>();
    if (!writer) throw new EmailError(422, 'cannot_email', 'The assignee is no longer on the team');
    const settings = await shops.ensureShop(shop);
    const shopName = settings.senderName ?? (await deps.shopName(shop));
    const photo = writer.photo
      ? await photos
          .get(shop, String(writer._id))
          .then((p) => ({contentType: p.contentType, data: p.bytes}))
          .catch(() => null)
      : null;
    let giftBlock: EmailContent['gift'] = null;
    if (input.includeGiftCard) {
      const held = await codes.read(shop, String(touch._id));
      if (!held)
        throw new EmailError(
          422,
          'needs_gift_card',
          'Issue the gift card first, or leave it out of the email',
        );
      if (gift === 'real' && !held.code)
        throw new PermanentSendError(
          'The gift card code is no longer kept (the touch was finished); send without it',
        );
      giftBlock = {
        amount: held.card.amount,
        currency: held.card.currency,
        expiresOn: held.card.expiresOn,
        code: gift === 'real' ? held.code! : `••••••••••••${held.card.lastCharacters}`,
      };
    }
    return {
      c: {
        subject: input.subject,
        body: input.body,
        writer: {name: writer.name, role: writer.role},
        shopName,
        photo,
        gift: giftBlock,
      },
      writer,
      replyTo: writer.replyToEmail ?? settings.senderReplyTo ?? null,
    };
  }

  /** The email as the customer will see it, with the gift code masked. */
  async function preview(shop: string, touchId: string, input: EmailInput) {
    const {touch} = await load(shop, touchId);
    if (!touch.assignee)
      throw new EmailError(
        422,
        'cannot_email',
        'Assign the touch to the person writing the email: it is sent as them',
      );
    const {c, replyTo} = await content(shop, touch, input, 'masked');
    const photoSrc = c.photo
      ? `data:${c.photo.contentType};base64,${c.photo.data.toString('base64')}`
      : undefined;
    return {
      from: displayFrom(c.writer.name, c.shopName),
      replyTo,
      subject: c.subject,
      text: textPart(c),
      html: htmlPart(c, photoSrc),
    };
  }

  /** Queues the email (202): checks what can be checked now; consent is checked again when it is sent. */
  async function queue(shop: string, touchId: string, input: EmailInput, userId: string | null) {
    const {touch, archived} = await load(shop, touchId);
    const reply = touch.kind === 'answer_question';
    if (reply && input.includeGiftCard)
      throw new ValidationError('A reply to a question carries no gift card', {
        includeGiftCard: ['an answer is an answer, not an offer: leave the gift card out'],
      });
    const reason = await whyNot(shop, touch, archived);
    if (reason) throw new EmailError(422, 'cannot_email', reason);
    // Answers to the same question are alike by nature ("yes, we gift wrap"): only the starter
    // prompt is checked for them; a personal email must not read like any earlier note either.
    const earlier = reply
      ? []
      : (await workingSet.read(shop))
          .filter((t) => t.note && !t._id.equals(touch._id))
          .map((t) => t.note!);
    const check = beHumanCheck(input.body, PROMPTS[touch.kind] ?? [], earlier);
    if (check.closestTo) {
      throw new EmailError(
        422,
        'not_human',
        `This reads as a copy of ${check.closestTo === 'prompt' ? 'the starter prompt' : 'an earlier note'}; write it in your own words`,
      );
    }
    if (input.includeGiftCard && !(await codes.read(shop, touchId)))
      throw new EmailError(
        422,
        'needs_gift_card',
        'Issue the gift card first, or leave it out of the email',
      );
    const id = String(touch._id);
    const existing = await Email.findById(id).lean<EmailDoc>();
    if (existing && existing.state !== 'failed')
      throw new EmailError(
        409,
        'email_exists',
        existing.state === 'sent'
          ? 'The email for this touch was already sent'
          : 'The email for this touch is already on its way',
      );
    const doc: EmailDoc = {
      _id: id,
      shop,
      customerGid: touch.customerGid,
      staffId: touch.assignee!,
      subject: input.subject,
      body: input.body,
      includeGiftCard: input.includeGiftCard,
      state: 'queued',
      round: (existing?.round ?? 0) + 1,
      attempts: 0,
      queuedAt: new Date(),
      sentAt: null,
      failedReason: null,
      lastError: null,
      requestedBy: userId,
      redactedAt: null,
    };
    if (existing) {
      // Only a failed email is replaced, and only by one request: the filter names the round it replaces.
      const replaced = await Email.findOneAndReplace(
        {_id: id, state: 'failed', round: existing.round},
        doc,
        {returnDocument: 'after'},
      ).lean();
      if (!replaced)
        throw new EmailError(409, 'email_exists', 'The email for this touch is already on its way');
    } else {
      try {
        await Email.create(doc);
      } catch (error) {
        if ((error as {code?: number}).code === 11000)
          throw new EmailError(
            409,
            'email_exists',
            'The email for this touch is already on its way',
          );
        throw error;
      }
    }
    await jobs.enqueue({
      shop,
      type: 'email.send',
      uniqueKey: `email:${id}:${doc.round}`,
      payload: {touchId: id, round: doc.round},
      maxAttempts: MAX_SEND_ATTEMPTS,
    });
    return {email: toEmailJson(doc)};
  }

  /** The job: sends once, retries temporary failures, records permanent ones on the touch's email. */
  async function sendJob(job: JobDoc): Promise<unknown> {
    const {touchId, round} = job.payload as {touchId: string; round: number};
    const email = await Email.findById(touchId).lean<EmailDoc>();
    if (!email || email.round !== round || email.state === 'sent' || email.state === 'failed')
      return {skipped: email?.state ?? 'gone'};
    if (email.state === 'sending') {
      // The process died during a send: the message may have left. Never risk a second one.
      await fail(
        email,
        'Sending was interrupted, so it is not known whether the email left; check with the customer before sending again',
      );
      return {failed: 'interrupted'};
    }
    const claimed = await Email.findOneAndUpdate(
      {_id: touchId, round, state: 'queued'},
      {$set: {state: 'sending'}, $inc: {attempts: 1}},
      {returnDocument: 'after'},
    ).lean<EmailDoc>();
    if (!claimed) return {skipped: 'not queued'};
    try {
      await deliver(claimed);
    } catch (error) {
      const permanent =
        error instanceof PermanentSendError ||
        error instanceof EmailError ||
        isPermanentSmtp(error);
      const reason = reasonOf(error);
      if (permanent || job.attempts >= job.maxAttempts) {
        await fail(
          claimed,
          permanent ? reason : `Gave up after ${job.attempts} attempts: ${reason}`,
        );
        return {failed: reason};
      }
      await Email.updateOne({_id: touchId, round}, {$set: {state: 'queued', lastError: reason}});
      throw new Error(reason); // the queue retries with backoff
    }
    await Email.updateOne(
      {_id: touchId, round},
      {$set: {state: 'sent', sentAt: new Date(), lastError: null}},
    );
    await finishTouch(claimed);
    return {sent: true};
  }

  async function deliver(email: EmailDoc): Promise<void> {
    const {touch} = await load(email.shop, email._id);
    const to = await recipient(email.shop, email.customerGid, touch.kind === 'answer_question');
    const {c, replyTo} = await content(
      email.shop,
      touch,
      {
        subject: email.subject ?? '',
        body: email.body ?? '',
        includeGiftCard: email.includeGiftCard,
      },
      'real',
    );
    await transport.sendMail({
      from: {name: displayFrom(c.writer.name, c.shopName), address: deps.fromAddress},
      ...(replyTo ? {replyTo} : {}),
      to,
      subject: c.subject,
      text: textPart(c),
      html: htmlPart(c),
      attachments: c.photo
        ? [
            {
              filename: `${c.writer.name}.${c.photo.contentType.split('/')[1]}`,
              content: c.photo.data,
              contentType: c.photo.contentType,
              cid: PHOTO_CID,
            },
          ]
        : [],
      messageId: `<touch-${email._id}.${email.round}@human-touch.app>`,
      headers: {'X-Human-Touch': `touch ${email._id}`},
    });
  }

  /**
   * The address and consent as they are now: the customer may have unsubscribed since the order.
   * A reply to their question needs no marketing consent, only an address that can receive mail.
   */
  async function recipient(
    shop: string,
    customerGid: string | null,
    reply: boolean,
  ): Promise<string> {
    if (!customerGid) throw new PermanentSendError('This order has no customer to write to');
    let customer;
    try {
      customer = (await adminApi.request(shop, CUSTOMER_EMAIL, {id: customerGid})).customer;
    } catch (error) {
      if (error instanceof NotInstalledError)
        throw new PermanentSendError(
          'The app is not installed on this shop any more (open it in Shopify admin, then send again)',
        );
      throw error;
    }
    const address = customer?.defaultEmailAddress;
    if (!customer || !address?.emailAddress)
      throw new PermanentSendError('The customer has no email address');
    if (reply) {
      if (['REDACTED', 'INVALID'].includes(address.marketingState as string))
        throw new PermanentSendError('The customer’s email address cannot receive mail; not sent');
      return address.emailAddress;
    }
    if (['UNSUBSCRIBED', 'REDACTED', 'INVALID'].includes(address.marketingState as string)) {
      throw new PermanentSendError(
        'The customer has unsubscribed from emails since the order; not sent',
      );
    }
    const settings = await shops.ensureShop(shop);
    if (settings.requireEmailConsent && address.marketingState !== 'SUBSCRIBED')
      throw new PermanentSendError('The customer has not agreed to receive emails; not sent');
    return address.emailAddress;
  }

  async function fail(email: EmailDoc, reason: string): Promise<void> {
    await Email.updateOne(
      {_id: email._id, round: email.round},
      {$set: {state: 'failed', failedReason: reason}},
    );
    logger.warn({shop: email.shop, touchId: email._id, reason}, 'personal email not sent');
    await codes.dropIfFinished(
      email.shop,
      email._id,
      (await findTouch({models, workingSet}, email.shop, parseTouchId(email._id)))?.touch.status ??
        'done',
    );
  }

  /**
   * A sent personal email is the touch done (by whoever pressed Send); then the gift code can go.
   * A sent reply is the question answered, the reply kept as the touch's note.
   */
  async function finishTouch(email: EmailDoc): Promise<void> {
    const found = await findTouch({models, workingSet}, email.shop, parseTouchId(email._id));
    let status = found?.touch.status ?? 'done';
    if (
      found &&
      !found.archived &&
      isEmailKind(found.touch.kind) &&
      found.touch.status === 'open'
    ) {
      const patch =
        found.touch.kind === 'answer_question'
          ? {stage: 'answered' as const, note: email.body ?? found.touch.note}
          : {stage: 'sent' as const};
      status = (
        await patchTouch({models, workingSet}, email.shop, email._id, patch, email.requestedBy)
      ).status;
    }
    await codes.dropIfFinished(email.shop, email._id, status);
  }

  async function detail(shop: string, touch: TouchDoc, archived: boolean) {
    const email = await Email.findById(String(touch._id)).lean<EmailDoc>();
    const reason = await whyNot(shop, touch, archived);
    return {
      email: email && email.shop === shop ? toEmailJson(email) : null,
      emailCheck: {canSend: reason === null, reason},
    };
  }

  return {preview, queue, sendJob, detail};
}

export type Emails = ReturnType<typeof createEmails>;

function isPermanentSmtp(error: unknown): boolean {
  const code = (error as {responseCode?: number}).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function reasonOf(error: unknown): string {
  const e = error as {responseCode?: number; response?: string; message?: string};
  if (error instanceof PermanentSendError || error instanceof EmailError) return e.message!;
  if (e.responseCode) return `the mail server answered ${e.response ?? e.responseCode}`;
  return e.message ?? String(error);
}
