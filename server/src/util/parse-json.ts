import {z} from 'zod';
import {BadRequestError, ValidationError} from '../errors';

/**
 * JSON.parse that keeps integers beyond Number.MAX_SAFE_INTEGER as their exact digits
 * (Shopify's numeric ids can exceed it); uses the reviver's source text (Node >= 22).
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (_key, value, context?: {source?: string}) =>
      typeof value === 'number' &&
      !Number.isSafeInteger(value) &&
      context?.source &&
      /^-?\d+$/.test(context.source)
        ? context.source
        : value,
    );
  } catch {
    throw new BadRequestError('Request body is not valid JSON');
  }
}

/** Validates with a zod schema; failures become a 400 listing each bad field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || '(body)';
    (fields[path] ??= []).push(issue.message);
  }
  throw new ValidationError('Request body does not have the expected shape', fields);
}
