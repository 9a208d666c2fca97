/**
 * Command line: runs the simulator model (the same code the worker runs) on a scenario file.
 *   npm run simulate -- --scenario data/scenarios/on-plan.json [--mode expected|montecarlo]
 *                       [--runs N] [--seed S] [--format json|csv] [--sensitivity OUTCOME]
 * Exit codes: 0 ok, 2 invalid arguments or scenario, 1 unexpected error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareData } from '../model/model-data';
import { parseScenarioFile } from '../model/scenario-file';
import { SENSITIVITY_OUTCOMES, sensitivity, type SensitivityOutcome } from '../model/sensitivity';
import { runScenario } from '../model/simulate';
import { summarizeResult } from '../model/summary';
import { toCsv, toJson } from './format-output';
import { loadSimulatorData } from './load-data';

const USAGE = `usage: npm run simulate -- --scenario FILE.json [--mode expected|montecarlo] [--runs N] [--seed S] [--format json|csv] [--sensitivity ${SENSITIVITY_OUTCOMES.map((o) => o.id).join('|')}] [--projects FILE.csv]`;

class UsageError extends Error {}

function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name} must be a number (got "${text}")`);
  return value;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string' },
      mode: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string', default: 'json' },
      sensitivity: { type: 'string' },
      projects: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.scenario) throw new UsageError('--scenario is required');
  if (values.format !== 'json' && values.format !== 'csv')
    throw new UsageError(`--format must be json or csv (got "${values.format}")`);
  if (values.mode !== undefined && values.mode !== 'expected' && values.mode !== 'montecarlo') {
    throw new UsageError(`--mode must be expected or montecarlo (got "${values.mode}")`);
  }
  const outcomes = SENSITIVITY_OUTCOMES.map((o) => o.id as string);
  if (values.sensitivity !== undefined && !outcomes.includes(values.sensitivity)) {
    throw new UsageError(`--sensitivity must be one of ${outcomes.join(', ')} (got "${values.sensitivity}")`);
  }

  const data = loadSimulatorData(values.projects ? { projectsFile: values.projects } : {});
  const prepared = prepareData(data);
  if (!prepared.ok) throw new UsageError(prepared.issues.map((i) => i.message).join('\n'));

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(values.scenario, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read scenario ${values.scenario}: ${(error as Error).message}`);
  }
  const scenario = parseScenarioFile(json, { siteIds: data.siteIds, clusterIds: data.clusterIds });
  if (!scenario.ok) throw new UsageError(`${values.scenario}:\n  ${scenario.issues.map((i) => i.message).join('\n  ')}`);

  const changes: Record<string, unknown> = {};
  const runs = numberOption('runs', values.runs);
  const seed = numberOption('seed', values.seed);
  if (runs !== undefined) changes.runs = runs;
  if (seed !== undefined) changes.seed = seed;
  const mode = (values.mode ?? scenario.scenario.mode ?? 'expected') as 'expected' | 'montecarlo';
  // SIMULATE_TIMING=1: how long the command line took to get here (start-up cost), on stderr.
  if (process.env.SIMULATE_TIMING) process.stderr.write(`simulate: model starts at ${performance.now().toFixed(1)} ms\n`);
  const result = runScenario(prepared.value, mode, { ...scenario.scenario.params, ...changes });
  if (!result.ok) throw new UsageError(result.issues.map((i) => i.message).join('\n'));

  const params = { ...scenario.scenario.params, ...changes } as typeof scenario.scenario.params;
  const report = {
    scenario: { file: values.scenario, name_zh: scenario.scenario.name_zh, name_en: scenario.scenario.name_en },
    params,
    summary: summarizeResult(result.value),
    result: result.value,
    sensitivity: values.sensitivity ? sensitivity(prepared.value, params, values.sensitivity as SensitivityOutcome) : null,
  };
  process.stdout.write(values.format === 'csv' ? toCsv(report) : `${JSON.stringify(toJson(report), null, 2)}\n`);
  return 0;
}

// Piping into `head` closes stdout early; that is not an error of the simulation.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (
    error instanceof UsageError ||
    (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    process.stderr.write(`simulate: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`simulate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
