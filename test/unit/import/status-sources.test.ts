/**
 * The status line's list of files names exactly the files whose data is in use: a file drops out when
 * all its data is replaced (a later file of the same kind, reports replaced or dropped), and stays
 * while any of it is in use — also after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyDataset, resetHistoryForTests, restoreImportedDataset, storedDatasets } from '../../../src/import/dataset-history';
import { projectsCsv, reportsCsv, sitesGeoJson } from '../../../src/import/dataset-export';
import type { KeyValueBackend } from '../../../src/import/dataset-store';
import type { BuiltinData } from '../../../src/data/builtin-data';
import { dataset } from '../../../src/state/data-state';
import { issueLocation, issueText } from '../../../src/import/import-issue';
import type { ProgressReport } from '../../../workers/model/model-data';
import { builtin, preview } from './helpers';

function memoryBackend(): KeyValueBackend {
  const values = new Map<string, unknown>();
  return {
    get: async (k) => structuredClone(values.get(k)),
    set: async (k, v) => void values.set(k, structuredClone(v)),
    del: async (k) => void values.delete(k),
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Previews `bytes` against the data in use and applies it, as the panel does. */
async function apply(name: string, bytes: Uint8Array): Promise<void> {
  const p = await preview(name, dataset.peek()!, {}, bytes);
  expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
  await applyDataset(p.full!, name, p.kind!);
}

const sources = () => storedDatasets.value.current?.sources;

describe('files in use', () => {
  beforeEach(() => resetHistoryForTests());

  it('lists only the files whose data is in use, through every kind of replacement', async () => {
    const base: BuiltinData = builtin();
    const kv = memoryBackend();
    dataset.value = base;
    await restoreImportedDataset(base, kv);
    const [a, b] = base.projects;
    const report = (p: typeof a, reportDate: string): ProgressReport => ({
      projectId: p!.id,
      reportDate,
      status: 'not-started',
      investedToDateWan: p!.invested_before_wan,
    });

    await apply('sites-1.geojson', utf8(sitesGeoJson(base.sites)));
    await apply('reports-1.csv', utf8(reportsCsv([report(a, '2017-05-20'), report(b, '2017-05-20')])));
    expect(sources()).toEqual(['sites-1.geojson', 'reports-1.csv']);

    // A second sites file replaces the first.
    await apply('sites-2.geojson', utf8(sitesGeoJson(base.sites)));
    expect(sources()).toEqual(['reports-1.csv', 'sites-2.geojson']);

    // reports-2 replaces one of reports-1's two reports: both files are in use.
    await apply('reports-2.csv', utf8(reportsCsv([report(a, '2017-05-20')])));
    expect(sources()).toEqual(['reports-1.csv', 'sites-2.geojson', 'reports-2.csv']);

    // reports-3 replaces the other one: reports-1 is no longer in use.
    await apply('reports-3.csv', utf8(reportsCsv([report(b, '2017-05-20')])));
    expect(sources()).toEqual(['sites-2.geojson', 'reports-2.csv', 'reports-3.csv']);

    // A projects file without project b drops reports-3's report (and a's stays).
    const projects = (await preview('projects-template-gbk.csv', dataset.peek()!)).full!.projects;
    const withA = [a!, ...projects];
    await apply('projects.csv', utf8(projectsCsv(withA)));
    expect(sources()).toEqual(['sites-2.geojson', 'reports-2.csv', 'projects.csv']);

    // The same after a reload.
    resetHistoryForTests();
    await restoreImportedDataset(builtin(), kv);
    expect(sources()).toEqual(['sites-2.geojson', 'reports-2.csv', 'projects.csv']);
  });
});

describe('file-level problems', () => {
  it('name the file where a row or feature would be', async () => {
    const p = await preview('empty.zip', builtin(), {}, await zipWith({ 'readme.txt': 'x' }));
    expect(p.issues.map((i) => i.code)).toEqual(['shp-no-layer']);
    expect(issueLocation(p.issues[0]!, 'en', p.fileName)).toBe('File “empty.zip”');
    expect(issueLocation(p.issues[0]!, 'zh-CN', p.fileName)).toBe('文件“empty.zip”');
    expect(issueText(p.issues[0]!, 'en')).not.toContain('—');
  });
});

async function zipWith(files: Record<string, string>): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array' });
}
