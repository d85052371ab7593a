import mongoose, {type Connection} from 'mongoose';

/**
 * One connection per app (no global mongoose singleton), so tests can run apps against
 * separate databases. `autoIndex` builds the unique indexes the exactly-once design needs.
 * No command buffering: while the database is down an operation fails within
 * `serverSelectionTimeoutMS` and the webhook is answered 503 well inside Shopify's 5 s,
 * instead of hanging and then failing anyway.
 */
export async function connectDb(
  uri: string,
  dbName?: string,
  serverSelectionTimeoutMS = 3000,
): Promise<Connection> {
  const conn = mongoose.createConnection(uri, {
    dbName,
    autoIndex: true,
    bufferCommands: false,
    serverSelectionTimeoutMS,
    maxPoolSize: 20,
  });
  await conn.asPromise();
  return conn;
}

/** True when an error means "the database cannot be reached", as opposed to a bad request. */
export function isDbUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    /Mongo(ose)?(Network|ServerSelection|NotConnected|PoolClosed|TopologyClosed|NetworkTimeout)/.test(
      error.name,
    ) ||
    /ECONNREFUSED|ECONNRESET|connection .* closed|Client must be connected|disconnected/i.test(
      error.message,
    )
  );
}

/** True for a unique index violation (E11000), which the intake treats as "already recorded". */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as {code?: unknown}).code === 11000;
}
