import type { Model } from 'mongoose';
import { isDuplicateKey } from './connect';

/** Inserts documents, treating "already there" (E11000) as success: replays are no-ops. */
export async function insertIgnoringDuplicates<T>(model: Model<T>, docs: T[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await model.insertMany(docs, { ordered: false });
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
    const onlyDuplicates = writeErrors
      ? writeErrors.every((e) => (e.code ?? e.err?.code) === 11000)
      : isDuplicateKey(error);
    if (!onlyDuplicates) throw error;
  }
}
