/** Export → import gives identical data: the built-in dataset and imported reports, as CSV and XLSX. */
import { describe, expect, it } from 'vitest';
import {
  projectsCsv,
  projectsXlsx,
  reportsCsv,
  reportsXlsx,
  sitesGeoJson,
  templateRows,
} from '../../../src/import/dataset-export';
import { builtin, preview } from './helpers';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('export → import', () => {
  it('gives the identical built-in projects through CSV (UTF-8 with BOM)', async () => {
    const data = builtin();
    const csv = projectsCsv(data.projects);
    expect(csv.startsWith('\uFEFF项目编号 id,')).toBe(true);
    const p = await preview('projects.csv', data, {}, utf8(csv));
    expect(p.issues).toEqual([]);
    expect(p.full?.projects).toEqual(data.projects);
  });

  it('gives the identical built-in projects through XLSX', async () => {
    const data = builtin();
    const p = await preview('projects.xlsx', data, {}, await bytesOf(await projectsXlsx(data.projects)));
    expect(p.issues).toEqual([]);
    expect(p.full?.projects).toEqual(data.projects);
  });

  it('gives identical progress reports through CSV and XLSX', async () => {
    const data = builtin();
    const reports = [
      { projectId: 'C01', reportDate: '2017-05-20', status: 'under-construction' as const, investedToDateWan: 110000.5 },
      { projectId: 'N01', reportDate: '2017-08-30', status: 'not-started' as const, investedToDateWan: 0 },
    ];
    const viaCsv = await preview('r.csv', data, {}, utf8(reportsCsv(reports)));
    const viaXlsx = await preview('r.xlsx', data, {}, await bytesOf(await reportsXlsx(reports)));
    expect(viaCsv.full?.progressReports).toEqual(reports);
    expect(viaXlsx.full?.progressReports).toEqual(reports);
  });

  it('gives the identical built-in sites through GeoJSON', async () => {
    const data = builtin();
    const p = await preview('sites.geojson', data, {}, utf8(sitesGeoJson(data.sites)));
    expect(p.issues).toEqual([]);
    expect(p.full?.sites).toEqual(data.sites);
  });

  it('guards formula-like text for spreadsheets and restores it on import', async () => {
    const data = builtin();
    const odd = data.projects.map((x, i) => (i === 0 ? { ...x, name_zh: '=HYPERLINK("x")', name_en: "'+already quoted" } : x));
    const csv = projectsCsv(odd);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const p = await preview('projects.csv', data, {}, utf8(csv));
    expect(p.full?.projects).toEqual(odd);
  });

  it('has templates that import as they are', async () => {
    const data = builtin();
    const rows = templateRows(data);
    const projects = await preview('t.csv', data, {}, utf8(projectsCsv(rows.projects)));
    const reports = await preview('r.csv', data, {}, utf8(reportsCsv(rows.reports)));
    expect(projects.issues).toEqual([]);
    expect(reports.issues).toEqual([]);
  });
});
