import type {Model, UpdateQuery} from 'mongoose';
import {isDuplicateKey} from './connect';

/**
 * An upsert that tolerates a concurrent upsert of the same key: two racing inserts of a
 * unique key make one fail with E11000 (MongoDB retries some of these itself, FerretDB does
 * not), and the retry then finds the document and updates it.
 */
export async function upsertOne<T>(
  model: Model<T>,
  filter: Record<string, unknown>,
  update: UpdateQuery<T>,
) {
  try {
    return await model.updateOne(filter, update, {upsert: true});
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return model.updateOne(filter, update, {upsert: true});
  }
}
