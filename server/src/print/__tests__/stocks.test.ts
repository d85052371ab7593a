import {LABEL_STOCKS} from '../../shops/shop.model';
import {labelRect, labelsPerSheet, mm, placements, STOCKS} from '../stocks';

const PUBLISHED_PER_SHEET = {
  'avery-5160': 30,
  'avery-5163': 10,
  'avery-22806': 12,
  'a4-l7160': 21,
  'thermal-4x6': 1,
  'thermal-57x32': 1,
};
const all = LABEL_STOCKS.map((id) => STOCKS[id]);

describe('label stocks', () => {
  it('when every stock is listed, then each one the settings know has its geometry and published count', () => {
    expect(Object.keys(STOCKS).sort()).toEqual([...LABEL_STOCKS].sort());
    for (const s of all)
      expect([s.id, labelsPerSheet(s)]).toEqual([s.id, PUBLISHED_PER_SHEET[s.id]]);
  });

  it.each(all.map((s) => [s.id, s] as const))(
    'when %s is laid out, then every label is on the page and none overlaps the next',
    (_id, s) => {
      for (let p = 0; p < labelsPerSheet(s); p++) {
        const r = labelRect(s, p);
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(s.page.width + 1e-9);
        expect(r.y + r.height).toBeLessThanOrEqual(s.page.height + 1e-9);
      }
      expect(s.pitch.x).toBeGreaterThanOrEqual(s.label.width);
      expect(s.pitch.y).toBeGreaterThanOrEqual(s.label.height);
    },
  );

  it.each(all.filter((s) => !s.thermal).map((s) => [s.id, s] as const))(
    'when %s is laid out, then its margins are even within half a millimetre (the figures agree)',
    (_id, s) => {
      const last = labelRect(s, labelsPerSheet(s) - 1);
      expect(Math.abs(s.page.width - (last.x + last.width) - s.origin.x)).toBeLessThan(mm(0.5));
      expect(Math.abs(s.page.height - (last.y + last.height) - s.origin.y)).toBeLessThan(mm(0.5));
    },
  );

  it('when Avery 5160 is laid out, then label 5 (row 2, column 2) is where the template puts it, in points', () => {
    expect(labelRect(STOCKS['avery-5160'], 4)).toEqual({
      x: 13.5 + 198,
      y: 36 + 72,
      width: 189,
      height: 72,
    });
  });

  it('when the shop calibrates 2 mm right and 1.5 mm up, then every label moves by exactly that', () => {
    const s = STOCKS['a4-l7160'];
    const plain = labelRect(s, 7);
    const moved = labelRect(s, 7, {x: 2, y: -1.5});
    expect(moved.x - plain.x).toBeCloseTo(mm(2), 9);
    expect(moved.y - plain.y).toBeCloseTo(mm(-1.5), 9);
  });

  it('when 3 labels start at position 29 of a 30-label sheet, then two go on the first sheet and one tops the second', () => {
    expect(placements(STOCKS['avery-5160'], 3, 29)).toEqual([
      {sheet: 0, position: 28},
      {sheet: 0, position: 29},
      {sheet: 1, position: 0},
    ]);
  });

  it('when 61 labels print on a thermal roll, then each has its own page', () => {
    const spots = placements(STOCKS['thermal-57x32'], 61);
    expect(spots.map((p) => p.sheet)).toEqual(Array.from({length: 61}, (_, i) => i));
    expect(new Set(spots.map((p) => p.position))).toEqual(new Set([0]));
  });
});
