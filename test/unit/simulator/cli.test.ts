import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scenarioFileJson } from '../../../src/scenarios/scenario-file';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../../workers/cli/load-data';
import { presetParams } from '../../../workers/model/parameters';
import { simulateExpected, simulateMonteCarlo } from '../../../workers/model/simulate';
import { context } from './helpers';

/** `npm run simulate -- …`: the built command line (dist-cli/), built first if missing or stale. */
function simulate(...args: string[]) {
  return spawnSync(process.execPath, ['workers/cli/run.mjs', ...args], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
}

/** The TypeScript source of the command line, compiled on the fly. */
function simulateFromSource(...args: string[]) {
  const tsx = resolve(REPOSITORY_ROOT, 'node_modules/.bin/tsx');
  return spawnSync(tsx, ['workers/cli/simulate.ts', ...args], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
}

describe('npm run simulate', () => {
  it('prints the same numbers as the model for a scenario file (same code path)', () => {
    const out = simulate('--scenario', 'data/scenarios/conservative.json', '--runs', '200', '--seed', '5');
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout) as { mode: string; annual: { gdpGrowthPct: number[] }; months: string[] };
    const direct = simulateMonteCarlo(context(presetParams('conservative', { runs: 200, seed: 5 })));
    expect(json.mode).toBe('montecarlo');
    expect(json.months[0]).toBe('2017-01');
    expect(json.annual.gdpGrowthPct[0]).toBeCloseTo(direct.gdpGrowthYear[0]!, 3);
  }, 30000);

  it('writes long-format CSV', () => {
    const out = simulate('--scenario', 'data/scenarios/on-plan.json', '--format', 'csv');
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('series,key,period,mean,p10,p50,p90');
    expect(lines.some((l) => l.startsWith('investment_wan,site:graphite-park,2017,'))).toBe(true);
  }, 30000);

  it('runs a scenario file exported from the app', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'export.json');
    writeFileSync(
      file,
      scenarioFileJson('保守 export', presetParams('conservative', { runs: 200, seed: 5 }), new Date('2026-01-01T00:00:00Z')),
    );
    const out = simulate('--scenario', file);
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout) as { mode: string; scenario: { name_zh: string }; annual: { gdpGrowthPct: number[] } };
    const direct = simulateExpected(context(presetParams('conservative', { runs: 200, seed: 5 })));
    expect(json.scenario.name_zh).toBe('保守 export');
    expect(json.mode).toBe('expected');
    expect(json.annual.gdpGrowthPct[0]).toBeCloseTo(direct.gdpGrowthYear[0]!, 3);
  }, 30000);

  it('prints exactly what its TypeScript source prints', () => {
    const args = ['--scenario', 'data/scenarios/conservative.json', '--runs', '300', '--seed', '9', '--format', 'csv'];
    const built = simulate(...args);
    const source = simulateFromSource(...args);
    expect(built.status, built.stderr).toBe(0);
    expect(source.status, source.stderr).toBe(0);
    expect(built.stdout).toBe(source.stdout);
  }, 60000);

  it('exits with 2 and names the parameter for an invalid value', () => {
    const out = simulate('--scenario', 'data/scenarios/on-plan.json', '--mode', 'montecarlo', '--runs=-5');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('runs must be a whole number between 1 and 100000 (got -5)');
  }, 30000);

  it('exits with 2, the messages on stderr and no stack trace, for every kind of bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-input-'));
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const onPlan = 'data/scenarios/on-plan.json';
    const cases: { args: string[]; message: string }[] = [
      { args: ['--scenario', onPlan, '--projects', write('bad.csv', 'id,name\n1,2\n')], message: 'missing column "site_id"' },
      { args: ['--scenario', onPlan, '--projects', join(dir, 'absent.csv')], message: 'cannot read' },
      { args: ['--scenario', write('bad.json', '{ "params": ')], message: 'cannot read scenario' },
      { args: ['--scenario', join(dir, 'absent.json')], message: 'cannot read scenario' },
      { args: ['--scenario', write('keys.json', '{ "params": { "noSuchKnob": 1 } }')], message: 'noSuchKnob' },
      { args: ['--scenario', onPlan, '--format', 'xml'], message: '--format must be' },
      { args: ['--scenario', onPlan, '--precision', 'some'], message: '--precision must be' },
      { args: ['--scenario', onPlan, '--no-such-flag'], message: 'no-such-flag' },
      { args: [], message: '--scenario is required' },
    ];
    for (const { args, message } of cases) {
      const out = simulate(...args);
      expect({ args, status: out.status }).toEqual({ args, status: 2 });
      expect(out.stderr, args.join(' ')).toContain(message);
      expect(out.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(out.stdout).toBe('');
    }
  }, 120000);

  it('rounds JSON and CSV to 4 decimals by default and writes full doubles with --precision full', () => {
    const direct = simulateExpected(context(presetParams('on-plan')));
    const rounded = JSON.parse(simulate('--scenario', 'data/scenarios/on-plan.json').stdout) as {
      annual: { gdp: number[] };
    };
    const full = JSON.parse(simulate('--scenario', 'data/scenarios/on-plan.json', '--precision', 'full').stdout) as {
      annual: { gdp: number[] };
    };
    expect(full.annual.gdp).toEqual(Array.from(direct.gdpYear));
    expect(rounded.annual.gdp).toEqual(Array.from(direct.gdpYear, (x) => Math.round(x * 1e4) / 1e4));
    expect(rounded.annual.gdp).not.toEqual(full.annual.gdp);
    const csv = simulate('--scenario', 'data/scenarios/on-plan.json', '--format', 'csv', '--precision', 'full').stdout;
    const gdpRow = csv.split('\n').find((l) => l.startsWith(`gdp_wan,county,${direct.firstYear},`));
    expect(Number(gdpRow?.split(',')[3])).toBe(direct.gdpYear[0]);
  }, 60000);
});
