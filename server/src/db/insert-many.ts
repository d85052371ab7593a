import type {Model} from 'mongoose';
import {isDuplicateKey} from './connect';

type WriteError = {index?: number; code?: number; err?: {index?: number; code?: number}};

/**
 * Inserts documents, treating "already there" (E11000) as success: replays are no-ops.
 * Any other write error is thrown. Returns the indexes of the documents that already existed.
 */
export async function insertIgnoringDuplicates<T>(
  model: Model<T>,
  docs: T[],
): Promise<Set<number>> {
  if (docs.length === 0) return new Set();
  try {
    await model.insertMany(docs, {ordered: false});
    return new Set();
  } catch (error) {
    const writeErrors = (error as {writeErrors?: WriteError[]}).writeErrors;
    if (!writeErrors) {
      if (docs.length === 1 && isDuplicateKey(error)) return new Set([0]);
      throw error;
    }
    if (!writeErrors.every((e) => (e.code ?? e.err?.code) === 11000)) throw error;
    return new Set(writeErrors.map((e) => e.index ?? e.err?.index ?? -1));
  }
}
