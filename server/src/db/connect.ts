import mongoose, { type Connection } from 'mongoose';

/**
 * One connection per app (no global mongoose singleton), so tests can run apps against
 * separate databases. `autoIndex` builds the unique indexes the exactly-once design needs.
 */
export async function connectDb(uri: string, dbName?: string): Promise<Connection> {
  const conn = mongoose.createConnection(uri, {
    dbName,
    autoIndex: true,
    serverSelectionTimeoutMS: 5000,
    maxPoolSize: 20,
  });
  await conn.asPromise();
  return conn;
}

/** True when an error means "the database cannot be reached", as opposed to a bad request. */
export function isDbUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /MongoNetwork|MongoServerSelection|MongoNotConnected|MongoPoolClosed|MongoTopologyClosed/.test(
    error.name,
  ) || /ECONNREFUSED|connection .* closed|Client must be connected/.test(error.message);
}

/** True for a unique index violation (E11000), which the intake treats as "already recorded". */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
