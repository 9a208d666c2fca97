// Child process of `npm run bench`: peak resident memory of one Monte Carlo computation above the
// idle baseline (dataset loaded and prepared, nothing run), as JSON on stdout. A fresh process per
// case, so one case's garbage does not count against the next.
import { readFileSync } from 'node:fs';
import { loadSimulatorData } from '../cli/load-data';
import { sampleLayout } from '../model/accumulator';
import { prepareData } from '../model/model-data';
import { DEFAULT_PARAMS } from '../model/parameters';
import { scenarioContext, simulateMonteCarlo } from '../model/simulate';

/**
 * Peak resident set of this process so far, in bytes: VmHWM of /proc/self/status on Linux. Not
 * getrusage's maxRSS, which after fork and exec starts at the parent's peak.
 */
function peakResident(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

const runs = Number(process.argv[2]);
const prepared = prepareData(loadSimulatorData());
if (!prepared.ok) throw new Error(prepared.issues.map((i) => i.message).join('; '));
const ctx = scenarioContext(prepared.value, { ...DEFAULT_PARAMS, runs });
if (!ctx.ok) throw new Error(ctx.issues.map((i) => i.message).join('; '));
// Warm up on a few runs so compiled code and its caches belong to the baseline.
const warm = scenarioContext(prepared.value, { ...DEFAULT_PARAMS, runs: 50 });
if (warm.ok) simulateMonteCarlo(warm.value);
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
const result = simulateMonteCarlo(ctx.value);
const peak = peakResident();
const cells = sampleLayout(ctx.value).cells;
process.stdout.write(
  `${JSON.stringify({
    runs: result.runs,
    baselineMB: baseline / 2 ** 20,
    peakAboveBaselineMB: (peak - baseline) / 2 ** 20,
    sampleMatrixMB: (cells * runs * 8) / 2 ** 20,
    cells,
  })}\n`,
);
