import type {Models} from '../db/models';
import type {Logger} from '../logger';
import type {ShopsService} from '../shops';
import type {WorkingSet} from '../touches';

/** A merchant's customers come back within a year; after that the app forgets who they were. */
export const DEFAULT_RETENTION_DAYS = 365;

type Deps = {
  models: Models;
  shops: ShopsService;
  workingSet: WorkingSet;
  logger: Logger;
};

/**
 * The retention limit (docs/PRIVACY.md): in finished and archived records whose order is older
 * than the shop's `customerDataRetentionDays`, the customer's name, the notes and the ship-to city
 * are erased (the customer id, what was bought and the counts stay, so numbering and Insights hold).
 * Open touches keep theirs until they are finished. Also drops the email addresses older versions
 * stored with orders. Idempotent: each pass erases what has come due since the last.
 */
export function createRetention({models, shops, workingSet, logger}: Deps) {
  const {Shop, Touch, TouchArchive, OrderSequence, UncountedOrder, Email} = models;

  async function enforceShop(shop: string, now = new Date()) {
    const settings = await shops.ensureShop(shop);
    const days = settings.customerDataRetentionDays || DEFAULT_RETENTION_DAYS;
    const cutoff = new Date(now.getTime() - days * 86_400_000);
    const old = {shop, orderCreatedAt: {$lt: cutoff}};
    // Orders that still have open work keep their facts until it is finished.
    const open = await Touch.distinct('orderGid', {...old, status: 'open'});
    const finishedTouch = {...old, status: {$ne: 'open' as const}, orderGid: {$nin: open}};
    const named = {$or: [{customerName: {$ne: null}}, {note: {$ne: null}}]};
    const touches =
      (
        await Touch.updateMany(
          {...finishedTouch, ...named},
          {$set: {customerName: null, note: null}},
        )
      ).modifiedCount +
      (
        await TouchArchive.updateMany(
          {...finishedTouch, ...named},
          {$set: {customerName: null, note: null}},
        )
      ).modifiedCount;
    if (touches) await workingSet.changed(shop, null);
    const orders =
      (
        await OrderSequence.updateMany(
          {
            shop,
            'facts.orderCreatedAt': {$lt: cutoff},
            orderGid: {$nin: open},
            $or: [
              {'facts.customerName': {$ne: null}},
              {'facts.note': {$ne: null}},
              {'facts.shipCity': {$ne: null}},
            ],
          },
          {$set: {'facts.customerName': null, 'facts.note': null, 'facts.shipCity': null}},
        )
      ).modifiedCount +
      (
        await UncountedOrder.updateMany(
          {
            ...old,
            $or: [{customerName: {$ne: null}}, {note: {$ne: null}}, {shipCity: {$ne: null}}],
          },
          {$set: {customerName: null, note: null, shipCity: null}},
        )
      ).modifiedCount;
    // The words of personal emails sent that long ago (who wrote them and when stays).
    const emails = (
      await Email.updateMany(
        {shop, sentAt: {$lt: cutoff}, $or: [{subject: {$ne: null}}, {body: {$ne: null}}]},
        {$set: {subject: null, body: null}},
      )
    ).modifiedCount;
    return {touches, orders, emails};
  }

  /** Email addresses stored with orders before they were dropped (a one-way migration, cheap when done). */
  async function dropStoredEmails() {
    const seq = await OrderSequence.updateMany(
      {'facts.customerEmail': {$exists: true}},
      {$unset: {'facts.customerEmail': 1}},
      {strict: false},
    );
    const unc = await UncountedOrder.updateMany(
      {customerEmail: {$exists: true}},
      {$unset: {customerEmail: 1}},
      {strict: false},
    );
    return seq.modifiedCount + unc.modifiedCount;
  }

  /** Every installed shop, then the migration; logged as counts only. */
  async function enforce(now = new Date()) {
    const droppedEmails = await dropStoredEmails();
    const installed = await Shop.find({uninstalledAt: null}, {_id: 1}).lean();
    let erased = 0;
    for (const {_id: shop} of installed) {
      const n = await enforceShop(shop, now);
      erased += n.touches + n.orders + n.emails;
    }
    if (erased || droppedEmails)
      logger.info({shops: installed.length, erased, droppedEmails}, 'customer data retention');
    return {erased, droppedEmails};
  }

  return {enforce, enforceShop};
}

export type Retention = ReturnType<typeof createRetention>;
