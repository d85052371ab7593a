/** What the worker's periodic sweep does, injected by the composition root. */
export interface SweepPlan {
  /** Every tick; `fullPass` on the first tick and then once a minute. */
  everyTick: (fullPass: boolean) => Promise<unknown>;
  /** Once a minute (and on the first tick), after `everyTick`. */
  everyMinute: (() => Promise<unknown>)[];
  /** Once an hour, the first an hour after start (not at boot: it holds the database a while). */
  everyHour: (() => Promise<unknown>)[];
}

/**
 * The worker's sweep as one function called every tick (2 s by default, so 30 ticks a minute):
 * it counts its own ticks, so the cadence of each group survives a slow pass.
 */
export function periodicSweep(plan: SweepPlan, ticksPerMinute = 30): () => Promise<void> {
  let runs = 0;
  return async () => {
    const minute = runs % ticksPerMinute === 0;
    const hour = runs % (ticksPerMinute * 60) === ticksPerMinute * 60 - 1;
    runs++;
    await plan.everyTick(minute);
    if (minute) for (const step of plan.everyMinute) await step();
    if (hour) for (const step of plan.everyHour) await step();
  };
}
