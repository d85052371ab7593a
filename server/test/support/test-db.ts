import {randomBytes} from 'node:crypto';
import type {Connection} from 'mongoose';
import {connectDb} from '../../src/db/connect';
import {createModels, syncIndexes, type Models} from '../../src/db/models';
import {testDbUri} from './test-app';

/**
 * A fresh database of the test FerretDB with every model and index, for the file that calls
 * this (registers beforeAll/afterAll; dropped at the end). Read `.models` inside tests.
 */
export function useTestDb(prefix: string) {
  const db = {models: undefined as unknown as Models};
  let conn: Connection;
  beforeAll(async () => {
    conn = await connectDb(testDbUri(), `t_${prefix}_${randomBytes(4).toString('hex')}`);
    db.models = createModels(conn);
    await syncIndexes(db.models);
  });
  afterAll(async () => {
    await conn.dropDatabase();
    await conn.close();
  });
  return db;
}
