import { describe, expect, it } from 'vitest';
import { openPmtiles, PmtilesRejected } from '../../../src/map/basemaps/pmtiles-file';
import { COUNTY, TILE_TYPE, rasterArchive, vectorArchive, writePmtiles } from '../../fixtures/basemap/pmtiles-fixtures.mjs';

const blob = (buffer: Buffer) => new Blob([new Uint8Array(buffer)]);

async function problem(input: Blob, maxBytes?: number) {
  try {
    await openPmtiles(input, { maxBytes });
  } catch (error) {
    if (error instanceof PmtilesRejected) return { problem: error.problem, detail: error.detail };
    throw error;
  }
  return null;
}

describe('openPmtiles', () => {
  it('opens the vector and raster fixtures as vector and raster basemaps over the county', async () => {
    const vector = await openPmtiles(blob(vectorArchive()));
    expect(vector.kind).toBe('vector');
    expect(vector.header).toMatchObject({ specVersion: 3, tileType: TILE_TYPE.mvt, minZoom: 5, maxZoom: 10 });
    const tile = await vector.archive.getZxy(9, 434, 190);
    expect(tile?.data.byteLength).toBeGreaterThan(0);
    expect((await openPmtiles(blob(rasterArchive()))).kind).toBe('raster');
  });

  it('refuses what is not a PMTiles archive, an unsupported tile type, bounds off the county, and a file over the cap', async () => {
    expect(await problem(new Blob(['not an archive'.repeat(20)]))).toEqual({ problem: 'not-pmtiles', detail: {} });
    expect(
      await problem(
        blob(
          writePmtiles({ tiles: [{ z: 6, x: 54, y: 23, data: new Uint8Array([1]) }], tileType: TILE_TYPE.mlt, bounds: COUNTY }),
        ),
      ),
    ).toEqual({
      problem: 'unsupported-type',
      detail: { type: 'Mlt' },
    });
    expect(await problem(blob(vectorArchive({ bounds: [2.2, 48.8, 2.5, 48.9] })))).toEqual({
      problem: 'outside-county',
      detail: { bounds: '2.20, 48.80, 2.50, 48.90' },
    });
    expect(await problem(blob(Buffer.alloc(3 * 2 ** 20)), 2 ** 20)).toEqual({
      problem: 'too-large',
      detail: { size: 3, max: 1 },
    });
  });
});
