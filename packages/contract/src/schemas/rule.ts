import {z} from 'zod';
import {RULE_KINDS, WORDS_KINDS} from '../kinds';
import {plainText} from './plain-text';

const text = (max: number) => z.string().trim().min(1).max(max);

export const conditionsSchema = z
  .strictObject({
    minOrderValue: z.number().min(0).optional(),
    maxOrderValue: z.number().min(0).optional(),
    channels: z.array(text(64)).max(20).optional(),
    countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code'))
      .max(250)
      .optional(),
    customerTags: z.array(text(255)).max(50).optional(),
    firstTimeCustomer: z.boolean().optional(),
  })
  .refine(
    (c) =>
      c.minOrderValue === undefined ||
      c.maxOrderValue === undefined ||
      c.minOrderValue <= c.maxOrderValue,
    {
      message: 'the minimum is above the maximum',
      path: ['maxOrderValue'],
    },
  );

const base = {
  name: plainText(120),
  kind: z.enum(RULE_KINDS),
  priority: z.number().int().min(-1000).max(1000).default(0),
  enabled: z.boolean().default(true),
  conditions: conditionsSchema.default({}),
  giftAmount: z.number().min(0).max(1000).optional(),
  /** Cards and sticker notes: written by hand (pen, the default) or printed in the handwriting font. */
  medium: z.enum(['pen', 'print']).optional(),
};

const mediumFits = (r: {kind: string; medium?: string}) =>
  r.medium === undefined || (WORDS_KINDS as readonly string[]).includes(r.kind);
const mediumIssue = {
  message: 'only handwritten cards and sticker notes are written with a pen or printed',
  path: ['medium'],
};

/** A rule as the panel sends it: the type decides which number it needs. */
export const ruleSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...base,
      type: z.literal('every_nth'),
      n: z.number().int().min(1).max(100_000),
    }),
    z.strictObject({
      ...base,
      type: z.literal('customer_nth'),
      n: z.number().int().min(1).max(1000),
    }),
    z.strictObject({
      ...base,
      type: z.literal('daily_target'),
      dailyTarget: z.number().int().min(1).max(1000),
    }),
  ])
  .refine(mediumFits, mediumIssue);

export type RuleInput = z.infer<typeof ruleSchema>;
