import {asksQuestion} from '../cadence/question';
import type {Models} from '../db/models';
import type {OrderFactsDoc} from '../intake/order.model';
import {adminUrl} from '../util/admin-url';

/** The windows the panel offers for "what customers keep asking". */
export const QUESTION_WINDOWS = [30, 90] as const;
export type QuestionWindow = (typeof QUESTION_WINDOWS)[number];

/** From this share of shared words on, two questions ask the same thing (tuned on the tests' examples). */
export const SAME_QUESTION = 0.5;

// Words that carry no subject: "is the mug dishwasher safe?" and "can this mug go in the dishwasher?"
// share "mug" and "dishwasher", which is what makes them one question.
const FILLER = new Set(
  (
    'a an the this that these those it its is are was were be been am do does did can could would will ' +
    'should shall may might must i me my we our you your he she they them their his her of in on at to ' +
    'for from with by about as and or but if so not no yes please thanks thank hi hello hey there here ' +
    'just also any some what when where which who why how there get got go goes going'
  ).split(' '),
);

/** The words a question is compared on: lower case, filler dropped, a plural's "s" dropped. */
export function questionWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    const w = raw.replace(/'s$|'/g, '');
    if (w.length < 2 || FILLER.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Jaccard similarity of two questions' words, 0 to 1. */
export function questionSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The sentences of a note that ask something (a gift message around them is left out). */
export function questionPart(note: string): string {
  const sentences = note.match(/[^.!?？¿\n]+[.!?？]*/gu) ?? [note];
  const asking = sentences.map((s) => s.trim()).filter((s) => s && asksQuestion(s));
  return (asking.length ? asking.join(' ') : note.trim()).slice(0, 500);
}

interface Product {
  gid: string | null;
  title: string;
}

/** The product a question is about: the one it names, else the order's only product, else none. */
export function productAsked(question: string, items: OrderFactsDoc['items']): Product | null {
  const lines = (items ?? []).map((i) => ({
    gid: i.productGid ?? null,
    title: i.title.split(' — ')[0]!.trim(),
  }));
  const asked = questionWords(question);
  const named = lines.filter((l) => [...questionWords(l.title)].some((w) => asked.has(w)));
  const distinct = (ls: Product[]) => {
    const first = new Map<string, Product>();
    for (const l of ls) if (!first.has(l.gid ?? l.title)) first.set(l.gid ?? l.title, l);
    return [...first.values()];
  };
  const candidates = distinct(named.length ? named : lines);
  return candidates.length === 1 ? candidates[0]! : null;
}

export interface AskedQuestion {
  orderGid: string;
  orderName: string;
  askedAt: Date;
  question: string;
  product: Product | null;
  /** What the team answered, when it did. */
  answer: {text: string; by: string | null; at: Date | null} | null;
}

export interface QuestionGroup {
  product: {gid: string | null; title: string; adminUrl: string | null} | null;
  /** The earliest wording of the question. */
  question: string;
  count: number;
  orders: {orderGid: string; orderName: string; askedAt: string; adminUrl: string | null}[];
  answers: {orderName: string; text: string; by: string | null; at: string | null}[];
}

/**
 * Questions about one product that share most of their words become one group, so a question
 * many customers ask ("is the mug dishwasher safe?") shows as one line with its count.
 */
export function groupQuestions(asked: AskedQuestion[]): QuestionGroup[] {
  const groups: {key: string; words: Set<string>[]; members: AskedQuestion[]}[] = [];
  const sorted = [...asked].sort((a, b) => a.askedAt.getTime() - b.askedAt.getTime());
  for (const q of sorted) {
    const key = q.product ? (q.product.gid ?? `title:${q.product.title}`) : '';
    const words = questionWords(q.question);
    const match = groups.find(
      (g) => g.key === key && g.words.some((w) => questionSimilarity(w, words) >= SAME_QUESTION),
    );
    if (match) {
      match.members.push(q);
      match.words.push(words);
    } else groups.push({key, words: [words], members: [q]});
  }
  return groups
    .map(({members}) => {
      const first = members[0]!;
      return {
        product: first.product
          ? {...first.product, adminUrl: first.product.gid ? adminUrl(first.product.gid) : null}
          : null,
        question: first.question,
        count: members.length,
        orders: members.map((m) => ({
          orderGid: m.orderGid,
          orderName: m.orderName,
          askedAt: m.askedAt.toISOString(),
          adminUrl: adminUrl(m.orderGid),
        })),
        answers: members.flatMap((m) =>
          m.answer
            ? [
                {
                  orderName: m.orderName,
                  text: m.answer.text,
                  by: m.answer.by,
                  at: m.answer.at?.toISOString() ?? null,
                },
              ]
            : [],
        ),
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count || b.orders.at(-1)!.askedAt.localeCompare(a.orders.at(-1)!.askedAt),
    );
}

interface QuestionTouch {
  _id: unknown;
  orderGid: string;
  orderName: string;
  orderCreatedAt: Date;
  status: string;
  note: string | null;
  assignee: string | null;
  doneAt: Date | null;
}

/**
 * GET /api/insights/questions: the questions customers left in order notes in the last `days`,
 * grouped by product and wording, with the answers the team gave. A redacted customer's notes
 * are erased from the orders, so their questions leave the groups with them.
 */
export async function questionGroups(
  {models}: {models: Models},
  shop: string,
  days: QuestionWindow,
  now = new Date(),
) {
  const since = new Date(now.getTime() - days * 86_400_000);
  const filter = {shop, kind: 'answer_question' as const, orderCreatedAt: {$gte: since}};
  const fields = {
    orderGid: 1,
    orderName: 1,
    orderCreatedAt: 1,
    status: 1,
    note: 1,
    assignee: 1,
    doneAt: 1,
  };
  const [live, archived] = await Promise.all([
    models.Touch.find(filter, fields).lean<QuestionTouch[]>(),
    models.TouchArchive.find(filter, fields).lean<QuestionTouch[]>(),
  ]);
  const touches = [...new Map([...archived, ...live].map((t) => [String(t._id), t])).values()];
  const orderGids = touches.map((t) => t.orderGid);
  const [counted, uncounted, emails, staff] = await Promise.all([
    models.OrderSequence.find(
      {shop, orderGid: {$in: orderGids}},
      {'facts.orderGid': 1, 'facts.note': 1, 'facts.items': 1},
    ).lean<{facts: OrderFactsDoc}[]>(),
    models.UncountedOrder.find(
      {shop, orderGid: {$in: orderGids}},
      {orderGid: 1, note: 1, items: 1},
    ).lean(),
    models.Email.find(
      {shop, _id: {$in: touches.map((t) => String(t._id))}, state: 'sent'},
      {body: 1, staffId: 1, sentAt: 1},
    ).lean(),
    models.Staff.find({shop}, {name: 1}).lean(),
  ]);
  const facts = new Map<string, Pick<OrderFactsDoc, 'note' | 'items'>>();
  for (const s of counted) facts.set(s.facts.orderGid, s.facts);
  for (const u of uncounted) facts.set(u.orderGid, u);
  const sent = new Map(emails.map((e) => [e._id, e]));
  const names = new Map(staff.map((s) => [String(s._id), s.name]));
  const asked: AskedQuestion[] = [];
  for (const t of touches) {
    const note = facts.get(t.orderGid)?.note;
    if (!note) continue; // erased by a redaction
    const question = questionPart(note);
    const email = sent.get(String(t._id));
    const text = email?.body ?? (t.status === 'done' ? t.note : null);
    const by = email?.staffId ?? t.assignee;
    asked.push({
      orderGid: t.orderGid,
      orderName: t.orderName,
      askedAt: new Date(t.orderCreatedAt),
      question,
      product: productAsked(question, facts.get(t.orderGid)?.items),
      answer: text
        ? {text, by: by ? (names.get(by) ?? 'Former staff') : null, at: email?.sentAt ?? t.doneAt}
        : null,
    });
  }
  const groups = groupQuestions(asked);
  return {days, since: since.toISOString(), questions: asked.length, groups};
}
