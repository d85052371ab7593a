import {Types} from 'mongoose';
import {AppError, ConflictError, NotFoundError} from '../errors';
import type {Models} from '../db/models';
import type {JobDoc} from '../jobs';
import type {CustomerCompliancePayload} from '../intake/compliance-payload';
import {customerGidOf, orderGidOf} from './handlers';

export const DATA_REQUEST_JOB = 'privacy.data_request';

export type DataRequestStatus = 'preparing' | 'ready' | 'failed' | 'redacted';

/** One `customers/data_request` as the merchant sees it (never the data itself). */
export interface DataRequestJson {
  id: string;
  customerId: string | null;
  /** Shopify's id of the request (what the customer asked through Shopify). */
  dataRequestId: string | null;
  ordersRequested: string[];
  receivedAt: string;
  status: DataRequestStatus;
  readyAt: string | null;
  downloadedAt: string | null;
  /** GET it (with the session token) for the JSON file of what the app holds. */
  download: string | null;
}

type Doc = JobDoc & {createdAt: Date; seenAt?: Date | null};

function statusOf(job: Doc): DataRequestStatus {
  if (job.payload === null || (job.payload as {redacted?: boolean})?.redacted) return 'redacted';
  if (job.status === 'done') return 'ready';
  if (job.status === 'failed') return 'failed';
  return 'preparing';
}

function toJson(job: Doc): DataRequestJson {
  const p = job.payload as Partial<CustomerCompliancePayload> | null;
  const status = statusOf(job);
  const id = String(job._id);
  return {
    id,
    customerId: p?.customer?.id ? customerGidOf(p.customer.id) : null,
    dataRequestId: p?.data_request?.id ?? null,
    ordersRequested: (p?.orders_requested ?? []).map(orderGidOf),
    receivedAt: job.createdAt.toISOString(),
    status,
    readyAt: status === 'ready' ? (job.finishedAt?.toISOString() ?? null) : null,
    downloadedAt: job.seenAt?.toISOString() ?? null,
    download: status === 'ready' ? `/api/privacy/requests/${id}/download` : null,
  };
}

/**
 * The shop's customers/data_request deliveries and what the privacy job compiled for each:
 * the merchant downloads it and sends it to the customer (Shopify gives 30 days).
 */
export function createDataRequests({models}: {models: Pick<Models, 'Job'>}) {
  const {Job} = models;

  async function list(shop: string, limit = 100) {
    const jobs = await Job.find({shop, type: DATA_REQUEST_JOB}, {result: 0})
      .sort({createdAt: -1, _id: -1})
      .limit(limit)
      .lean<Doc[]>();
    const requests = jobs.map(toJson);
    return {
      requests,
      /** Ready and not yet downloaded: what the panel tells the merchant about. */
      waiting: requests.filter((r) => r.status === 'ready' && !r.downloadedAt).length,
    };
  }

  /** The file for one request of the shop; marks it downloaded. */
  async function download(shop: string, id: string) {
    if (!/^[0-9a-f]{24}$/.test(id)) throw new NotFoundError('No such data request');
    const job = await Job.findOne({
      _id: new Types.ObjectId(id),
      shop,
      type: DATA_REQUEST_JOB,
    }).lean<Doc>();
    if (!job) throw new NotFoundError('No such data request');
    const status = statusOf(job);
    if (status === 'redacted')
      throw new AppError(
        410,
        'redacted',
        'The customer was erased since; nothing is held any more',
      );
    if (status !== 'ready')
      throw new ConflictError(
        status === 'failed'
          ? 'Compiling this request failed; it is retried automatically'
          : 'This request is still being prepared; try again in a minute',
      );
    await Job.updateOne({_id: job._id}, {$set: {seenAt: new Date()}});
    return {request: toJson(job), data: job.result};
  }

  return {list, download};
}

export type DataRequests = ReturnType<typeof createDataRequests>;
