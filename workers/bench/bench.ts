/**
 * npm run bench — simulator timings on this machine (budgets: expected ≤ 5 ms, product design §8;
 * Monte Carlo on one core, default dataset, 60 months: 2,000 runs ≤ 25 ms, 10,000 runs ≤ 120 ms, and
 * 5,000 synthetic projects × 1,000 runs ≤ 320 ms, the kernel's performance goals; design §8 allowed
 * 100 and 500 ms). Also a synthetic 5,000-project dataset at 1,000 runs, on one core and on a
 * node:worker_threads pool split as the app's pool is (POOL_PARTS parts by run index), and the peak
 * memory of 10,000 and 100,000 runs above an idle process (child processes). Reports medians and
 * project-months per second. No pass/fail: a report.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadSimulatorData } from '../cli/load-data';
import type { Accumulator } from '../model/accumulator';
import { prepareData, type ModelContext, type SimulatorData } from '../model/model-data';
import { DEFAULT_PARAMS, type ScenarioParams } from '../model/parameters';
import { POOL_PARTS, partRange } from '../model/run-parts';
import {
  combinePartials,
  scenarioContext,
  simulateExpected,
  simulateMonteCarlo,
  simulateMonteCarloInParts,
} from '../model/simulate';
import type { PoolJob } from './pool-worker';
import { syntheticProjects } from './synthetic-projects';

function contextFor(data: SimulatorData, params: ScenarioParams): ModelContext {
  const prepared = prepareData(data);
  if (!prepared.ok) throw new Error(prepared.issues.map((i) => i.message).join('; '));
  const ctx = scenarioContext(prepared.value, params);
  if (!ctx.ok) throw new Error(ctx.issues.map((i) => i.message).join('; '));
  return ctx.value;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(repeats: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const rows: { case: string; ms: number; projectMonthsPerSecond: number; budgetMs: number | null }[] = [];

function record(name: string, ms: number, projects: number, months: number, runs: number, budgetMs: number | null): void {
  rows.push({ case: name, ms, projectMonthsPerSecond: (projects * months * runs) / (ms / 1000), budgetMs });
}

function startPool(size: number): Worker[] {
  // Workers do not inherit tsx's loader from the parent, so a tiny JavaScript bootstrap registers it
  // before importing the TypeScript worker module.
  const entry = new URL('./pool-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return Array.from({ length: size }, () => new Worker(bootstrap, { eval: true }));
}

/** One job per part; worker j runs parts j, j + size, … one after another (as the app's pool does). */
function runOnPool(pool: Worker[], data: SimulatorData, params: ScenarioParams): Promise<Accumulator[]> {
  const runPart = (worker: Worker, part: number) =>
    new Promise<Accumulator>((resolve, reject) => {
      const [runStart, runEnd] = partRange(params.runs, part);
      const job: PoolJob = { data, params, runStart, runEnd };
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(job);
    });
  return Promise.all(
    pool.map(async (worker, j) => {
      const parts: Accumulator[] = [];
      for (let part = j; part < POOL_PARTS; part += pool.length) parts.push(await runPart(worker, part));
      return parts;
    }),
  ).then((lists) => lists.flat());
}

interface MemoryReport {
  runs: number;
  baselineMB: number;
  peakAboveBaselineMB: number;
  sampleMatrixMB: number;
  cells: number;
}

/**
 * Command-line start-up: milliseconds from process start until the model starts (SIMULATE_TIMING),
 * median of 5 starts of the built command line, next to a bare `node -e 0` for the machine's state.
 */
function measureStartup(): { builtMs: number; bareNodeMs: number } {
  const root = new URL('../../', import.meta.url).pathname;
  execFileSync(process.execPath, ['workers/cli/run.mjs', '--help'], { cwd: root, encoding: 'utf8' }); // builds if stale
  const built: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - t);
    const out = spawnSync(process.execPath, ['dist-cli/simulate.mjs', '--scenario', 'data/scenarios/on-plan.json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SIMULATE_TIMING: '1' },
    }).stderr;
    const match = /model starts at ([\d.]+) ms/.exec(out);
    built.push(match ? Number(match[1]) : Number.NaN);
  }
  return { builtMs: median(built), bareNodeMs: median(bare) };
}

/** Peak resident memory of one Monte Carlo computation of `runs` runs, in a fresh child process. */
function measureMemory(runs: number): MemoryReport {
  const child = new URL('./memory-child.ts', import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', child.pathname, String(runs)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as MemoryReport;
}

async function main(): Promise<void> {
  const data = loadSimulatorData();
  const P = data.projects.length;
  const H = DEFAULT_PARAMS.horizonMonths;

  const expectedCtx = contextFor(data, { ...DEFAULT_PARAMS });
  for (let i = 0; i < 50; i++) simulateExpected(expectedCtx);
  record(
    'expected mode, default data',
    time(200, () => simulateExpected(expectedCtx)),
    P,
    H,
    1,
    5,
  );

  for (const [runs, budget] of [
    [2000, 25],
    [10000, 120],
  ] as const) {
    const ctx = contextFor(data, { ...DEFAULT_PARAMS, runs });
    simulateMonteCarlo(contextFor(data, { ...DEFAULT_PARAMS, runs: 300 }));
    record(
      `Monte Carlo ${runs} runs, default data, 1 core`,
      time(runs > 5000 ? 5 : 9, () => simulateMonteCarlo(ctx)),
      P,
      H,
      runs,
      budget,
    );
  }

  const big: SimulatorData = { ...data, projects: syntheticProjects(data.projects, 5000, 1) };
  const bigParams = { ...DEFAULT_PARAMS, runs: 1000 };
  const bigCtx = contextFor(big, bigParams);
  let single = simulateMonteCarlo(bigCtx);
  record(
    'Monte Carlo 1000 runs, 5,000 synthetic projects, 1 core',
    time(3, () => (single = simulateMonteCarlo(bigCtx))),
    5000,
    H,
    1000,
    320,
  );

  const size = Math.min(POOL_PARTS, Math.max(2, availableParallelism()));
  const pool = startPool(size);
  try {
    await runOnPool(pool, big, { ...bigParams, runs: size * 20 });
    const samples: number[] = [];
    let pooled = single;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      pooled = combinePartials(bigCtx, await runOnPool(pool, big, bigParams));
      samples.push(performance.now() - t);
    }
    record(`Monte Carlo 1000 runs, 5,000 synthetic projects, pool of ${size} workers`, median(samples), 5000, H, 1000, null);
    const parts = simulateMonteCarloInParts(bigCtx);
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(a, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)) ===
      JSON.stringify(b, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    console.log(`pool result identical to the same parts on one thread (every number): ${same(pooled, parts) ? 'yes' : 'NO'}`);
    console.log(
      `pool bands identical to the unsplit single-thread run: ${same(pooled.quantiles, single.quantiles) ? 'yes' : 'NO'}`,
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }

  const memory = [10000, 100000].map(measureMemory);
  const startup = measureStartup();

  console.log(
    `node ${process.version}, ${availableParallelism()} logical cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('case | median ms | project-months/s | budget ms');
  for (const r of rows) {
    const budget = r.budgetMs === null ? '—' : `${r.budgetMs} (${r.ms <= r.budgetMs ? 'within' : 'OVER'})`;
    console.log(`${r.case} | ${r.ms.toFixed(2)} | ${(r.projectMonthsPerSecond / 1e6).toFixed(1)} M | ${budget}`);
  }
  // A blank line ends the timing table (the performance report reads it up to here).
  console.log('');
  console.log('memory: runs | idle baseline MB | peak above baseline MB | of which the sample matrix (cells × runs × 8 B) MB');
  for (const m of memory) {
    console.log(
      `${m.runs} | ${m.baselineMB.toFixed(0)} | ${m.peakAboveBaselineMB.toFixed(1)} | ${m.sampleMatrixMB.toFixed(1)} (${m.cells} cells)`,
    );
  }
  console.log(
    `command line: start to model start ${startup.builtMs.toFixed(0)} ms (built, median of 5; process start measured inside); bare \`node -e 0\` ${startup.bareNodeMs.toFixed(0)} ms (spawn to exit)`,
  );
}

await main();
