import {Schema, type Connection, type Model, type Types} from 'mongoose';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A durable background job, leased by atomic update so several app instances can share the queue. */
export interface JobDoc {
  _id: Types.ObjectId;
  shop: string;
  type: string;
  /** Makes enqueueing idempotent (e.g. `webhook:<event id>`). */
  uniqueKey: string;
  payload: unknown;
  status: JobStatus;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string | null;
  result: unknown;
  finishedAt: Date | null;
  /** When a person took the result (a data request downloaded by the merchant). */
  seenAt?: Date | null;
}

const jobSchema = new Schema<JobDoc>(
  {
    shop: {type: String, required: true},
    type: {type: String, required: true},
    uniqueKey: {type: String, required: true},
    payload: {type: Schema.Types.Mixed},
    status: {type: String, enum: ['queued', 'running', 'done', 'failed'], required: true},
    runAt: {type: Date, required: true},
    attempts: {type: Number, default: 0},
    maxAttempts: {type: Number, default: 8},
    leaseOwner: {type: String, default: null},
    leaseUntil: {type: Date, default: null},
    lastError: {type: String, default: null},
    result: {type: Schema.Types.Mixed, default: null},
    finishedAt: {type: Date, default: null},
    seenAt: {type: Date, default: null},
  },
  {versionKey: false, timestamps: true, minimize: false},
);
jobSchema.index({uniqueKey: 1}, {unique: true});
jobSchema.index({status: 1, runAt: 1});
jobSchema.index({shop: 1, type: 1});

export type JobModel = Model<JobDoc>;

export function defineJobModel(conn: Connection): JobModel {
  return conn.model<JobDoc>('Job', jobSchema, 'jobs');
}
