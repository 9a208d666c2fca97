import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, presetParams, type ScenarioParams } from '../../../workers/model/parameters';
import type { SimulationMode, SimulationResult } from '../../../workers/model/result-types';
import { runScenario } from '../../../workers/model/simulate';
import { CSV_BOM, RESULTS_CSV_HEADER, csvCell, resultsToCsv } from '../../../src/scenarios/results-csv';
import { changedParams } from '../../../src/scenarios/share-link';
import { prepared } from '../simulator/helpers';

const ROOT = new URL('../../../', import.meta.url).pathname;

function simulate(mode: SimulationMode, params: ScenarioParams): SimulationResult {
  const r = runScenario(prepared(), mode, params);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

/** What an analyst runs: the command line runner on a scenario file with the same parameters. */
function runnerCsv(mode: SimulationMode, params: ScenarioParams): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-csv-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify({ preset: 'on-plan', params: changedParams(params) }));
  return execFileSync(process.execPath, ['workers/cli/run.mjs', '--scenario', file, '--mode', mode, '--format', 'csv'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('results CSV', () => {
  const params = presetParams('conservative');
  const csv = resultsToCsv({ result: simulate('expected', params), params, name: '保守' });

  it('starts with a UTF-8 byte order mark and the documented bilingual header', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('指标 series,对象 key,期间 period,均值 mean,P10 p10,P50 p50,P90 p90');
    expect(rows(csv)[0]).toEqual([...RESULTS_CSV_HEADER]);
  });

  it('uses CRLF line ends throughout', () => {
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('holds the same values as the command line runner, expected mode', () => {
    expect(rows(csv).slice(1)).toEqual(rows(runnerCsv('expected', params)).slice(1));
  }, 30_000);

  it('holds the same values as the command line runner, Monte Carlo with the same runs and seed', () => {
    const mc = { ...presetParams('optimistic'), runs: 200, seed: 99 };
    const mine = resultsToCsv({ result: simulate('montecarlo', mc), params: mc, name: 'mc' });
    const theirs = rows(runnerCsv('montecarlo', mc)).slice(1);
    expect(rows(mine).slice(1)).toEqual(theirs);
    expect(theirs.some((row) => row[4] !== '')).toBe(true);
  }, 30_000);

  it('keeps numbers as numbers, negative ones included', () => {
    const shrinking = { ...DEFAULT_PARAMS, organicGrowthShiftPp: -5, realisationPct: 50, reserveSignedPct: 0 };
    const data = rows(resultsToCsv({ result: simulate('expected', shrinking), params: shrinking, name: 'shrinking' })).slice(1);
    const negative = data.filter((row) => row[3]!.startsWith('-'));
    expect(negative.length).toBeGreaterThan(0);
    for (const row of negative) expect(Number.isFinite(Number(row[3]))).toBe(true);
  });

  it('parses back to numbers equal to the result', () => {
    const result = simulate('expected', params);
    const data = rows(resultsToCsv({ result, params, name: 'x' }));
    const growth = data.filter((row) => row[0] === 'gdp_growth_pct').map((row) => Number(row[3]));
    expect(growth).toEqual(Array.from(result.gdpGrowthYear, (v) => Math.round(v * 1e4) / 1e4));
  });
});

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-cmd|calc')).toBe("'-cmd|calc");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves numbers and ordinary text alone', () => {
    for (const value of ['-12.5', '-0.0001', '1e-7', '-3E+2', '0', '2017-05', 'site:graphite-park', '均值 mean'])
      expect(csvCell(value)).toBe(value);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});
