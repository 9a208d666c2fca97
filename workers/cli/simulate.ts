/**
 * Command line: runs the simulator model (the same code the worker runs) on a scenario file.
 *   npm run simulate -- --scenario data/scenarios/on-plan.json [--mode expected|montecarlo]
 *                       [--runs N] [--seed S] [--format json|csv] [--precision rounded|full]
 *                       [--sensitivity OUTCOME] [--projects FILE.csv]
 * Exit codes: 0 ok; 2 any input error (arguments, unreadable or invalid scenario, projects or data
 * files), with the messages on stderr and no stack trace; 1 an unexpected error (a defect).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareData } from '../model/model-data';
import { parseScenarioFile } from '../model/scenario-file';
import { SENSITIVITY_OUTCOMES, sensitivity, type SensitivityOutcome } from '../model/sensitivity';
import { runScenario } from '../model/simulate';
import { summarizeResult } from '../model/summary';
import { REPORT_PRECISIONS, toCsv, toJson, type ReportPrecision } from '../model/report-format';
import { DataLoadError, loadSimulatorData } from './load-data';

const USAGE = `usage: npm run simulate -- --scenario FILE.json [--mode expected|montecarlo] [--runs N] [--seed S] [--format json|csv] [--precision ${REPORT_PRECISIONS.join('|')}] [--sensitivity ${SENSITIVITY_OUTCOMES.map((o) => o.id).join('|')}] [--projects FILE.csv]`;

/** Bad input (a file or its content): exit 2 with the message. */
class InputError extends Error {}
/** Bad arguments: exit 2 with the message and the usage line. */
class UsageError extends InputError {}

function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name} must be a number (got "${text}")`);
  return value;
}

/** The dataset, with a missing/unreadable or invalid file reported as an input error (exit 2). */
function loadInputData(projectsFile: string | undefined): ReturnType<typeof loadSimulatorData> {
  try {
    return loadSimulatorData(projectsFile ? { projectsFile } : {});
  } catch (error) {
    if (error instanceof DataLoadError) throw new InputError(error.message);
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === 'string' && typeof e.path === 'string') throw new InputError(`cannot read ${e.path}: ${e.message}`);
    throw error;
  }
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
      precision: { type: 'string', default: 'rounded' },
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
  if (!(REPORT_PRECISIONS as readonly string[]).includes(values.precision)) {
    throw new UsageError(`--precision must be ${REPORT_PRECISIONS.join(' or ')} (got "${values.precision}")`);
  }
  const precision = values.precision as ReportPrecision;
  if (values.mode !== undefined && values.mode !== 'expected' && values.mode !== 'montecarlo') {
    throw new UsageError(`--mode must be expected or montecarlo (got "${values.mode}")`);
  }
  const outcomes = SENSITIVITY_OUTCOMES.map((o) => o.id as string);
  if (values.sensitivity !== undefined && !outcomes.includes(values.sensitivity)) {
    throw new UsageError(`--sensitivity must be one of ${outcomes.join(', ')} (got "${values.sensitivity}")`);
  }

  const data = loadInputData(values.projects);
  const prepared = prepareData(data);
  if (!prepared.ok) throw new InputError(prepared.issues.map((i) => i.message).join('\n'));

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(values.scenario, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read scenario ${values.scenario}: ${(error as Error).message}`);
  }
  const scenario = parseScenarioFile(json, { siteIds: data.siteIds, clusterIds: data.clusterIds });
  if (!scenario.ok) throw new InputError(`${values.scenario}:\n  ${scenario.issues.map((i) => i.message).join('\n  ')}`);

  const changes: Record<string, unknown> = {};
  const runs = numberOption('runs', values.runs);
  const seed = numberOption('seed', values.seed);
  if (runs !== undefined) changes.runs = runs;
  if (seed !== undefined) changes.seed = seed;
  const mode = (values.mode ?? scenario.scenario.mode ?? 'expected') as 'expected' | 'montecarlo';
  // SIMULATE_TIMING=1: how long the command line took to get here (start-up cost), on stderr.
  if (process.env.SIMULATE_TIMING) process.stderr.write(`simulate: model starts at ${performance.now().toFixed(1)} ms\n`);
  const result = runScenario(prepared.value, mode, { ...scenario.scenario.params, ...changes });
  if (!result.ok) throw new InputError(result.issues.map((i) => i.message).join('\n'));

  const params = { ...scenario.scenario.params, ...changes } as typeof scenario.scenario.params;
  const report = {
    scenario: { file: values.scenario, name_zh: scenario.scenario.name_zh, name_en: scenario.scenario.name_en },
    params,
    summary: summarizeResult(result.value),
    result: result.value,
    sensitivity: values.sensitivity ? sensitivity(prepared.value, params, values.sensitivity as SensitivityOutcome) : null,
  };
  process.stdout.write(
    values.format === 'csv' ? toCsv(report, precision) : `${JSON.stringify(toJson(report, precision), null, 2)}\n`,
  );
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
  const badArgs =
    error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  if (badArgs || error instanceof InputError) {
    process.stderr.write(`simulate: ${(error as Error).message}\n${badArgs ? `${USAGE}\n` : ''}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`simulate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
