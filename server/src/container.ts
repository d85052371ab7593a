import {randomUUID} from 'node:crypto';
import type {Connection} from 'mongoose';
import type {Config} from './config';
import type {Logger} from './logger';
import {createMetrics} from './metrics';
import {createModels} from './db/models';
import {createShopify} from './shopify';
import {createShopsService, type ShopSettings} from './shops';
import {createNumbering, createCadenceRunner, createCadenceFeed} from './counting';
import {
  archiveFinishedTouches,
  createTouchWriter,
  createWorkingSet,
  type StaffCapacity,
} from './touches';
import {createJobQueue, createWorker, periodicSweep} from './jobs';
import {createIntakeService} from './intake';
import {orderKey} from './intake/order.model';
import {createDataRequests, createPrivacyJobs, createRetention} from './privacy';
import {createInstallations, createOfflineSessions} from './installations';
import {createAdminApi, NotInstalledError} from './admin-api';
import {createReconciliation, createShippedCheck, scheduleReconciliation} from './reconciliation';
import {routeShopifyToLocal} from './shopify-local';
import {createInsights, createTouchExport} from './insights';
import {createTransport} from 'nodemailer';
import {
  createGiftBudget,
  createGiftCardIssuer,
  createGiftCodes,
  createSecretBox,
  toGiftCardJson,
} from './gifts';
import type {TouchExtras} from './touches/touches.routes';
import {createEmails} from './email';
import {followUps} from './insights/follow-up';
import {createTeamDigest} from './staff/digest';
import {createStaffCapacity} from './staff';
import {createShopInfo} from './shops/shop-info';
import {
  createLinkSigner,
  createPrintLinks,
  createPrintService,
  createWriteList,
  createStickerPrinter,
} from './print';

export interface ContainerDeps {
  config: Config;
  logger: Logger;
  conn: Connection;
  /** Identifies this process in leases (defaults to a random id). */
  instanceId?: string;
  /** Settings new shops start with, over the defaults (tests). */
  newShopSettings?: Partial<ShopSettings>;
}

/** Composition root: every service built once, explicitly, from config + connection. */
export function createContainer({
  config,
  logger,
  conn,
  instanceId = randomUUID(),
  newShopSettings,
}: ContainerDeps) {
  if (config.SHOPIFY_LOCAL_ORIGIN) routeShopifyToLocal(config.SHOPIFY_LOCAL_ORIGIN);
  const metrics = createMetrics();
  const models = createModels(conn);
  const shopify = createShopify({config, logger, dbName: conn.db!.databaseName});
  const shops = createShopsService({models, newShopSettings});
  const feed = createCadenceFeed();
  const numbering = createNumbering({models, feed});
  const workingSet = createWorkingSet({models});
  const touches = createTouchWriter({
    models,
    metrics,
    workingSet,
    isShipped: async (shop, orderGid) =>
      Boolean(await models.OrderFulfillment.exists({_id: orderKey(shop, orderGid)})),
  });
  const cadence = createCadenceRunner({models, touches, feed, logger, instanceId});
  const jobs = createJobQueue(models, instanceId);
  const installations = createInstallations({shopify, shops, logger});
  const deleteSessions = async (shop: string) => {
    installations.forget(shop);
    const sessions = await shopify.sessionStorage.findSessionsByShop(shop);
    if (sessions.length) await shopify.sessionStorage.deleteSessions(sessions.map((s) => s.id));
  };
  const forgetShop = (shop: string) => {
    shops.forget(shop);
    numbering.forgetShop(shop);
    feed.forgetShop(shop);
  };
  const intakeDeps = {
    models,
    logger,
    metrics,
    shops,
    numbering,
    cadence,
    touches,
    jobs,
    deleteSessions,
  };
  const intake = createIntakeService(intakeDeps);
  const adminApi = createAdminApi({
    shopify,
    logger,
    sessions: createOfflineSessions({shopify, logger}),
    onTokenRejected: async (shop) => {
      installations.forget(shop);
      await shopify.sessionStorage.deleteSession(shopify.api.session.getOfflineId(shop));
    },
  });
  const reconciliation = createReconciliation({models, adminApi, intake: intakeDeps, logger});
  const shippedCheck = createShippedCheck({adminApi, workingSet, intake: intakeDeps});
  const box = createSecretBox(config.ENCRYPTION_KEY);
  const shopInfo = createShopInfo(adminApi);
  const giftCodes = createGiftCodes({models, box});
  const giftBudget = createGiftBudget(models.GiftBudget);
  const giftCards = createGiftCardIssuer({
    models,
    workingSet,
    shops,
    adminApi,
    budget: giftBudget,
    box,
    shopCurrency: shopInfo.currency,
  });
  const emailTransport = createTransport(config.SMTP_URL);
  const fromAddress =
    config.MAIL_FROM_ADDRESS ?? `no-reply@${new URL(config.SHOPIFY_APP_URL).hostname}`;
  const emails = createEmails({
    models,
    workingSet,
    shops,
    adminApi,
    jobs,
    codes: giftCodes,
    logger,
    shopName: shopInfo.name,
    transport: emailTransport,
    fromAddress,
  });
  const teamDigest = createTeamDigest({
    models,
    shops,
    jobs,
    logger,
    shopName: shopInfo.name,
    transport: emailTransport,
    fromAddress,
  });
  const touchExtras: TouchExtras = {
    async detail(shop, touch, archived) {
      const card = await models.GiftCard.findById(String(touch._id)).lean();
      return {
        giftCard:
          card && card.shop === shop && card.state === 'issued' ? toGiftCardJson(card) : null,
        ...(await emails.detail(shop, touch, archived)),
        // What followed a carried-out touch (issue 22): did the customer order again, and when.
        followUp:
          touch.status === 'done' && touch.doneAt && touch.kind !== 'answer_question'
            ? ((await followUps(models, shop, [{...touch, doneAt: touch.doneAt}]))[0] ?? null)
            : null,
      };
    },
    finished: async (shop, touch) =>
      void (await giftCodes.dropIfFinished(shop, String(touch._id), touch.status)),
  };
  const retention = createRetention({models, shops, workingSet, logger});
  const worker = createWorker({
    queue: jobs,
    handlers: {
      ...createPrivacyJobs({models, logger, deleteSessions, forgetShop, workingSet}),
      // Missed orders, then box touches of orders that shipped without a webhook reaching us.
      'reconcile.shop': (job) =>
        reconciliation
          .reconcileShop(job.shop)
          .then(async (orders) => ({...orders, shipped: await shippedCheck.checkShop(job.shop)}))
          .catch((error) => {
            // No usable token: nothing to retry until someone opens the app (token exchange).
            if (error instanceof NotInstalledError) return {skipped: 'not_installed'};
            throw error;
          }),
      'email.send': (job) => emails.sendJob(job),
      'team.digest': (job) => teamDigest.sendJob(job),
    },
    logger,
    metrics,
    // Every 2 s: shops behind their counter hint; every minute: every shop, and reconciliation;
    // every hour: finished touches move to the history, spent codes and old budgets go.
    sweep: periodicSweep({
      everyTick: (fullPass) => cadence.sweep(fullPass),
      everyMinute: [() => scheduleReconciliation(models, jobs)],
      everyHour: [
        () => archiveFinishedTouches({models, workingSet}),
        () => teamDigest.schedule(),
        () => retention.enforce(),
        () => giftCodes.sweep(),
        () => giftBudget.prune(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)),
      ],
    }),
  });
  const staffCapacity: StaffCapacity = createStaffCapacity(models.Staff);
  const printer = createStickerPrinter();
  const print = createPrintService({models, workingSet, shops, printer});
  const printLinks = createPrintLinks({
    signer: createLinkSigner(config.SHOPIFY_API_SECRET),
    shops,
    print,
    appUrl: config.SHOPIFY_APP_URL,
  });
  return {
    config,
    logger,
    conn,
    metrics,
    models,
    workingSet,
    staffCapacity,
    shopify,
    shops,
    shopInfo,
    installations,
    adminApi,
    reconciliation,
    shippedCheck,
    numbering,
    touches,
    cadence,
    jobs,
    intake,
    worker,
    instanceId,
    printer,
    print,
    printLinks,
    writeList: createWriteList({models, workingSet}),
    giftCards,
    giftBudget,
    giftCodes,
    emails,
    teamDigest,
    retention,
    dataRequests: createDataRequests({models}),
    touchExtras,
    insights: createInsights({models, shops}),
    touchExport: createTouchExport({models, shops}),
  };
}

export type Container = ReturnType<typeof createContainer>;
