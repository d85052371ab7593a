import {PassThrough} from 'node:stream';
import {LABEL_STOCKS, STICKER_STYLES} from '../../shops/shop.model';
import {PACKING_INSTRUCTIONS, type LabelContent} from '../content';
import {noteLayout} from '../layout';
import {createStickerPrinter} from '../printer';
import {pathBounds} from '../signature';
import {STOCKS} from '../stocks';

const printer = createStickerPrinter();
const cases = LABEL_STOCKS.flatMap((stock) =>
  STICKER_STYLES.map((style) => [stock, style] as const),
);
const note = (text: string, i = 0): LabelContent => ({
  type: 'note',
  touchId: `t${i}`,
  orderName: `#${1000 + i}`,
  note: text,
  signature: {type: 'typed', text: '— Sam'},
});
const THANKS = 'Thank you, Ada! We hope the candles make your evenings cosy.';

describe('the sticker printer', () => {
  it.each(cases)('when packing instructions go on %s (%s), then every one fits', (stock, style) => {
    const contents = Object.values(PACKING_INSTRUCTIONS).map((instruction, i): LabelContent => ({
      type: 'instruction',
      touchId: `i${i}`,
      orderName: '#1001',
      instruction,
    }));
    const {labels, problems} = printer.prepare(contents, STOCKS[stock], style);
    expect(problems).toEqual([]);
    expect(labels).toHaveLength(3);
  });

  it.each(cases)(
    'when a typical note goes on %s (%s), then it fits between the readable minimum and the maximum, each line inside the box',
    (stock, style) => {
      const {labels} = printer.prepare([note(THANKS)], STOCKS[stock], style);
      const label = labels[0]!;
      if (label.type !== 'note') throw new Error('a note label');
      const L = noteLayout({x: 0, y: 0, ...STOCKS[stock].label}, style === 'handwriting_bordered');
      expect(label.note.size).toBeGreaterThanOrEqual(L.noteSizes.min);
      expect(label.note.size).toBeLessThanOrEqual(L.noteSizes.max);
      expect(label.note.lines.join(' ')).toBe(THANKS);
    },
  );

  it('when a note is too long for Avery 5160, then it is reported, not printed, and the panel hears the same', () => {
    const long = `${THANKS} `.repeat(4).trim();
    const {labels, problems} = printer.prepare(
      [note(long, 1), note(THANKS, 2)],
      STOCKS['avery-5160'],
      'handwriting',
    );
    expect(problems.map((p) => [p.content.touchId, p.problem])).toEqual([['t1', 'note_too_long']]);
    expect(labels.map((l) => l.touchId)).toEqual(['t2']);
    expect(printer.fitNote(long, STOCKS['avery-5160'], 'handwriting')).toMatchObject({
      fits: false,
      fontSize: null,
      minFontSize: 10,
    });
    expect(printer.fitNote(long, STOCKS['avery-5163'], 'handwriting')).toMatchObject({
      fits: true,
      fontSize: expect.any(Number),
    });
  });

  it('when a note has an emoji, then the panel hears which characters will be left out, and the rest prints', () => {
    expect(
      printer.fitNote('Thank you ❤️ Ada', STOCKS['avery-5163'], 'handwriting').missingCharacters,
    ).toEqual(['❤', '\uFE0F']);
    const {labels} = printer.prepare(
      [note('Thank you ❤️ Ada')],
      STOCKS['avery-5163'],
      'handwriting',
    );
    expect(labels[0]!.type === 'note' && labels[0]!.note.lines).toEqual(['Thank you Ada']);
  });

  it('when a note is only an emoji or empty, then it is missing, not printed blank', () => {
    const {problems} = printer.prepare(
      [note('😀'), note('  \n ')],
      STOCKS['avery-5163'],
      'handwriting',
    );
    expect(problems.map((p) => p.problem)).toEqual(['note_missing', 'note_missing']);
  });

  it('when labels are rendered, then a PDF streams out', async () => {
    const {labels} = printer.prepare([note(THANKS)], STOCKS['thermal-57x32'], 'handwriting');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await printer.render(
      labels,
      {
        stock: STOCKS['thermal-57x32'],
        startPosition: 1,
        offsetMm: {x: 0, y: 0},
        style: 'handwriting',
      },
      out,
    );
    const pdf = Buffer.concat(chunks).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it("when a drawn signature's bounds are taken, then they span its points", () => {
    expect(pathBounds('M 10 50 Q 40 10 70 50 L 120 40 C 130 30 150 30 160 45')).toEqual({
      minX: 10,
      minY: 10,
      maxX: 160,
      maxY: 50,
    });
  });
});
