/** A very large projects file is validated in batches with progress, so a page can stay responsive. */
import { describe, expect, it } from 'vitest';
import { projectsCsv } from '../../../src/import/dataset-export';
import { builtin, preview } from './helpers';

describe('large files', () => {
  it('reports progress between batches over 30,000 rows and still finds the one bad row', async () => {
    const data = builtin();
    const template = data.projects[0]!;
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ ...template, id: `L${i}` }));
    const csv = projectsCsv(rows).replace(/\r\nL17000,/, '\r\nL17000 bad,');
    const progress: number[] = [];
    const p = await preview('big.csv', data, { onProgress: (done) => void progress.push(done) }, new TextEncoder().encode(csv));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(30_000);
    expect(p.rowCount).toBe(30_000);
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([[17001, 'id', 'bad-id']]);
    expect(p.goodCount).toBe(29_999);
    expect(p.rows).toHaveLength(200);
  });
});
