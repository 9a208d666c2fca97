import { describe, expect, it } from 'vitest';
import { PARAMETER_TABLE, PRESETS } from '../../../workers/model/parameters';
import { parseScenarioFile } from '../../../workers/model/scenario-file';
import { BUILTIN_CLUSTER_IDS as CLUSTER_IDS, BUILTIN_SITE_IDS as SITE_IDS } from '../builtin-ids';
import { validateParams } from '../../../workers/model/validate-params';
import { buildContext } from '../../../workers/model/model-data';
import { DEFAULT_PARAMS } from '../../../workers/model/parameters';
import { prepared } from './helpers';

const ctx = { siteIds: SITE_IDS, clusterIds: CLUSTER_IDS };

function messages(input: unknown): string[] {
  const r = validateParams(input, ctx);
  return r.ok ? [] : r.issues.map((i) => i.message);
}

describe('scenario validation', () => {
  it('accepts an empty object as the defaults', () => {
    const r = validateParams({}, ctx);
    expect(r.ok && r.params).toEqual(DEFAULT_PARAMS);
  });

  it('rejects negative runs, naming the parameter and its range', () => {
    expect(messages({ runs: -5 })).toEqual(['runs must be a whole number between 1 and 100000 (got -5)']);
  });

  it('rejects shares above 100%', () => {
    expect(messages({ resumedByMayPct: 120 })).toEqual(['resumedByMayPct must be between 0 and 100 % (got 120)']);
    expect(messages({ startedByAugustPct: 100.5 })[0]).toContain('startedByAugustPct must be between 0 and 100');
  });

  it('rejects an unknown site', () => {
    expect(messages({ siteDelayMonths: { 'moon-base': 3 } })[0]).toMatch(
      /^siteDelayMonths: unknown site "moon-base" \(known: development-zone, /,
    );
  });

  it('rejects NaN and infinity', () => {
    expect(messages({ realisationPct: Number.NaN })).toEqual(['realisationPct must be a number between 50 and 120 % (got NaN)']);
    expect(messages({ utilisationPct: Infinity })[0]).toContain('utilisationPct must be a number');
  });

  it('rejects wrong types', () => {
    expect(messages({ seed: '42' })).toEqual(['seed must be a whole number between 0 and 4294967295 (got the text "42")']);
    expect(messages({ horizonMonths: null })[0]).toContain('(got null)');
    expect(messages([1, 2])).toEqual(['params must be an object (got a list)']);
    expect(messages({ siteDelayMonths: 5 })[0]).toContain('siteDelayMonths must be an object');
  });

  it('rejects non-integers where months are whole, and horizons that are not whole years', () => {
    expect(messages({ missDelayMonths: 2.5 })[0]).toBe(
      'missDelayMonths must be a whole number between 1 and 24 months (got 2.5)',
    );
    expect(messages({ horizonMonths: 30 })[0]).toBe('horizonMonths must be a multiple of 12 months (got 30)');
  });

  it('rejects unknown parameters and cluster override fields', () => {
    expect(messages({ resumeRate: 90 })).toEqual(['unknown parameter "resumeRate"']);
    expect(messages({ clusterOverrides: { food: { growth: 3 } } })[0]).toContain('unknown field "growth"');
    expect(messages({ clusterOverrides: { steel: {} } })[0]).toContain('unknown cluster "steel"');
  });

  it('reports every problem at once', () => {
    expect(messages({ runs: 0, seed: -1, resumedByMayPct: 101 })).toHaveLength(3);
  });

  it('checks every table default against its own range', () => {
    for (const spec of PARAMETER_TABLE) {
      expect(spec.default, spec.id).toBeGreaterThanOrEqual(spec.min);
      expect(spec.default, spec.id).toBeLessThanOrEqual(spec.max);
      expect(spec.source['en'], spec.id).toMatch(/^(source article|public source|assumption)/);
    }
  });

  it('gives every table row and preset a Chinese source or rationale of the same kind as the English one', () => {
    const zhPrefix = { 'source article': '原文', 'public source': '公开资料', assumption: '假设' } as const;
    for (const spec of PARAMETER_TABLE) {
      const kind = /^(source article|public source|assumption)/.exec(spec.source['en'] ?? '')?.[1] as keyof typeof zhPrefix;
      expect(spec.source['zh-CN'], spec.id).toMatch(new RegExp(`^${zhPrefix[kind]}(：|$)`));
    }
    for (const preset of PRESETS) {
      const zh = preset.rationale['zh-CN'] ?? '';
      expect(zh, preset.id).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.startsWith('假设：'), preset.id).toBe(preset.rationale['en']?.startsWith('assumption:'));
    }
  });

  it('rejects a baseline GDP below the value added of the clusters', () => {
    const r = buildContext(prepared(), { ...DEFAULT_PARAMS, baselineGdpWan: 500000 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.path).toBe('baselineGdpWan');
  });
});

describe('scenario files', () => {
  it('resolve a preset with changes on top', () => {
    const r = parseScenarioFile({ preset: 'conservative', params: { runs: 10 } }, ctx);
    expect(r.ok && r.scenario.params.runs).toBe(10);
    expect(r.ok && r.scenario.params.resumedByMayPct).toBe(90);
  });

  it('reject unknown presets, modes and keys, prefixing parameter paths', () => {
    const r = parseScenarioFile({ preset: 'rosy', mode: 'fast', extra: 1 }, ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['extra', 'preset', 'mode']);
    const p = parseScenarioFile({ params: { runs: -1 } }, ctx);
    expect(!p.ok && p.issues[0]!.path).toBe('params.runs');
  });
});
