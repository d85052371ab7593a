import type {NewTouch, TouchDoc} from '../../src/touches';
import type {PdfWord} from './pdf';
import type {TestApp} from './test-app';

/** The words of a PDF page that lie inside one label cell (half a point of slack). */
export const inCell = (
  words: PdfWord[],
  page: number,
  c: {x: number; y: number; width: number; height: number},
) =>
  words.filter(
    (w) =>
      w.page === page &&
      w.xMin >= c.x - 0.5 &&
      w.xMax <= c.x + c.width + 0.5 &&
      w.yMin >= c.y - 0.5 &&
      w.yMax <= c.y + c.height + 0.5,
  );

/** `count` open box touches (team photos, cards, gifts in turn) on orders #first…, waiting for stickers. */
export async function boxTouches(
  app: TestApp,
  shop: string,
  count: number,
  first: number,
): Promise<TouchDoc[]> {
  const kinds = ['team_photo', 'handwritten_card', 'free_gift'] as const;
  const keys = Array.from({length: count}, (_, i) => `bench:${first + i}`);
  await app.c.touches.record(
    keys.map(
      (dedupeKey, i) =>
        ({
          shop,
          dedupeKey,
          kind: kinds[i % 3],
          status: 'open',
          skipReason: null,
          ruleId: null,
          slot: null,
          orderGid: `gid://shopify/Order/${first + i}`,
          orderName: `#${first + i}`,
          sequence: first + i,
          orderCreatedAt: new Date(),
          customerGid: null,
          customerName: null,
        }) as NewTouch,
    ),
  );
  const byKey = new Map((await app.c.workingSet.read(shop)).map((t) => [t.dedupeKey, t]));
  return keys.map((k) => byKey.get(k)!);
}
