/**
 * Golden outputs: the full-precision result of every scenario file in data/scenarios/, in both modes,
 * as the command line computes it (scenario file → model → summary). Any change to a figure, down to
 * the last digit of a double, fails this test. After a deliberate model change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run test/unit/simulator/golden.test.ts
 * and explain the change in workers/README.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../../workers/cli/load-data';
import { parseScenarioFile } from '../../../workers/model/scenario-file';
import { runScenario } from '../../../workers/model/simulate';
import { summarizeResult } from '../../../workers/model/summary';
import { builtinData, prepared } from './helpers';

const SCENARIO_DIR = resolve(REPOSITORY_ROOT, 'data/scenarios');
const GOLDEN_DIR = resolve(REPOSITORY_ROOT, 'test/golden');
const MODES = ['expected', 'montecarlo'] as const;

/** Typed arrays as plain arrays; JSON keeps every double exactly (shortest round-trip form). */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const files = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('golden outputs of data/scenarios/*.json', () => {
  it('covers every scenario file', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    for (const mode of MODES) {
      it(`${file} in ${mode} mode is identical to test/golden/`, () => {
        const data = builtinData();
        const json: unknown = JSON.parse(readFileSync(resolve(SCENARIO_DIR, file), 'utf8'));
        const scenario = parseScenarioFile(json, { siteIds: data.siteIds, clusterIds: data.clusterIds });
        if (!scenario.ok) throw new Error(JSON.stringify(scenario.issues));
        const result = runScenario(prepared(), mode, scenario.scenario.params);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        const actual = JSON.stringify(
          plain({ params: scenario.scenario.params, summary: summarizeResult(result.value), result: result.value }),
        );
        const golden = resolve(GOLDEN_DIR, `${file.replace(/\.json$/, '')}.${mode}.json`);
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, `${actual}\n`);
        expect(actual).toBe(readFileSync(golden, 'utf8').trimEnd());
      }, 60000);
    }
  }
});
