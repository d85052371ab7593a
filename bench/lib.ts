import {spawn, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as {port: number}).port;
      s.close(() => resolve(port));
    });
  });

/** Starts a TypeScript entry with tsx and waits until `url` answers. */
export async function startProcess(
  entry: string,
  env: NodeJS.ProcessEnv,
  url: string,
): Promise<ChildProcess> {
  const child = spawn('tsx', [entry], {
    env: {...process.env, ...env},
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const ok = await fetch(url)
      .then((r) => r.status < 500)
      .catch(() => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${entry} did not come up`);
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LoadResult {
  sent: number;
  ok: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Sends `total` requests: open-loop at `rate` per second when given (latency under a steady
 * load), else closed-loop with `concurrency` in flight (maximum sustained throughput).
 */
export async function load(
  total: number,
  send: (i: number) => Promise<number>,
  opts: {rate?: number; concurrency?: number},
): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  const one = async (i: number) => {
    const t0 = performance.now();
    const status = await send(i).catch(() => 0);
    latencies.push(performance.now() - t0);
    if (status >= 200 && status < 300) ok++;
  };
  const start = performance.now();
  if (opts.rate) {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / opts.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(one(i));
    }
    await Promise.all(inFlight);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({length: opts.concurrency ?? 16}, async () => {
        while (next < total) await one(next++);
      }),
    );
  }
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sent: total,
    ok,
    seconds,
    perSecond: ok / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1]!,
  };
}
