import { describe, expect, it } from 'vitest';
import { PROJECT_CSV_COLUMNS, formatProjectCsvIssue, parseProjectsCsv } from '../../../workers/model/input/projects-csv';
import { BUILTIN_CLUSTER_IDS as CLUSTER_IDS, BUILTIN_SITE_IDS as SITE_IDS } from '../builtin-ids';

const header = PROJECT_CSV_COLUMNS.join(',');
const good = 'N01,项目,Project,graphite-park,new-materials,new,industry,20000,0,2017-06,12,18000,9,illustrative';
const options = { siteIds: SITE_IDS, clusterIds: CLUSTER_IDS };

describe('parseProjectsCsv', () => {
  it('parses a valid row into typed fields, with or without a BOM', () => {
    for (const text of [`${header}\n${good}\n`, `\uFEFF${header}\r\n${good}\r\n`]) {
      const r = parseProjectsCsv(text, options);
      expect(r.ok && r.projects[0]).toMatchObject({
        id: 'N01',
        total_investment_wan: 20000,
        construction_months: 12,
        type: 'new',
      });
    }
  });

  it('names row and column of a bad number', () => {
    const r = parseProjectsCsv(`${header}\n${good}\n${good.replace('N01', 'N02').replace(',20000,', ',lots,')}`, options);
    expect(!r.ok && r.issues.map(formatProjectCsvIssue)).toEqual([
      'row 2, column total_investment_wan: must be a number (got "lots")',
    ]);
  });

  it('rejects an unknown site and a duplicate id', () => {
    const r = parseProjectsCsv(`${header}\n${good}\n${good.replace('graphite-park', 'moon-base')}`, options);
    expect(!r.ok && r.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'site_id'],
      [2, 'id'],
    ]);
  });

  it('rejects missing columns in the header', () => {
    const r = parseProjectsCsv('id,name_zh\nA,b\n', options);
    expect(!r.ok && r.issues[0]).toEqual({ row: 0, column: 'name_en', message: 'missing column "name_en"' });
  });

  it('rejects a bad month, type and investment before the start of a new project', () => {
    const row = 'N01,项目,Project,graphite-park,new-materials,new,industry,20000,500,2017-13,12,18000,9,illustrative';
    const r = parseProjectsCsv(`${header}\n${row}`, options);
    expect(!r.ok && r.issues.map((i) => i.column)).toEqual(['planned_start', 'invested_before_wan']);
  });
});
