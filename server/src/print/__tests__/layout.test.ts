import {LABEL_STOCKS, STICKER_STYLES} from '../../shops/shop.model';
import {instructionLayout, MIN_NOTE_PT, noteLayout} from '../layout';
import {STOCKS, type Rect} from '../stocks';

const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x - 1e-9 &&
  r.y >= outer.y - 1e-9 &&
  r.x + r.width <= outer.x + outer.width + 1e-9 &&
  r.y + r.height <= outer.y + outer.height + 1e-9;
const cases = LABEL_STOCKS.flatMap((stock) =>
  STICKER_STYLES.map((style) => [stock, style] as const),
);

describe('label layout', () => {
  it.each(cases)(
    'when a note label is laid out on %s (%s), then the note, signature and order name stay inside and apart',
    (stock, style) => {
      const label = {x: 0, y: 0, ...STOCKS[stock].label};
      const L = noteLayout(label, style === 'handwriting_bordered');
      expect(inside(L.note, label)).toBe(true);
      expect(inside(L.signature, label)).toBe(true);
      expect(L.note.y + L.note.height).toBeLessThan(L.signature.y);
      expect(L.orderName.x + L.orderName.width).toBeLessThan(L.signature.x);
      expect(L.orderName.baseline).toBeLessThan(label.height);
      expect(L.noteSizes.max).toBeGreaterThanOrEqual(L.noteSizes.min);
      expect(L.noteSizes.min).toBe(MIN_NOTE_PT);
      // At least one line of the smallest handwriting fits: every stock can carry a short note.
      expect(L.note.height).toBeGreaterThan(MIN_NOTE_PT * 1.1);
      if (L.border) expect(inside(L.note, L.border) && inside(L.signature, L.border)).toBe(true);
    },
  );

  it.each(cases)(
    'when a packing label is laid out on %s (%s), then the instruction sits below the order name, inside',
    (stock, style) => {
      const label = {x: 0, y: 0, ...STOCKS[stock].label};
      const L = instructionLayout(label, style === 'handwriting_bordered');
      expect(inside(L.instruction, label)).toBe(true);
      expect(L.instruction.y).toBeGreaterThan(L.orderName.baseline);
    },
  );
});
