import {Schema, type Connection, type Model} from 'mongoose';

/** Per shop: orders created before `since` have been reconciled (tiny, one document per shop). */
export interface ReconciliationCursorDoc {
  _id: string;
  since: Date;
  lastRunAt: Date | null;
  lastFound: number;
}

const schema = new Schema<ReconciliationCursorDoc>(
  {
    _id: {type: String, required: true},
    since: {type: Date, required: true},
    lastRunAt: {type: Date, default: null},
    lastFound: {type: Number, default: 0},
  },
  {versionKey: false},
);

export function defineReconciliationModel(conn: Connection): Model<ReconciliationCursorDoc> {
  return conn.model<ReconciliationCursorDoc>(
    'ReconciliationCursor',
    schema,
    'reconciliation_cursors',
  );
}
