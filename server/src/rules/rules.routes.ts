import {randomUUID} from 'node:crypto';
import {Router} from 'express';
import {Types} from 'mongoose';
import {z} from 'zod';
import {NotFoundError, ValidationError} from '../errors';
import {parseWith} from '../util/parse-json';
import type {RuleDoc, RuleModel} from './rule.model';
import {ruleSchema} from './rule.schema';

export const reorderSchema = z.strictObject({
  /** Every one of the shop's rule ids, once each, highest priority first. */
  ids: z
    .array(z.string().regex(/^[0-9a-f]{24}$/, 'a rule id'))
    .min(1)
    .max(200),
});

/** Priorities for a list in order: 40, 30, 20, 10 for four rules (the defaults' spacing), within ±1000. */
const priorityAt = (index: number, count: number) =>
  (count - index) * Math.min(10, Math.floor(1000 / count));

const toJson = (r: RuleDoc) => ({
  id: String(r._id),
  key: r.key,
  name: r.name,
  kind: r.kind,
  type: r.type,
  n: r.n ?? null,
  dailyTarget: r.dailyTarget ?? null,
  priority: r.priority,
  enabled: r.enabled,
  conditions: r.conditions ?? {},
  giftAmount: r.giftAmount ?? null,
  medium: r.kind === 'handwritten_card' || r.kind === 'sticker_note' ? (r.medium ?? 'pen') : null,
});

/** The order the panel shows and the engine ranks: highest priority first, then by name. */
const listed = (rules: RuleDoc[]) =>
  rules.sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name)).map(toJson);

const ruleId = (id: string) => {
  if (!/^[0-9a-f]{24}$/.test(id)) throw new NotFoundError('No such rule');
  return new Types.ObjectId(id);
};

/**
 * GET|POST /api/rules, PATCH|DELETE /api/rules/:id — the token's shop's cadence rules.
 * POST /api/rules/reorder `{ ids }` — the list's new order; priorities are rewritten to match.
 */
export function rulesRouter({Rule}: {Rule: RuleModel}): Router {
  const router = Router();
  const mine = async (shop: string, id: string) => {
    const rule = await Rule.findOne({_id: ruleId(id), shop}).lean<RuleDoc>();
    if (!rule) throw new NotFoundError('No such rule');
    return rule;
  };
  router.get('/api/rules', async (_req, res) => {
    const rules = await Rule.find({shop: res.locals.shop}).lean<RuleDoc[]>();
    res.json({rules: listed(rules)});
  });
  router.post('/api/rules', async (req, res) => {
    const input = parseWith(ruleSchema, req.body);
    const created = await Rule.create({
      ...input,
      shop: res.locals.shop,
      key: `rule-${randomUUID()}`,
    });
    res.status(201).json({rule: toJson(created.toObject())});
  });
  router.post('/api/rules/reorder', async (req, res) => {
    const {ids} = parseWith(reorderSchema, req.body);
    const shop = res.locals.shop;
    const current = await Rule.find({shop}, {_id: 1}).lean<Pick<RuleDoc, '_id'>[]>();
    const known = new Set(current.map((r) => String(r._id)));
    // The whole list, so a rule added or deleted in another tab is not silently put last.
    if (
      new Set(ids).size !== ids.length ||
      ids.length !== known.size ||
      !ids.every((id) => known.has(id))
    ) {
      throw new ValidationError("The order must list each of the shop's rules exactly once", {
        ids: ["must list each of the shop's rules exactly once; reload and try again"],
      });
    }
    await Rule.bulkWrite(
      ids.map((id, i) => ({
        updateOne: {
          filter: {_id: new Types.ObjectId(id), shop},
          update: {$set: {priority: priorityAt(i, ids.length)}},
        },
      })),
    );
    const rules = await Rule.find({shop}).lean<RuleDoc[]>();
    res.json({rules: listed(rules)});
  });
  router.patch('/api/rules/:id', async (req, res) => {
    const current = await mine(res.locals.shop, String(req.params.id));
    const {_id, shop, key, ...editable} = current as RuleDoc & Record<string, unknown>;
    delete editable.createdAt;
    delete editable.updatedAt;
    // The whole rule after the change must be valid (e.g. a type change needs its number).
    const body = (req.body ?? {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = {...editable, ...body};
    // A change of type drops the number the old type used, unless the request sets it again.
    if (merged.type === 'daily_target' && !('n' in body)) delete merged.n;
    if (merged.type !== 'daily_target' && !('dailyTarget' in body)) delete merged.dailyTarget;
    // null takes the rule's own gift amount away, so the shop's default from Settings applies again.
    if (body.giftAmount === null) delete merged.giftAmount;
    if (body.medium === null) delete merged.medium;
    const rule = parseWith(ruleSchema, merged);
    const saved = await Rule.findOneAndReplace(
      {_id, shop},
      {...rule, shop, key},
      {returnDocument: 'after'},
    ).lean<RuleDoc>();
    res.json({rule: toJson(saved!)});
  });
  router.delete('/api/rules/:id', async (req, res) => {
    const rule = await mine(res.locals.shop, String(req.params.id));
    await Rule.deleteOne({_id: rule._id, shop: res.locals.shop});
    res.status(204).end();
  });
  return router;
}
