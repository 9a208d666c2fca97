/** Files that must import: the templates saved as GBK CSV and as XLSX, other spellings, site formats. */
import { describe, expect, it } from 'vitest';
import { issueText } from '../../../src/import/import-issue';
import { builtin, fixtureBytes, preview } from './helpers';

/** Number of features in a GeoJSON fixture (what an import of it must keep). */
const featureCount = (name: string) =>
  (JSON.parse(new TextDecoder().decode(fixtureBytes(name))) as { features: unknown[] }).features.length;

const EXPECTED_IDS = ['T01', 'T02', 'T03'];

describe('project files', () => {
  it('imports a GBK CSV saved from the template, Chinese names intact', async () => {
    const p = await preview('projects-template-gbk.csv');
    expect(p.issues.map((i) => issueText(i, 'en'))).toEqual([]);
    expect(p.encoding).toBe('gb18030');
    expect(p.full?.projects.map((x) => x.id)).toEqual(EXPECTED_IDS);
    expect(p.full?.projects[0]).toMatchObject({
      name_zh: '人参深加工扩建项目',
      total_investment_wan: 36000,
      planned_start: '2017-05',
    });
  });

  it('imports an XLSX from the template', async () => {
    const p = await preview('projects-template.xlsx');
    expect(p.issues.map((i) => issueText(i, 'en'))).toEqual([]);
    expect(p.full?.projects.map((x) => x.id)).toEqual(EXPECTED_IDS);
    expect(p.full?.projects[2]).toMatchObject({ type: 'continuing', invested_before_wan: 30000, construction_months: 12 });
  });

  it('gives the same projects from the GBK CSV, the UTF-8 CSV with BOM and the XLSX', async () => {
    const [gbk, bom, xlsx] = await Promise.all([
      preview('projects-template-gbk.csv'),
      preview('projects-utf8-bom.csv'),
      preview('projects-template.xlsx'),
    ]);
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.full?.projects).toEqual(gbk.full?.projects);
    expect(xlsx.full?.projects).toEqual(gbk.full?.projects);
  });

  it('reads a month that a spreadsheet turned into a date', async () => {
    const p = await preview('projects-dates.xlsx');
    expect(p.full?.projects.map((x) => x.planned_start)).toEqual(['2017-05', '2017-06', '2017-04']);
  });

  it('accepts plain Chinese headers and Chinese type and category values', async () => {
    const p = await preview('projects-chinese-headers.csv');
    expect(p.issues).toEqual([]);
    expect(p.full?.projects.map((x) => x.type)).toEqual(['new', 'new', 'continuing']);
  });

  it('keeps HTML and script in names as plain text', async () => {
    const p = await preview('html-in-names.csv');
    expect(p.issues).toEqual([]);
    expect(p.full?.projects[0]?.name_zh).toBe('<img src=x onerror="window.__xss=1">人参');
    expect(p.full?.projects[1]?.name_en).toBe('<script>window.__xss=2</script>Graphene');
  });

  it('replaces the projects and keeps everything else of the data in use', async () => {
    const data = builtin();
    const p = await preview('projects-template-gbk.csv', data);
    expect(p.full?.sites).toBe(data.sites);
    expect(p.full?.baseline).toBe(data.baseline);
  });
});

describe('progress reports', () => {
  it('imports reports with Chinese status words and other date spellings, merged into the data in use', async () => {
    const p = await preview('reports-valid.csv');
    expect(p.kind).toBe('reports');
    expect(p.issues).toEqual([]);
    expect(p.full?.progressReports).toEqual([
      { projectId: 'C01', reportDate: '2017-07-20', status: 'under-construction', investedToDateWan: 150000 },
      { projectId: 'N02', reportDate: '2017-06-30', status: 'under-construction', investedToDateWan: 9000 },
      { projectId: 'N03', reportDate: '2017-08-15', status: 'not-started', investedToDateWan: 0 },
    ]);
    expect(p.full?.projects.length).toBe(builtin().projects.length);
  });

  it('warns about and drops reports of projects a new project list no longer has', async () => {
    const data = {
      ...builtin(),
      progressReports: [{ projectId: 'C01', reportDate: '2017-07-20', status: 'completed' as const, investedToDateWan: 150000 }],
    };
    const p = await preview('projects-template-gbk.csv', data);
    expect(p.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'reports-dropped']]);
    expect(p.full?.progressReports).toEqual([]);
  });
});

describe('site files', () => {
  it('imports GeoJSON sites', async () => {
    const p = await preview('sites-valid.geojson');
    expect(p.issues).toEqual([]);
    expect(p.full?.sites).toHaveLength(featureCount('sites-valid.geojson'));
  });

  it('converts GCJ-02 coordinates to WGS-84 when GCJ-02 is chosen', async () => {
    const [wgs, gcj] = await Promise.all([
      preview('sites-valid.geojson'),
      preview('sites-gcj02.geojson', builtin(), { crs: 'gcj02' }),
    ]);
    const a = wgs.full!.sites[0]!.geometry.coordinates[0]![0] as number[];
    const b = gcj.full!.sites[0]!.geometry.coordinates[0]![0] as number[];
    // GCJ-02 is offset by a few hundred metres in this area; the round trip is within a metre.
    expect(Math.abs(a[0]! - b[0]!)).toBeLessThan(1e-5);
    expect(Math.abs(a[1]! - b[1]!)).toBeLessThan(1e-5);
  });

  it('without the conversion the same GCJ-02 file lands hundreds of metres off (the test above can fail)', async () => {
    const [wgs, raw] = await Promise.all([preview('sites-valid.geojson'), preview('sites-gcj02.geojson')]);
    const a = wgs.full!.sites[0]!.geometry.coordinates[0]![0] as number[];
    const b = raw.full!.sites[0]!.geometry.coordinates[0]![0] as number[];
    expect(Math.abs(a[0]! - b[0]!)).toBeGreaterThan(1e-3);
  });

  it('warns, without blocking, about a site outside the county', async () => {
    const p = await preview('sites-outside-county.geojson');
    expect(p.issues.map((i) => [i.severity, i.code, i.feature])).toEqual([['warning', 'outside-county', 'feldspar-park']]);
    expect(p.full?.sites).toHaveLength(featureCount('sites-outside-county.geojson'));
  });

  it('imports a zipped Shapefile with Chinese names from its UTF-8 .dbf', async () => {
    const p = await preview('sites-valid-shapefile.zip');
    expect(p.issues).toEqual([]);
    const ids = p.full!.sites.map((s) => s.properties.id);
    expect(ids).toEqual(builtin().sites.map((s) => s.properties.id));
    expect(p.full!.sites[0]!.properties.name).toEqual(builtin().sites[0]!.properties.name);
    expect(p.full!.sites[0]!.properties.clusters).toEqual(builtin().sites[0]!.properties.clusters);
  });
});
