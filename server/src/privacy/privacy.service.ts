import type {Models} from '../db/models';
import type {Logger} from '../logger';
import type {JobDoc, JobHandler} from '../jobs';
import type {CustomerCompliancePayload} from '../intake/compliance-payload';
import {customerGidOf, orderGidOf} from './handlers';
import type {WorkingSet} from '../touches';

type Deps = {
  models: Models;
  logger: Logger;
  deleteSessions: (shop: string) => Promise<void>;
  /** Drops per-process caches of the shop (numbering hints, known shops). */
  forgetShop: (shop: string) => void;
  workingSet: WorkingSet;
};

/** The privacy jobs: https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance */
export function createPrivacyJobs({
  models,
  logger,
  deleteSessions,
  forgetShop,
  workingSet,
}: Deps): Record<string, JobHandler> {
  const {UncountedOrder, OrderSequence, Touch, TouchArchive, CustomerMark, Job} = models;

  function scope(job: JobDoc) {
    const p = job.payload as CustomerCompliancePayload;
    const customerGid = customerGidOf(p.customer.id);
    const orderGids = (p.orders_requested ?? p.orders_to_redact ?? []).map(orderGidOf);
    return {p, customerGid, orderGids};
  }

  /** customers/data_request: everything held about the customer, as the job's result. */
  async function dataRequest(job: JobDoc) {
    const {customerGid, orderGids} = scope(job);
    const ofCustomer = {shop: job.shop, $or: [{customerGid}, {orderGid: {$in: orderGids}}]};
    const uncounted = await UncountedOrder.find(ofCustomer, {_id: 0, shop: 0}).lean();
    const counted = await OrderSequence.find({
      shop: job.shop,
      $or: [{'facts.customerGid': customerGid}, {orderGid: {$in: orderGids}}],
    }).lean();
    const orders = [...counted.map((s) => ({...s.facts, sequence: s.sequence})), ...uncounted];
    const touchFields = {_id: 0, shop: 0, dedupeKey: 0};
    const touches = [
      ...(await Touch.find(ofCustomer, touchFields).lean()),
      ...(await TouchArchive.find(ofCustomer, touchFields).lean()),
    ];
    const marks = await CustomerMark.find({shop: job.shop, customerGid}, {_id: 0, shop: 0}).lean();
    const emails = await models.Email.find({shop: job.shop, customerGid}, {_id: 0, shop: 0}).lean();
    logger.info(
      {shop: job.shop, orders: orders.length, touches: touches.length},
      'customer data request compiled',
    );
    return {
      customerGid,
      generatedAt: new Date().toISOString(),
      orders,
      touches,
      emails,
      customerHistory: marks,
    };
  }

  /** customers/redact: erase the customer's personal data everywhere, free text included. */
  async function customerRedact(job: JobDoc) {
    const {customerGid, orderGids} = scope(job);
    const shop = job.shop;
    const ofCustomer = {shop, $or: [{customerGid}, {orderGid: {$in: orderGids}}]};
    const erased = {
      customerName: null,
      customerTags: [],
      note: null,
      hasEmail: false,
      shipCity: null,
    };
    await UncountedOrder.updateMany(ofCustomer, {$set: erased});
    await OrderSequence.updateMany(
      {shop, $or: [{'facts.customerGid': customerGid}, {orderGid: {$in: orderGids}}]},
      {$set: Object.fromEntries(Object.entries(erased).map(([k, v]) => [`facts.${k}`, v]))},
    );
    for (const touches of [Touch, TouchArchive])
      await touches.updateMany(ofCustomer, {$set: {customerName: null, note: null}});
    await workingSet.changed(shop, null);
    // The personal emails written to them (subject and body), and any gift card code still kept.
    await models.Email.updateMany(
      {shop, customerGid},
      {$set: {subject: null, body: null, redactedAt: new Date()}},
    );
    await models.GiftCard.updateMany(
      {shop, customerGid},
      {$set: {sealedCode: null, customerGid: null, codeDroppedAt: new Date()}},
    );
    await Job.updateMany(
      {
        shop,
        type: 'privacy.data_request',
        'payload.customer.id': (job.payload as CustomerCompliancePayload).customer.id,
      },
      {$set: {payload: null, result: null}},
    );
    await Job.updateOne({_id: job._id}, {$set: {payload: {redacted: true}}});
    logger.info({shop}, 'customer redacted');
    return {redacted: true};
  }

  /** shop/redact: erase every document of the shop. */
  async function shopRedact(job: JobDoc) {
    const shop = job.shop;
    await deleteSessions(shop);
    for (const model of [
      UncountedOrder,
      OrderSequence,
      Touch,
      TouchArchive,
      models.Staff,
      models.StaffPhoto,
      CustomerMark,
      models.OrderCancellation,
      models.OrderFulfillment,
      models.OrderRefund,
      models.WebhookEvent,
      models.Rule,
      models.GiftCard,
      models.Email,
      models.GiftBudget,
    ]) {
      await (model as typeof UncountedOrder).deleteMany({shop});
    }
    for (const model of [
      models.Shop,
      models.ShopCounter,
      models.CadenceState,
      models.TouchVersion,
      models.HoldoutSeed,
    ])
      await (model as typeof models.Shop).deleteMany({_id: shop});
    await Job.deleteMany({shop, _id: {$ne: job._id}});
    workingSet.forget(shop);
    forgetShop(shop);
    logger.info({shop}, 'shop redacted');
    return {redacted: true};
  }

  return {
    'privacy.data_request': dataRequest,
    'privacy.customer_redact': customerRedact,
    'privacy.shop_redact': shopRedact,
  };
}
