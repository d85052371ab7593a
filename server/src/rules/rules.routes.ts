import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { Types } from 'mongoose';
import { NotFoundError } from '../errors';
import { parseWith } from '../intake/parse-json';
import type { RuleDoc, RuleModel } from './rule.model';
import { ruleSchema } from './rule.schema';

const toJson = (r: RuleDoc) => ({
  id: String(r._id), key: r.key, name: r.name, kind: r.kind, type: r.type, n: r.n ?? null, dailyTarget: r.dailyTarget ?? null,
  priority: r.priority, enabled: r.enabled, conditions: r.conditions ?? {}, giftAmount: r.giftAmount ?? null,
});

const ruleId = (id: string) => {
  if (!/^[0-9a-f]{24}$/.test(id)) throw new NotFoundError('No such rule');
  return new Types.ObjectId(id);
};

/** GET|POST /api/rules, PATCH|DELETE /api/rules/:id — the token's shop's cadence rules. */
export function rulesRouter({ Rule }: { Rule: RuleModel }): Router {
  const router = Router();
  const mine = async (shop: string, id: string) => {
    const rule = await Rule.findOne({ _id: ruleId(id), shop }).lean<RuleDoc>();
    if (!rule) throw new NotFoundError('No such rule');
    return rule;
  };
  router.get('/api/rules', async (_req, res, next) => {
    try {
      const rules = await Rule.find({ shop: res.locals.shop }).lean<RuleDoc[]>();
      res.json({ rules: rules.sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name)).map(toJson) });
    } catch (error) {
      next(error);
    }
  });
  router.post('/api/rules', async (req, res, next) => {
    try {
      const input = parseWith(ruleSchema, req.body);
      const created = await Rule.create({ ...input, shop: res.locals.shop, key: `rule-${randomUUID()}` });
      res.status(201).json({ rule: toJson(created.toObject()) });
    } catch (error) {
      next(error);
    }
  });
  router.patch('/api/rules/:id', async (req, res, next) => {
    try {
      const current = await mine(res.locals.shop, String(req.params.id));
      const { _id, shop, key, ...editable } = current as RuleDoc & Record<string, unknown>;
      delete editable.createdAt;
      delete editable.updatedAt;
      // The whole rule after the change must be valid (e.g. a type change needs its number).
      const body = (req.body ?? {}) as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...editable, ...body };
      // A change of type drops the number the old type used, unless the request sets it again.
      if (merged.type === 'daily_target' && !('n' in body)) delete merged.n;
      if (merged.type !== 'daily_target' && !('dailyTarget' in body)) delete merged.dailyTarget;
      const next = parseWith(ruleSchema, merged);
      const saved = await Rule.findOneAndReplace({ _id, shop }, { ...next, shop, key }, { returnDocument: 'after' }).lean<RuleDoc>();
      res.json({ rule: toJson(saved!) });
    } catch (error) {
      next(error);
    }
  });
  router.delete('/api/rules/:id', async (req, res, next) => {
    try {
      const rule = await mine(res.locals.shop, String(req.params.id));
      await Rule.deleteOne({ _id: rule._id, shop: res.locals.shop });
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
