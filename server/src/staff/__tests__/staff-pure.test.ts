import {isDrawnPath, signatureSchema} from '../staff.schema';
import {doneStats, weekStart} from '../weekly-stats';
import {photoType, sniffImage} from '../photo';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([1, 2, 3, 4]),
  Buffer.from('WEBPVP8 '),
]);

describe('drawn signature paths', () => {
  it.each([
    'M 10 20 L 30 40',
    'M10,20 L30,40 Q 35 45 40 50 C 1 2 3 4 5 6',
    'M 1.5 -2.25 L 3 4 L 5 6 M 7 8 L 9 10',
    'M 0 0 L 1 1 2 2 3 3',
  ])('when the path is %s, then it is accepted', (d) => {
    expect(isDrawnPath(d)).toBe(true);
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['a path with markup after it', 'M 1 2 L 3 4"/><script>alert(1)</script>'],
    ['an arc command', 'M 1 2 A 1 1 0 0 1 5 5'],
    ['lowercase commands', 'm 1 2 l 3 4'],
    ['not starting with a move', 'L 1 2'],
    ['an odd number of coordinates', 'M 1 2 L 3'],
    ['a curve short of points', 'M 1 2 C 1 2 3 4'],
    ['an exponent', 'M 1e9 2 L 3 4'],
    ['a url', 'M 1 2 url(javascript:alert(1))'],
    ['nothing', ''],
  ])('when the path is %s, then it is refused', (_name, d) => {
    expect(isDrawnPath(d)).toBe(false);
  });

  it('when a path is longer than 20 kB, then it is refused; a long near-miss is refused quickly', () => {
    expect(isDrawnPath(`M 0 0${' L 100 100'.repeat(2500)}`)).toBe(false);
    const started = Date.now();
    expect(isDrawnPath(`M ${'1 '.repeat(9000)}x`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('when a signature has a field beyond its type, then the schema refuses it', () => {
    expect(
      signatureSchema.safeParse({type: 'typed', text: 'Sam', svgPath: 'M 1 2 L 3 4'}).success,
    ).toBe(false);
    expect(signatureSchema.safeParse({type: 'drawn', svgPath: 'M 1 2 L 3 4'}).success).toBe(true);
  });
});

describe('photo types', () => {
  it('when bytes start with a PNG, JPEG or WebP signature, then that type is seen; other bytes are none', () => {
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(JPEG)).toBe('image/jpeg');
    expect(sniffImage(WEBP)).toBe('image/webp');
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });

  it('when the declared type has parameters or capitals, then it still matches; others do not', () => {
    expect(photoType('Image/PNG; charset=binary')).toBe('image/png');
    expect(photoType('image/svg+xml')).toBeNull();
    expect(photoType(undefined)).toBeNull();
  });
});

describe('done this week', () => {
  const done = (doneAt: string, assignee: string | null, doneBy: string | null = null) => ({
    status: 'done',
    assignee,
    doneBy,
    doneAt: new Date(doneAt),
  });

  it('when a day is given, then its week starts on the Monday before (or on) it', () => {
    expect(weekStart('2026-03-11')).toBe('2026-03-09'); // Wednesday
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // Monday
    expect(weekStart('2026-03-15')).toBe('2026-03-09'); // Sunday
    expect(weekStart('2026-01-01')).toBe('2025-12-29'); // across a year
  });

  it('when touches were done this week, last week and today, then each person gets their own counts', () => {
    const now = new Date('2026-03-11T15:00:00Z'); // a Wednesday
    const touches = [
      done('2026-03-11T09:00:00Z', 'a'),
      done('2026-03-10T09:00:00Z', 'a'),
      done('2026-03-09T00:30:00Z', 'b'),
      done('2026-03-08T23:00:00Z', 'a'), // last Sunday
      {status: 'open', assignee: 'a', doneBy: null, doneAt: null},
      {status: 'skipped', assignee: 'a', doneBy: null, doneAt: new Date('2026-03-11T09:00:00Z')},
      done('2026-03-11T10:00:00Z', 'b', 'a'), // assigned to b, done by a: counts for both
      done('2026-03-11T11:00:00Z', 'a', 'a'), // both a: counts once
      done('2026-03-11T11:00:00Z', 'stranger'),
    ];
    const stats = doneStats(touches, ['a', 'b', 'c'], 'UTC', now);
    expect(Object.fromEntries(stats)).toEqual({
      a: {doneThisWeek: 4, doneToday: 3},
      b: {doneThisWeek: 2, doneToday: 1},
      c: {doneThisWeek: 0, doneToday: 0},
    });
  });

  it('when a card was prepared by one person and packed by another, then both are credited', () => {
    const now = new Date('2026-03-11T15:00:00Z');
    const card = {
      ...done('2026-03-11T09:00:00Z', 'c'),
      stages: [{staffId: 'a'}, {staffId: 'b'}],
    };
    const stats = doneStats([card], ['a', 'b', 'c', 'd'], 'UTC', now);
    expect(Object.fromEntries(stats)).toEqual({
      a: {doneThisWeek: 1, doneToday: 1},
      b: {doneThisWeek: 1, doneToday: 1},
      c: {doneThisWeek: 1, doneToday: 1},
      d: {doneThisWeek: 0, doneToday: 0},
    });
  });

  it('when the shop is in another time zone, then its own week and day are used', () => {
    // 23:30 UTC on Sunday is already Monday morning in Tokyo: a new week there.
    const now = new Date('2026-03-08T23:30:00Z');
    const touches = [done('2026-03-08T14:00:00Z', 'a'), done('2026-03-08T16:00:00Z', 'a')];
    expect(doneStats(touches, ['a'], 'Asia/Tokyo', now).get('a')).toEqual({
      doneThisWeek: 1,
      doneToday: 1,
    });
    expect(doneStats(touches, ['a'], 'UTC', now).get('a')).toEqual({doneThisWeek: 2, doneToday: 2});
  });
});
