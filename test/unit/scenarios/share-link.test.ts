import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, presetParams } from '../../../workers/model/parameters';
import { changedParams, decodeShareHash, encodeShareHash, hashWithoutShare, shareUrl } from '../../../src/scenarios/share-link';
import { CONTEXT } from './helpers';

async function deflateToHash(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `#s=${Buffer.from(bytes).toString('base64url')}`;
}

describe('share link', () => {
  it('round-trips parameters and name', async () => {
    const params = { ...presetParams('conservative', { runs: 5000, seed: 7 }), siteDelayMonths: { 'chemical-park': 3 } };
    const hash = await encodeShareHash(params, '保守 · 化工园延期');
    expect(await decodeShareHash(`#${hash}`, CONTEXT)).toEqual({ status: 'ok', scenario: { params, name: '保守 · 化工园延期' } });
  });

  it('carries only the parameters that differ from the defaults', () => {
    expect(changedParams({ ...DEFAULT_PARAMS, runs: 500 })).toEqual({ runs: 500 });
    expect(changedParams(DEFAULT_PARAMS)).toEqual({});
  });

  it('keeps other URL parts and replaces an old hash', async () => {
    const url = await shareUrl('https://example.org/app/?lang=en&site=graphite-park#old', DEFAULT_PARAMS, '');
    expect(url).toMatch(/^https:\/\/example\.org\/app\/\?lang=en&site=graphite-park#s=[A-Za-z0-9_-]+$/);
  });

  it('reports no link when the hash has none', async () => {
    expect(await decodeShareHash('', CONTEXT)).toEqual({ status: 'absent' });
    expect(await decodeShareHash('#site=x', CONTEXT)).toEqual({ status: 'absent' });
  });

  it('rejects a truncated link', async () => {
    const hash = await encodeShareHash(presetParams('optimistic'), 'optimistic');
    const result = await decodeShareHash(`#${hash.slice(0, hash.length - 6)}`, CONTEXT);
    expect(result).toEqual({ status: 'invalid', issues: [{ key: 'scenarios.issue.linkDamaged' }] });
  });

  it('rejects characters outside base64url and bytes that are not deflate data', async () => {
    expect(await decodeShareHash('#s=abc$def', CONTEXT)).toEqual({
      status: 'invalid',
      issues: [{ key: 'scenarios.issue.linkDamaged' }],
    });
    expect(await decodeShareHash('#s=SGVsbG8gd29ybGQ', CONTEXT)).toEqual({
      status: 'invalid',
      issues: [{ key: 'scenarios.issue.linkDamaged' }],
    });
  });

  it('rejects a tampered payload with out-of-range values, naming the parameter', async () => {
    const result = await decodeShareHash(await deflateToHash('{"v":1,"p":{"runs":1e9}}'), CONTEXT);
    expect(result.status === 'invalid' && result.issues).toEqual([
      {
        key: 'scenarios.issue.paramInteger',
        paramId: 'runs',
        values: { path: 'runs', min: 1, max: 100000, step: 1, got: '1000000000' },
      },
    ]);
  });

  it('rejects a payload of another version or with unknown fields', async () => {
    expect(await decodeShareHash(await deflateToHash('{"v":2,"p":{}}'), CONTEXT)).toEqual({
      status: 'invalid',
      issues: [{ key: 'scenarios.issue.linkVersion' }],
    });
    expect(await decodeShareHash(await deflateToHash('{"v":1,"p":{},"x":1}'), CONTEXT)).toEqual({
      status: 'invalid',
      issues: [{ key: 'scenarios.issue.linkDamaged' }],
    });
  });

  it('refuses to inflate a payload beyond the size bound (a deflate bomb)', async () => {
    const hash = await deflateToHash(`{"v":1,"n":"${' '.repeat(200_000)}","p":{}}`);
    expect(hash.length).toBeLessThan(2000);
    expect(await decodeShareHash(hash, CONTEXT)).toEqual({ status: 'invalid', issues: [{ key: 'scenarios.issue.linkTooLong' }] });
  });

  it('takes the share fragment out of a hash and keeps the rest', () => {
    expect(hashWithoutShare('#s=abc&x=1')).toBe('#x=1');
    expect(hashWithoutShare('#s=abc')).toBe('');
  });
});
