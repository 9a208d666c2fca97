/**
 * The validator, workers/README.md's parameter table and the sliders state the same rules: which
 * values each parameter accepts (range; whole numbers; H in whole years) and which step is only the
 * slider's granularity.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_CSV_COLUMNS, parseProjectsCsv } from '../../../workers/model/input/projects-csv';
import { REPOSITORY_ROOT } from '../../../workers/cli/load-data';
import { PARAMETER_TABLE, sliderRange, type ParameterSpec } from '../../../workers/model/parameters';
import { validateParams } from '../../../workers/model/validate-params';

const ids = { siteIds: ['a-park'], clusterIds: ['a-cluster'] };
const accepts = (params: unknown) => validateParams(params, ids).ok;

/** The README's parameter table, by id: the cells after the id. */
function readmeRows(): Map<string, string[]> {
  const text = readFileSync(resolve(REPOSITORY_ROOT, 'workers/README.md'), 'utf8');
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`(\w+)`$/.exec(cells[1] ?? '')?.[1];
    if (id && cells.length >= 10) rows.set(id, cells.slice(2, -1));
  }
  return rows;
}

const num = (text: string) =>
  Number(
    text
      .replace('2³²−1', String(2 ** 32 - 1))
      .replace(/,/g, '')
      .replace('−', '-'),
  );

function valuesRule(spec: ParameterSpec): string {
  if (!spec.integer) return 'any';
  return spec.step > 1 ? `multiple of ${spec.step}` : 'whole';
}

describe('parameter rules', () => {
  it('the README lists every parameter with the validator’s range, accepted values and the slider step', () => {
    const rows = readmeRows();
    for (const spec of PARAMETER_TABLE) {
      const [, , range, values, slider] = rows.get(spec.id) ?? [];
      expect(range, spec.id).toBeDefined();
      const [min, max] = range!.split(/(?<=\d)–/).map(num);
      expect({ id: spec.id, min, max, values }).toEqual({ id: spec.id, min: spec.min, max: spec.max, values: valuesRule(spec) });
      if (spec.id !== 'seed') expect(num(slider!.split(' ')[0]!), spec.id).toBe(sliderRange(spec).step);
    }
  });

  it('whole-number parameters (d, a, b, λ, H, N, seed) reject fractions', () => {
    const whole = PARAMETER_TABLE.filter((s) => s.integer);
    expect(whole.map((s) => s.id).sort()).toEqual(
      ['horizonMonths', 'missDelayMonths', 'reserveLagMonths', 'runs', 'seasonEndMonth', 'seasonStartMonth', 'seed'].sort(),
    );
    for (const spec of whole) {
      expect(accepts({ [spec.id]: spec.default }), spec.id).toBe(true);
      const r = validateParams({ [spec.id]: spec.default + 0.5 }, ids);
      expect(r.ok, spec.id).toBe(false);
      if (!r.ok) expect(r.issues[0]!.message).toContain('whole number');
    }
  });

  it('H must be a whole number of years', () => {
    expect(accepts({ horizonMonths: 24 })).toBe(true);
    const r = validateParams({ horizonMonths: 18 }, ids);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toBe('horizonMonths must be a multiple of 12 months (got 18)');
  });

  it('other parameters take any value in the range, also between slider steps (33.3 %)', () => {
    for (const spec of PARAMETER_TABLE.filter((s) => !s.integer)) {
      const between = spec.min + sliderRange(spec).step / 3;
      expect(accepts({ [spec.id]: between }), `${spec.id} = ${between}`).toBe(true);
      expect(accepts({ [spec.id]: spec.max + sliderRange(spec).step }), spec.id).toBe(false);
    }
    expect(accepts({ resumedByMayPct: 33.3 })).toBe(true);
  });

  it('site delays δ_s are whole months', () => {
    expect(accepts({ siteDelayMonths: { 'a-park': 2 } })).toBe(true);
    expect(accepts({ siteDelayMonths: { 'a-park': 2.5 } })).toBe(false);
  });

  it('construction_months and rampup_months of a project are whole numbers', () => {
    const header = PROJECT_CSV_COLUMNS.join(',');
    const row = (construction: string, rampup: string) =>
      `N01,项目,Project,a-park,a-cluster,new,industry,20000,0,2017-06,${construction},18000,${rampup},illustrative`;
    const parse = (construction: string, rampup: string) => parseProjectsCsv(`${header}\n${row(construction, rampup)}`, ids);
    expect(parse('12', '9').ok).toBe(true);
    for (const [construction, rampup, column] of [
      ['12.5', '9', 'construction_months'],
      ['12', '0.5', 'rampup_months'],
    ] as const) {
      const r = parse(construction, rampup);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => `${i.column}: ${i.message}`)).toEqual([`${column}: must be a whole number`]);
    }
  });
});
