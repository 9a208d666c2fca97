import { expose, type Endpoint } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { POOL_PARTS, partRange } from '../../../workers/model/run-parts';
import type { SimulationResult } from '../../../workers/model/result-types';
import { simulateMonteCarlo, simulateMonteCarloInParts } from '../../../workers/model/simulate';
import { createSimulatorApi, type RunOutcome, type RunProgress } from '../../../workers/simulator-api';
import { createSimulatorPool, poolSize } from '../../../workers/simulator-client';
import { builtinData, context } from './helpers';

// A pool of simulator APIs, each behind a real MessageChannel (structured cloning, transfer and comlink
// proxies as between a page and its workers), all on this thread.
const channels: MessageChannel[] = [];

function pool(size: number) {
  const ends: Endpoint[] = [];
  for (let i = 0; i < size; i++) {
    const channel = new MessageChannel();
    channels.push(channel);
    expose(createSimulatorApi({ data: builtinData(), chunkMillis: 2, progressMillis: 0 }), channel.port1);
    ends.push(channel.port2);
  }
  return createSimulatorPool(ends);
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

const PARAMS = { runs: 503, seed: 41, durationOverrunPct: 15, resumedByMayPct: 85, startedByAugustPct: 80 };

/** Every number of a result, in a fixed order, so two results compare bit for bit. */
function numbers(result: SimulationResult): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) out.push(...Array.from(v as unknown as ArrayLike<number>));
    else if (typeof v === 'number') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const key of Object.keys(v).sort()) walk((v as Record<string, unknown>)[key]);
  };
  walk(result);
  return out;
}

function ok(outcome: RunOutcome): Extract<RunOutcome, { status: 'ok' }> {
  if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe('Monte Carlo on a pool of workers', () => {
  it('sizes the pool by the cores the browser reports, 1 to 4', () => {
    expect([undefined, 0, 1, 2, 3, 4, 16].map((n) => poolSize(n))).toEqual([1, 1, 1, 2, 3, 4, 4]);
  });

  it('splits runs by index into parts that cover every run once', () => {
    for (const runs of [1, 3, 4, 503, 100000]) {
      const ranges = Array.from({ length: POOL_PARTS }, (_, i) => partRange(runs, i));
      expect(ranges[0]![0]).toBe(0);
      expect(ranges.at(-1)![1]).toBe(runs);
      ranges.slice(1).forEach(([start], i) => expect(start).toBe(ranges[i]![1]));
    }
  });

  it('gives the same result, bit for bit, with 1, 2, 3 or 4 workers, equal to the parts on one thread', async () => {
    const reference = numbers(simulateMonteCarloInParts(context(PARAMS)));
    for (const size of [1, 2, 3, 4]) {
      const outcome = ok(await pool(size).run({ mode: 'montecarlo', params: PARAMS, sensitivity: 'gdpGrowthTargetYear' }));
      const got = numbers(outcome.result);
      expect(got.length).toBe(reference.length);
      const differing = got.filter((v, i) => !Object.is(v, reference[i]));
      expect(differing, `pool of ${size}`).toEqual([]);
      expect(outcome.sensitivity?.rows.length).toBeGreaterThan(0);
    }
  }, 60000);

  it('has the bands and P(reach target) of the unsplit run exactly, and its means to rounding', async () => {
    const whole = simulateMonteCarlo(context(PARAMS));
    const pooled = ok(await pool(2).run({ mode: 'montecarlo', params: PARAMS })).result;
    expect(numbers(pooled.quantiles as never)).toEqual(numbers(whole.quantiles as never));
    expect(pooled.probabilityReachTarget).toBe(whole.probabilityReachTarget);
    pooled.investmentBySiteMonth.forEach((v, i) => expect(v).toBeCloseTo(whole.investmentBySiteMonth[i]!, 6));
    pooled.gdpGrowthYear.forEach((v, i) => expect(v).toBeCloseTo(whole.gdpGrowthYear[i]!, 10));
  }, 30000);

  it('reports progress over all workers, ending at the total', async () => {
    const reports: RunProgress[] = [];
    ok(await pool(3).run({ mode: 'montecarlo', params: { ...PARAMS, runs: 900 } }, (p) => reports.push(p)));
    await new Promise((r) => setTimeout(r, 20));
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.every((p) => p.runsTotal === 900 && p.runsDone <= 900)).toBe(true);
    expect(reports.map((p) => p.runsDone)).toEqual([...reports.map((p) => p.runsDone)].sort((a, b) => a - b));
    expect(reports.at(-1)!.runsDone).toBe(900);
  }, 30000);

  it('lets a newer request supersede an unfinished one on every worker', async () => {
    const sim = pool(2);
    const progress: number[] = [];
    const older = sim.run({ mode: 'montecarlo', params: { runs: 40000 } }, (p) => progress.push(p.runsDone));
    await new Promise((r) => setTimeout(r, 30));
    const newer = sim.run({ mode: 'montecarlo', params: { runs: 200 } });
    const [a, b] = await Promise.all([older, newer]);
    expect(a.status).toBe('superseded');
    expect(ok(b).result.runs).toBe(200);
    expect(Math.max(0, ...progress)).toBeLessThan(40000);
  }, 30000);

  it('passes invalid parameters back with their messages', async () => {
    const outcome = await pool(2).run({ mode: 'montecarlo', params: { runs: 0 } });
    expect(outcome.status === 'invalid' && outcome.issues[0]!.path).toBe('runs');
  });
});
