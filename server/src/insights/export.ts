import {Readable, type Writable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {stringify} from 'csv-stringify';
import type {Models} from '../db/models';
import type {ShopsService} from '../shops';
import type {TouchDoc} from '../touches';
import {armOf, loadCohortData} from './cohorts';
import {customerOutcome} from './outcomes';
import type {CustomerOrder, WindowDays} from './types';
import {csvCell} from './csv-cell';

type Deps = {models: Models; shops: ShopsService};

const WINDOWS: WindowDays[] = [30, 60, 90];
const BASE = [
  'touch_id',
  'order_name',
  'order_id',
  'sequence',
  'order_created_at',
  'kind',
  'status',
  'skip_reason',
  'rule_id',
  'compared_as',
  'assignee',
  'done_at',
  'printed_at',
  'print_count',
];
const PERSONAL = ['customer_id', 'customer_name', 'note'];
const OUTCOME = [
  ...WINDOWS.flatMap((w) => [`returned_${w}d`, `revenue_${w}d`]),
  'days_to_next_order',
];

const cell = csvCell;

/** The CSV of every touch of the shop with its customer's outcome; customer data only when the settings allow. */
export function createTouchExport({models, shops}: Deps) {
  async function count(shop: string): Promise<number> {
    const [live, archived] = await Promise.all([
      models.Touch.countDocuments({shop}),
      models.TouchArchive.countDocuments({shop}),
    ]);
    return live + archived;
  }

  async function write(shop: string, out: Writable, asOf = new Date()): Promise<void> {
    const settings = await shops.ensureShop(shop);
    const personal = settings.exportPersonalData;
    const {orders} = await loadCohortData({models}, shop);
    const byCustomer = new Map<string, CustomerOrder[]>();
    for (const o of orders)
      byCustomer.set(o.customerGid, [...(byCustomer.get(o.customerGid) ?? []), o]);
    const staff = new Map(
      (await models.Staff.find({shop}, {name: 1}).lean()).map((s) => [String(s._id), s.name]),
    );
    const columns = [...BASE, ...(personal ? PERSONAL : []), ...OUTCOME];

    const outcomeCells = (t: TouchDoc) => {
      const mine = t.customerGid ? (byCustomer.get(t.customerGid) ?? []) : null;
      if (!mine) return OUTCOME.map(() => '');
      const entry = {
        customerGid: t.customerGid!,
        arm: 'touched' as const,
        kind: t.kind,
        indexAt: t.orderCreatedAt,
        indexOrderGid: t.orderGid,
      };
      const cells = WINDOWS.flatMap((w) => {
        const o = customerOutcome(entry, mine, w, asOf);
        return o ? [o.returned ? 'yes' : 'no', o.revenue.toFixed(2)] : ['pending', ''];
      });
      const next = customerOutcome(entry, mine, 30, new Date(8.64e15));
      return [...cells, next?.daysToNext == null ? '' : next.daysToNext.toFixed(1)];
    };

    const row = (t: TouchDoc) => [
      String(t._id),
      cell(t.orderName),
      t.orderGid,
      t.sequence ?? '',
      t.orderCreatedAt.toISOString(),
      t.kind,
      t.status,
      t.skipReason ?? '',
      t.ruleId ?? '',
      armOf(t) ?? 'not_compared',
      cell(t.assignee ? (staff.get(t.assignee) ?? 'Former staff') : ''),
      t.doneAt?.toISOString() ?? '',
      t.printedAt?.toISOString() ?? '',
      t.printCount ?? 0,
      ...(personal ? [t.customerGid ?? '', cell(t.customerName), cell(t.note)] : []),
      ...outcomeCells(t),
    ];

    async function* rows() {
      for (const model of [models.Touch, models.TouchArchive]) {
        for await (const t of model.find({shop}).lean<TouchDoc>().cursor())
          yield row(t as TouchDoc);
      }
    }
    await pipeline(Readable.from(rows()), stringify({header: true, columns}), out);
  }

  return {count, write};
}

export type TouchExport = ReturnType<typeof createTouchExport>;
