import {PAD_HEIGHT, PAD_WIDTH} from './types';

export type Point = {x: number; y: number};

const r = (v: number) => String(Math.round(v * 10) / 10);
const at = (p: Point) => `${r(p.x)} ${r(p.y)}`;
const mid = (a: Point, b: Point): Point => ({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});

/** A point inside the pad, in its coordinate space. */
export const clampToPad = (p: Point): Point => ({
  x: Math.min(PAD_WIDTH, Math.max(0, p.x)),
  y: Math.min(PAD_HEIGHT, Math.max(0, p.y)),
});

/**
 * One stroke as path commands the server accepts (M, L, Q with numbers): a dot stays visible as a
 * zero-length line; longer strokes are smoothed with quadratic curves through the midpoints.
 */
export function strokeToPath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 0) return `M ${at(first)} L ${at(first)}`;
  if (rest.length === 1) return `M ${at(first)} L ${at(rest[0]!)}`;
  const parts = [`M ${at(first)}`];
  for (let i = 1; i < points.length - 1; i++)
    parts.push(`Q ${at(points[i]!)} ${at(mid(points[i]!, points[i + 1]!))}`);
  parts.push(`L ${at(points[points.length - 1]!)}`);
  return parts.join(' ');
}

/** Points closer than this (pad units) to the last one add length but nothing visible. */
export const MIN_STEP = 1.5;
