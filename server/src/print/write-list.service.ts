import type {Writable} from 'node:stream';
import {mediumOf} from '@human-touch/contract';
import {z} from 'zod';
import {sequenceKey} from '../counting/counting.model';
import type {Models} from '../db/models';
import {orderKey, type OrderFactsDoc} from '../intake/order.model';
import {hasStage, type TouchDoc, type WorkingSet} from '../touches';
import {firstName} from './content';
import {renderWriteList, type WriteItem} from './write-list';

/** GET /api/print/write-list */
export const writeListQuery = z.strictObject({
  /** Only one writer's cards (a staff id); everyone's by default. */
  assignee: z
    .string()
    .regex(/^[0-9a-f]{24}$/, 'a staff id')
    .optional(),
});

const MAX_ITEMS = 200;

type Deps = {
  models: Pick<Models, 'OrderSequence' | 'UncountedOrder' | 'Staff'>;
  workingSet: WorkingSet;
};

/** Cards and sticky labels still to write with a pen: open, not printed notes, not prepared yet. */
const toWrite = (t: TouchDoc) =>
  (t.kind === 'handwritten_card' || t.kind === 'sticker_note') &&
  t.status === 'open' &&
  mediumOf(t.kind, t.medium) === 'pen' &&
  !hasStage(t, 'prepared');

export function createWriteList({models, workingSet}: Deps) {
  async function factsOf(shop: string, t: TouchDoc): Promise<OrderFactsDoc | null> {
    if (t.sequence !== null)
      return (
        (await models.OrderSequence.findById(sequenceKey(shop, t.sequence)).lean())?.facts ?? null
      );
    return models.UncountedOrder.findById(orderKey(shop, t.orderGid)).lean();
  }

  /** The write list's items, due first (what the PDF shows). */
  async function items(shop: string, q: z.infer<typeof writeListQuery>): Promise<WriteItem[]> {
    const all = await workingSet.read(shop);
    const due = all
      .filter((t) => toWrite(t) && (!q.assignee || t.assignee === q.assignee))
      .sort((a, b) => +a.dueAt - +b.dueAt)
      .slice(0, MAX_ITEMS);
    const customers = [...new Set(due.map((t) => t.customerGid).filter((c): c is string => !!c))];
    // One pass over the orders for every customer on the list, not one per card.
    const counted = customers.length
      ? await models.OrderSequence.find(
          {shop, 'facts.customerGid': {$in: customers}},
          {'facts.customerGid': 1},
        ).lean<{facts: {customerGid: string | null}}[]>()
      : [];
    const ordersOf = new Map<string, number>();
    for (const o of counted)
      ordersOf.set(o.facts.customerGid!, (ordersOf.get(o.facts.customerGid!) ?? 0) + 1);
    const staff = await models.Staff.find({shop}, {name: 1}).lean();
    const nameOf = new Map(staff.map((s) => [String(s._id), s.name]));
    const result: WriteItem[] = [];
    for (const t of due) {
      const facts = await factsOf(shop, t);
      result.push({
        orderName: t.orderName,
        kind: t.kind as WriteItem['kind'],
        firstName: firstName(t.customerName),
        city: facts?.shipCity ?? null,
        items: facts?.items ?? [],
        ordersWithShop: t.customerGid ? (ordersOf.get(t.customerGid) ?? 1) : 1,
        earlier: all
          .filter(
            (o) =>
              t.customerGid &&
              o.customerGid === t.customerGid &&
              o.orderGid !== t.orderGid &&
              o.status === 'done',
          )
          .slice(0, 3)
          .map((o) => ({kind: o.kind, orderName: o.orderName, at: o.createdAt})),
        draft: t.note?.trim() || null,
        writer: t.assignee ? (nameOf.get(t.assignee) ?? null) : null,
        dueAt: t.dueAt,
      });
    }
    return result;
  }

  async function render(shop: string, q: z.infer<typeof writeListQuery>, out: Writable) {
    const list = await items(shop, q);
    await renderWriteList(list, out);
    return list.length;
  }

  return {items, render};
}

export type WriteList = ReturnType<typeof createWriteList>;
