/**
 * No engine text reaches a user: every file-level problem of the bad-file corpus is a message of our
 * own dictionaries with its place, in both languages — invalid JSON by line and column, projected
 * coordinates as one message for the file, archives that inflate beyond the cap refused before (or,
 * when their sizes lie, while) inflating.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issueMessage, issueText } from '../../../src/import/import-issue';
import { builtin, fixtureBytes, preview } from './helpers';

const data = builtin();
const codes = (p: { issues: { code: string }[] }) => p.issues.map((i) => i.code);

describe('file-level problems in the user’s language', () => {
  it('locates invalid JSON by line and column and says what is missing', async () => {
    const p = await preview('bad-json-syntax.geojson');
    expect(codes(p)).toEqual(['not-json']);
    expect(issueMessage(p.issues[0]!, 'en')).toBe('Not valid JSON: line 10, column 9: a comma or } is missing');
    expect(issueMessage(p.issues[0]!, 'zh-CN')).toBe('不是有效的 JSON：第 10 行第 9 列，缺少逗号或 }');
  });

  it.each([
    ['{"type": "FeatureCollection", "features": [', 'truncated'],
    ['{"type": "FeatureCollection", "features": [],}', 'property-name'],
    ["{'type': 'FeatureCollection'}", 'character'],
    ['{"type": "FeatureCollection" "features": []}', 'comma-or-brace'],
    ['{"type": "FeatureCollection", "features": [1 2]}', 'comma-or-bracket'],
    ['{"type": "FeatureCollection", "features": []} x', 'after-end'],
    ['// sites\n{"type": "FeatureCollection", "features": []}', 'comment'],
    ['{"type": "FeatureCollection", "features": [], "n": 01}', 'comma-or-brace'],
  ])('names the JSON problem of %j', async (text, problem) => {
    const p = await preview('x.geojson', data, {}, new TextEncoder().encode(text));
    expect(p.issues.map((i) => [i.code, i.params['problem']])).toEqual([['not-json', problem]]);
  });

  it('reports a Shapefile in metres without .prj once, for the file, and reads it with its .prj', async () => {
    const p = await preview('bad-projected-no-prj.zip');
    expect(codes(p)).toEqual(['projected-no-prj']);
    expect(issueMessage(p.issues[0]!, 'en')).toMatch(
      /^The coordinates look projected \(metres, e\.g\. \d+, \d+\): include the \.prj file in the zip, or export the Shapefile as WGS-84/,
    );
    expect(issueMessage(p.issues[0]!, 'zh-CN')).toContain('请把 .prj 文件一起放进压缩包');
    const withPrj = await preview('sites-projected-with-prj.zip');
    expect(withPrj.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(withPrj.full?.sites.map((s) => s.properties.id)).toEqual(data.sites.map((s) => s.properties.id));
  });

  it('reports projected GeoJSON once, for the file', async () => {
    const p = await preview('bad-projected.geojson');
    expect(codes(p)).toEqual(['projected-coordinates']);
  });

  it('reports degrees out of range once per feature, with an example', async () => {
    const json = JSON.parse(new TextDecoder().decode(fixtureBytes('sites-valid.geojson'))) as {
      features: { geometry: { coordinates: number[][][] } }[];
    };
    json.features[0]!.geometry.coordinates[0]![1] = [225.9, 41.7];
    json.features[1]!.geometry.coordinates[0] = json.features[1]!.geometry.coordinates[0]!.map(([x, y]) => [x!, y! + 60]);
    const p = await preview('x.geojson', data, {}, new TextEncoder().encode(JSON.stringify(json)));
    // (the two sites left out are then missing for projects in use: file-level issues, not listed here)
    expect(p.issues.filter((i) => i.row !== undefined).map((i) => [i.row, i.code])).toEqual([
      [1, 'coordinates-out-of-range'],
      [2, 'coordinates-out-of-range'],
    ]);
    expect(issueMessage(p.issues[0]!, 'en')).toContain('225.9, 41.7');
  });

  it.each([
    ['bad-kmz-bomb.kmz', 'KMZ'],
    ['bad-kmz-lying-sizes.kmz', 'KMZ'],
    ['bad-shapefile-lying-sizes.zip', 'ZIP'],
    ['bad-xlsx-bomb.xlsx', 'XLSX'],
  ])(
    'refuses %s, which expands beyond the cap',
    async (file, kind) => {
      const p = await preview(file);
      expect(codes(p)).toEqual(['zip-too-large']);
      expect(issueMessage(p.issues[0]!, 'en')).toContain(`The ${kind} expands beyond 100 MB`);
      expect(issueMessage(p.issues[0]!, 'zh-CN')).toContain(`${kind} 文件解压后超过 100 MB`);
    },
    60_000,
  ); // a lying archive is inflated up to the cap (100 MB) before it is refused

  it('refuses damaged archives and workbooks without engine text', async () => {
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    for (const name of ['a.kmz', 'a.zip', 'a.xlsx']) {
      const p = await preview(name, data, {}, junk);
      expect(p.issues).toHaveLength(1);
      expect(['not-zip', 'xlsx-invalid']).toContain(p.issues[0]!.code);
    }
  });

  it('never shows text that is not from the dictionaries, for any bad fixture', async () => {
    const dir = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.startsWith('bad-'))) {
      const p = await preview(file);
      expect(p.issues.length).toBeGreaterThan(0);
      for (const issue of p.issues) {
        // Every parameter is data from the file or a number, never a sentence from a library.
        for (const [name, value] of Object.entries(issue.params))
          expect({ file, name, value: String(value) }).not.toMatchObject({
            value: expect.stringMatching(/Unexpected|Invalid|expected|Error|undefined|Too (big|small)/),
          });
        expect(issueText(issue, 'zh-CN')).not.toMatch(/\{\w+\}/);
      }
    }
  }, 120_000);
});
