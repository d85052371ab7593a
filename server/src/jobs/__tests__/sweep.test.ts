import {periodicSweep} from '../sweep';

describe('periodicSweep', () => {
  it('when it ticks for two hours, then the full pass runs each minute and the hourly steps an hour in, then hourly', async () => {
    const seen: string[] = [];
    const sweep = periodicSweep(
      {
        everyTick: async (full) => void (full && seen.push('full')),
        everyMinute: [async () => seen.push('minute')],
        everyHour: [async () => seen.push('hour')],
      },
      2,
    );
    const ticks = 2 * 60 * 2; // two hours at two ticks a minute
    const at = {full: [] as number[], minute: [] as number[], hour: [] as number[]};
    for (let t = 0; t < ticks; t++) {
      seen.length = 0;
      await sweep();
      for (const s of seen) at[s as keyof typeof at].push(t);
    }
    expect(at.full).toHaveLength(120);
    expect(at.full.slice(0, 3)).toEqual([0, 2, 4]);
    expect(at.minute).toEqual(at.full);
    expect(at.hour).toEqual([119, 239]);
  });
});
