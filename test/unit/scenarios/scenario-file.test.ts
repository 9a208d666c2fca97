import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, presetParams } from '../../../workers/model/parameters';
import { formatIssue } from '../../../src/scenarios/scenario-issues';
import { parseScenarioText, scenarioFileJson } from '../../../src/scenarios/scenario-file';
import { CONTEXT } from './helpers';
import { readFileSync } from 'node:fs';

const CREATED = new Date('2017-03-01T08:00:00.000Z');

function validFile(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...(JSON.parse(scenarioFileJson('保守', presetParams('conservative'), CREATED)) as Record<string, unknown>),
    ...changes,
  };
}

function issueKeys(text: string): string[] {
  const parsed = parseScenarioText(text, CONTEXT);
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.issues.map((i) => i.key);
}

describe('scenario file', () => {
  it('round-trips name, date and every parameter', () => {
    const params = {
      ...presetParams('optimistic'),
      siteDelayMonths: { 'graphite-park': 4 },
      clusterOverrides: { minerals: { organicGrowthPct: 3 } },
    };
    const parsed = parseScenarioText(scenarioFileJson('  乐观 + 石墨园延期 ', params, CREATED), CONTEXT);
    expect(parsed).toEqual({
      ok: true,
      scenario: {
        format: 'tonghua-parks-scenario',
        version: 1,
        name: '乐观 + 石墨园延期',
        createdAt: '2017-03-01T08:00:00.000Z',
        params,
      },
    });
  });

  it('fills parameters left out with the defaults', () => {
    const parsed = parseScenarioText(JSON.stringify(validFile({ params: { runs: 500 } })), CONTEXT);
    expect(parsed.ok && parsed.scenario.params).toEqual({ ...DEFAULT_PARAMS, runs: 500 });
  });

  it('accepts a UTF-8 byte order mark before the JSON', () => {
    expect(parseScenarioText(`\uFEFF${JSON.stringify(validFile())}`, CONTEXT).ok).toBe(true);
  });

  it('accepts the command line runner files of data/scenarios', () => {
    const text = readFileSync(new URL('../../../data/scenarios/conservative.json', import.meta.url), 'utf8');
    const parsed = parseScenarioText(text, CONTEXT);
    expect(parsed.ok && parsed.scenario.name).toBe('保守');
    expect(parsed.ok && parsed.scenario.params).toEqual(presetParams('conservative', { runs: 2000, seed: 2017 }));
  });

  it('rejects text that is not JSON', () => {
    expect(issueKeys('{"format": "tonghua-parks-scenario",')).toEqual(['scenarios.issue.notJson']);
  });

  it('rejects another format', () => {
    expect(issueKeys(JSON.stringify(validFile({ format: 'geojson' })))).toEqual(['scenarios.issue.notScenario']);
    expect(issueKeys('[1, 2, 3]')).toEqual(['scenarios.issue.notScenario']);
  });

  it('rejects version 2 as a whole, naming both versions', () => {
    const parsed = parseScenarioText(JSON.stringify(validFile({ version: 2 })), CONTEXT);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(formatIssue(parsed.issues[0]!, 'en')).toBe('The scenario file has version 2; this app supports version 1 only.');
    expect(formatIssue(parsed.issues[0]!, 'zh-CN')).toBe('情景文件版本为 2，本应用只支持版本 1。');
  });

  it('rejects a parameter out of range with its label and range in both languages', () => {
    const parsed = parseScenarioText(JSON.stringify(validFile({ params: { runs: -5, resumedByMayPct: 140 } })), CONTEXT);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'Parameter “Monte Carlo runs” (runs) must be a whole number between 1 and 100000; got -5.',
      'Parameter “Continuing projects resumed by May” (resumedByMayPct) must be a number between 0 and 100; got 140.',
    ]);
    expect(formatIssue(parsed.issues[0]!, 'zh-CN')).toBe('参数“蒙特卡洛次数”（runs）须为 1 至 100000 之间的整数，当前为 -5。');
  });

  it('rejects "NaN" and other strings where numbers belong', () => {
    const parsed = parseScenarioText(JSON.stringify(validFile({ params: { realisationPct: 'NaN', seed: '42' } })), CONTEXT);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.key, i.values?.['got']])).toEqual([
      ['scenarios.issue.paramRange', '"NaN"'],
      ['scenarios.issue.paramInteger', '"42"'],
    ]);
  });

  it('rejects extra keys at the top level and unknown parameters, sites and clusters', () => {
    expect(issueKeys(JSON.stringify(validFile({ extra: '<script>' })))).toEqual(['scenarios.issue.unknownKeys']);
    expect(issueKeys(JSON.stringify(validFile({ params: { speedOfLight: 3 } })))).toEqual(['scenarios.issue.unknownParam']);
    expect(issueKeys(JSON.stringify(validFile({ params: { siteDelayMonths: { 'moon-base': 2 } } })))).toEqual([
      'scenarios.issue.unknownSite',
    ]);
    expect(issueKeys(JSON.stringify(validFile({ params: { clusterOverrides: { steel: {} } } })))).toEqual([
      'scenarios.issue.unknownCluster',
    ]);
  });

  it('rejects an empty name and a date that is not a date', () => {
    expect(issueKeys(JSON.stringify(validFile({ name: '   ' })))).toEqual(['scenarios.issue.name']);
    expect(issueKeys(JSON.stringify(validFile({ createdAt: 'yesterday' })))).toEqual(['scenarios.issue.createdAt']);
  });

  it('refuses a huge file without parsing it', () => {
    expect(issueKeys(`{"pad": "${'x'.repeat(300 * 1024)}"}`)).toEqual(['scenarios.issue.tooLarge']);
  });
});
