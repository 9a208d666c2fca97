import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaselineJson } from '../../../workers/model/input/baseline-json';
import { parseProjectsCsv, type Project } from '../../../workers/model/input/projects-csv';
import { SOURCE_PATTERN } from '../../../workers/model/input/sourced-value';
import { gdpTargetPct, parseTargetsJson } from '../../../workers/model/input/targets-json';
import { REPOSITORY_ROOT } from '../../../workers/cli/load-data';
import { DEFAULT_PARAMS, PRESETS } from '../../../workers/model/parameters';
import { parseScenarioFile } from '../../../workers/model/scenario-file';
import { BUILTIN_CLUSTER_IDS as CLUSTER_IDS, BUILTIN_SITE_IDS as SITE_IDS } from '../builtin-ids';

const file = (path: string) => readFileSync(resolve(REPOSITORY_ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(file(path)) as unknown;

const parsed = parseProjectsCsv(file('data/projects.csv'), { siteIds: SITE_IDS, clusterIds: CLUSTER_IDS });
const projects: Project[] = parsed.ok ? parsed.projects : [];
const major = projects.filter((p) => p.type !== 'reserve');
const reserve = projects.filter((p) => p.type === 'reserve');
const yi = (wan: number) => wan / 10000;

describe('data/projects.csv', () => {
  it('parses without issues against the sites of parks.geojson and the clusters', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('holds the 50 major projects (continuing and new) and 60 reserve projects of the source article', () => {
    expect(major).toHaveLength(50);
    expect(reserve).toHaveLength(60);
    expect(major.some((p) => p.type === 'continuing')).toBe(true);
    expect(major.some((p) => p.type === 'new')).toBe(true);
  });

  it('covers industry, livelihood and infrastructure among the major projects', () => {
    expect(new Set(major.map((p) => p.category))).toEqual(new Set(['industry', 'livelihood', 'infrastructure']));
  });

  it('has reserve projects of 5000万元 or more only', () => {
    for (const p of reserve) expect(p.total_investment_wan, p.id).toBeGreaterThanOrEqual(5000);
  });

  it('plans continuing projects to resume by May and new ones to start by August 2017', () => {
    for (const p of major) expect(p.planned_start <= (p.type === 'continuing' ? '2017-05' : '2017-08'), p.id).toBe(true);
  });

  it('labels every row illustrative and uses every site', () => {
    expect(new Set(projects.map((p) => p.provenance))).toEqual(new Set(['illustrative']));
    expect(new Set(projects.map((p) => p.site_id))).toEqual(new Set(SITE_IDS));
  });

  it('keeps totals plausible for a county with a GDP of about 150亿元', () => {
    // 2011 public source: 52 key projects worth 202亿元.
    const majorTotal = yi(major.reduce((s, p) => s + p.total_investment_wan, 0));
    expect(majorTotal).toBeGreaterThan(100);
    expect(majorTotal).toBeLessThan(250);
    const reserveTotal = yi(reserve.reduce((s, p) => s + p.total_investment_wan, 0));
    expect(reserveTotal).toBeGreaterThan(30);
    expect(reserveTotal).toBeLessThan(300);
  });

  it('gives output only to industry projects', () => {
    for (const p of projects) if (p.category !== 'industry') expect(p.full_output_wan, p.id).toBe(0);
  });
});

describe('data/baseline.json and data/targets.json', () => {
  const baseline = parseBaselineJson(json('data/baseline.json'), CLUSTER_IDS);
  const targets = parseTargetsJson(json('data/targets.json'));

  it('validate, with every value sourced or marked as an assumption', () => {
    expect(baseline.ok ? [] : baseline.issues).toEqual([]);
    expect(targets.ok ? [] : targets.issues).toEqual([]);
    const sources: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'source') sources.push(String(x));
          else walk(x);
        }
      }
    };
    walk(json('data/baseline.json'));
    walk(json('data/targets.json'));
    expect(sources.length).toBeGreaterThan(30);
    for (const s of sources) expect(s).toMatch(SOURCE_PATTERN);
  });

  it("carry the article's 8% GDP target and the May / August milestones", () => {
    if (!targets.ok) throw new Error('targets invalid');
    expect(gdpTargetPct(targets.targets)).toBe(8);
    expect(targets.targets.milestones.continuing_resumed.month).toBe('2017-05');
    expect(targets.targets.milestones.new_started.month).toBe('2017-08');
    expect(targets.targets.reserve_projects).toMatchObject({ count: 60, min_investment_wan: 5000 });
  });

  it('agree with DEFAULT_PARAMS on the base-year GDP', () => {
    expect(baseline.ok && baseline.baseline.gdp_wan.value).toBe(DEFAULT_PARAMS.baselineGdpWan);
  });

  it('reject a cluster missing from the baseline', () => {
    const r = parseBaselineJson(json('data/baseline.json'), [...CLUSTER_IDS, 'steel']);
    expect(!r.ok && r.issues).toEqual(['clusters: missing cluster "steel"']);
  });
});

describe('ids and scenarios', () => {
  it('the example scenarios parse and use the presets of the model', () => {
    const files = readdirSync(resolve(REPOSITORY_ROOT, 'data/scenarios')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['conservative.json', 'on-plan.json', 'optimistic.json']);
    for (const f of files) {
      const r = parseScenarioFile(json(`data/scenarios/${f}`), { siteIds: SITE_IDS, clusterIds: CLUSTER_IDS });
      expect(r.ok, f).toBe(true);
      expect(r.ok && r.scenario.preset).toBe(f.replace('.json', ''));
    }
    expect(PRESETS.map((p) => p.id)).toEqual(['on-plan', 'conservative', 'optimistic']);
  });
});
