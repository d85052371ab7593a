import {LABEL_STOCKS, type LabelStock} from '../shops/shop.model';

/** A rectangle in PDF points (1/72 in), origin at the page's top-left, y downwards. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One label stock: a page with a grid of labels (a thermal stock is a one-label page). */
export interface StockGeometry {
  id: LabelStock;
  name: string;
  page: {width: number; height: number};
  label: {width: number; height: number};
  columns: number;
  rows: number;
  /** Top-left corner of the first (top-left) label. */
  origin: {x: number; y: number};
  /** From one label's top-left corner to the next one's, across and down (label + gap). */
  pitch: {x: number; y: number};
  /** Thermal printers print one colour: black. */
  thermal: boolean;
}

const inch = (n: number) => n * 72;
export const mm = (n: number) => (n * 72) / 25.4;

const US_LETTER = {width: inch(8.5), height: inch(11)}; // ANSI letter, 8.5 × 11 in
const A4 = {width: mm(210), height: mm(297)}; // ISO 216 A4, 210 × 297 mm

type Grid = Omit<StockGeometry, 'id' | 'thermal'>;
const sheet = (g: Grid): Omit<StockGeometry, 'id'> => ({...g, thermal: false});
const thermal = (name: string, width: number, height: number): Omit<StockGeometry, 'id'> => ({
  name,
  page: {width, height},
  label: {width, height},
  columns: 1,
  rows: 1,
  origin: {x: 0, y: 0},
  pitch: {x: width, y: height},
  thermal: true,
});

/**
 * Every stock's published geometry. Corner radii don't matter (we never print to the edge).
 * Sources, figure by figure:
 * - avery-5160 (Address Labels, 30/sheet): label 1 × 2-5/8 in, 3 × 10; top margin 1/2 in,
 *   side margin 3/16 in, pitch 2-3/4 × 1 in — Avery's template for 5160 (Microsoft Word's Avery
 *   5160 label definition rounds these to 0.19, 2.63 and 2.75 in). The glabels template database
 *   (templates/avery-us-templates.xml) has x0 5/32 in and pitch 2-25/32 in: within 1/32 in.
 * - avery-5163 (Shipping Labels, 10/sheet): label 2 × 4 in, 2 × 5; top margin 1/2 in, side margin
 *   5/32 in, pitch 4-3/16 × 2 in — Avery's template for 5163 and glabels' (x0 0.1625 in there).
 * - avery-22806 (Print-to-the-Edge Square Labels, 12/sheet): label 2 × 2 in, 3 × 4; side margin
 *   5/8 in, top margin 0.645 in, pitch 2-5/8 × 2.57 in — glabels' template for OnlineLabels OL2679,
 *   the same 2 in square 3 × 4 sheet (symmetric margins); not checked against a printed Avery
 *   sheet: the shop's calibration offset absorbs a residual shift.
 * - a4-l7160 (Avery L7160, 21/sheet, A4): label 63.5 × 38.1 mm, 3 × 7; top margin 15.15 mm, side
 *   margin 7.25 mm, pitch 66.04 × 38.1 mm — Avery UK's L7160 template dimensions.
 * - thermal-4x6: a 4 × 6 in direct-thermal shipping label, one per page (the page is the label).
 * - thermal-57x32: a 57 × 32 mm roll label (57 mm across the roll), one per page.
 */
const GEOMETRY: Record<LabelStock, Omit<StockGeometry, 'id'>> = {
  'avery-5160': sheet({
    name: 'Avery 5160 — 30 per US Letter sheet (1 × 2⅝ in)',
    page: US_LETTER,
    label: {width: inch(2.625), height: inch(1)},
    columns: 3,
    rows: 10,
    origin: {x: inch(0.1875), y: inch(0.5)},
    pitch: {x: inch(2.75), y: inch(1)},
  }),
  'avery-5163': sheet({
    name: 'Avery 5163 — 10 per US Letter sheet (2 × 4 in)',
    page: US_LETTER,
    label: {width: inch(4), height: inch(2)},
    columns: 2,
    rows: 5,
    origin: {x: inch(0.15625), y: inch(0.5)},
    pitch: {x: inch(4.1875), y: inch(2)},
  }),
  'avery-22806': sheet({
    name: 'Avery 22806 — 12 square per US Letter sheet (2 × 2 in)',
    page: US_LETTER,
    label: {width: inch(2), height: inch(2)},
    columns: 3,
    rows: 4,
    origin: {x: inch(0.625), y: inch(0.645)},
    pitch: {x: inch(2.625), y: inch(2.57)},
  }),
  'a4-l7160': sheet({
    name: 'Avery L7160 — 21 per A4 sheet (63.5 × 38.1 mm)',
    page: A4,
    label: {width: mm(63.5), height: mm(38.1)},
    columns: 3,
    rows: 7,
    origin: {x: mm(7.25), y: mm(15.15)},
    pitch: {x: mm(66.04), y: mm(38.1)},
  }),
  'thermal-4x6': thermal('Thermal 4 × 6 in — one label per page', inch(4), inch(6)),
  'thermal-57x32': thermal('Thermal roll 57 × 32 mm — one label per page', mm(57), mm(32)),
};

export const STOCKS: Readonly<Record<LabelStock, StockGeometry>> = Object.fromEntries(
  LABEL_STOCKS.map((id) => [id, {id, ...GEOMETRY[id]}]),
) as Record<LabelStock, StockGeometry>;

export const labelsPerSheet = (s: StockGeometry) => s.columns * s.rows;

export const isLabelStock = (id: string): id is LabelStock =>
  (LABEL_STOCKS as readonly string[]).includes(id);

/** A shift of the whole print, in mm (right and down are positive), from the shop's calibration. */
export interface Offset {
  x: number;
  y: number;
}

/** The label at a 0-based position on its sheet (row by row, left to right), shifted by the calibration. */
export function labelRect(
  s: StockGeometry,
  position: number,
  offsetMm: Offset = {x: 0, y: 0},
): Rect {
  const column = position % s.columns;
  const row = Math.floor(position / s.columns);
  return {
    x: s.origin.x + column * s.pitch.x + mm(offsetMm.x),
    y: s.origin.y + row * s.pitch.y + mm(offsetMm.y),
    width: s.label.width,
    height: s.label.height,
  };
}

/** Where each of `count` labels goes: its sheet (0-based) and its position there, starting at `startPosition` (1-based) on the first. */
export function placements(
  s: StockGeometry,
  count: number,
  startPosition = 1,
): {sheet: number; position: number}[] {
  const perSheet = labelsPerSheet(s);
  return Array.from({length: count}, (_, i) => {
    const slot = startPosition - 1 + i;
    return {sheet: Math.floor(slot / perSheet), position: slot % perSheet};
  });
}

/** The stock as the API shows it (millimetres, rounded to 0.01). */
export function stockJson(s: StockGeometry) {
  const toMm = (pt: number) => Math.round(((pt * 25.4) / 72) * 100) / 100;
  return {
    id: s.id,
    name: s.name,
    labelsPerSheet: labelsPerSheet(s),
    columns: s.columns,
    rows: s.rows,
    pageMm: {width: toMm(s.page.width), height: toMm(s.page.height)},
    labelMm: {width: toMm(s.label.width), height: toMm(s.label.height)},
    thermal: s.thermal,
  };
}
