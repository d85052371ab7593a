/**
 * Sticker benchmark (docs/PRODUCT.md quality bar: 1,000 labels with an embedded handwriting font in
 * under 2 s). Fits and renders 1,000 note labels (each note different, 35–95 characters, typed
 * and drawn signatures) on Avery 5160 sheets, streamed into a sink, in two processes of one run: Caveat
 * embedded and subset, and the same layout in Helvetica (a standard PDF font, nothing embedded)
 * as the baseline. A third process renders 10× as many in Caveat: peak memory should not grow.
 *
 *   npm run bench -- stickers          (BENCH_LABELS=1000 BENCH_STOCK=avery-5160 to change)
 */
import {spawnSync} from 'node:child_process';
import os from 'node:os';
import {Writable} from 'node:stream';
import {createStickerPrinter, STOCKS, type LabelContent} from '../server/src/print';
import type {LabelStock} from '../server/src/shops/shop.model';

const LABELS = Number(process.env.BENCH_LABELS ?? 1000);
const STOCK = (process.env.BENCH_STOCK ?? 'avery-5160') as LabelStock;
const RUNS = 5;

const NAMES = [
  'Ada',
  'Zoë',
  'Ben',
  'Priya',
  'Luka',
  'Maëlle',
  'Tom',
  'Keiko',
  'Olu',
  'Sven',
  'Inês',
  'Ravi',
  'Noor',
];
const ENDINGS = [
  '',
  'We hope you love it.',
  'Packed with care by the whole team.',
  'Enjoy, and tell us how it burns!',
  'A little extra for a lovely customer — see you soon.',
];
/** Every note differs (its order number), as real ones do: no two labels share a layout. */
const noteFor = (i: number) =>
  `Thank you for order ${10_000 + i}, ${NAMES[i % NAMES.length]}! ${ENDINGS[i % ENDINGS.length]}`.trim();
const DRAWN = 'M 20 70 C 40 10 60 10 70 60 Q 90 90 110 50 L 140 45 C 170 30 200 80 230 40 L 280 35';

function labels(count: number): LabelContent[] {
  return Array.from({length: count}, (_, i) => ({
    type: 'note',
    touchId: String(i),
    orderName: `#${10_000 + i}`,
    note: noteFor(i),
    signature:
      i % 3 === 0
        ? {type: 'drawn', svgPath: DRAWN}
        : {type: 'typed', text: `— ${['Sam', 'Bea', 'Cy'][i % 3]}`},
  }));
}

/** A sink that counts bytes, as a slow network never is: the figure is the PDF's generation alone. */
const sink = () => {
  let bytes = 0;
  const out = new Writable({write: (chunk: Buffer, _enc, cb) => ((bytes += chunk.length), cb())});
  return {out, bytes: () => bytes};
};

/** One process: fit and render `count` labels RUNS times (after a warm-up); prints JSON. */
async function worker(noteFont: 'caveat' | 'helvetica', count: number) {
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
  const printer = createStickerPrinter({noteFont});
  const stock = STOCKS[STOCK];
  const job = {stock, startPosition: 1, offsetMm: {x: 0, y: 0}, style: 'handwriting' as const};
  const once = async (n: number) => {
    const t0 = performance.now();
    const {labels: ready, problems} = printer.prepare(labels(n), stock, job.style);
    if (problems.length)
      throw new Error(`${problems.length} notes do not fit ${STOCK} in ${noteFont}`);
    const s = sink();
    await printer.render(ready, job, s.out);
    return {seconds: (performance.now() - t0) / 1000, bytes: s.bytes()};
  };
  await once(30);
  const runs = [];
  for (let i = 0; i < (count > LABELS ? 1 : RUNS); i++) runs.push(await once(count));
  runs.sort((a, b) => a.seconds - b.seconds);
  const median = runs[Math.floor(runs.length / 2)]!;
  process.stdout.write(
    JSON.stringify({
      seconds: median.seconds,
      best: runs[0]!.seconds,
      bytes: median.bytes,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      rssBeforeMb,
    }),
  );
}

type Result = {seconds: number; best: number; bytes: number; maxRssMb: number; rssBeforeMb: number};

function measure(noteFont: string, count: number): Result {
  const res = spawnSync('tsx', [__filename, '--worker', noteFont, String(count)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`worker ${noteFont} ${count} failed`);
  return JSON.parse(res.stdout) as Result;
}

function main() {
  const stock = STOCKS[STOCK];
  const sheets = Math.ceil(LABELS / (stock.columns * stock.rows));
  const row = (name: string, r: Result, n = LABELS) =>
    `    ${name.padEnd(34)} ${r.seconds.toFixed(3)} s (best ${r.best.toFixed(3)})  ${Math.round(n / r.seconds)} labels/s  PDF ${Math.round(r.bytes / 1024)} KB  peak RSS ${Math.round(r.maxRssMb)} MB (${Math.round(r.rssBeforeMb)} MB before printing)`;
  console.log(
    `Sticker benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.platform()} ${os.arch()}, Node ${process.version}, ${os.cpus().length} cores`,
  );
  console.log(
    `  ${LABELS} note labels on ${stock.id} (${sheets} sheets), fitted and rendered, median of ${RUNS} runs, each variant in its own process:`,
  );
  const caveat = measure('caveat', LABELS);
  const helvetica = measure('helvetica', LABELS);
  console.log(row('Caveat (embedded, subset)', caveat));
  console.log(row('Helvetica (standard font)', helvetica));
  console.log(
    `    ratio  Caveat / Helvetica = ${(caveat.seconds / helvetica.seconds).toFixed(2)}x (time)`,
  );
  const big = measure('caveat', LABELS * 10);
  console.log(row(`Caveat, ${LABELS * 10} labels (one run)`, big, LABELS * 10));
  console.log(
    `    memory: peak RSS ${Math.round(big.maxRssMb)} MB for ${LABELS * 10} labels vs ${Math.round(caveat.maxRssMb)} MB for ${LABELS} (the PDF streams out page by page)`,
  );
  console.log(
    `  target: ${LABELS} labels with an embedded handwriting font < 2 s -> ${caveat.seconds < 2 ? 'MET' : 'NOT MET'}`,
  );
}

if (process.argv[2] === '--worker') {
  worker(process.argv[3] as 'caveat' | 'helvetica', Number(process.argv[4])).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main();
}
