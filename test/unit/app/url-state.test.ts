import { describe, expect, it } from 'vitest';
import { readUrlState, withUrlState } from '../../../src/state/url-state';

const ids = new Set(['graphite-park', 'chemical-park']);

describe('readUrlState', () => {
  it('reads a known site and language', () => {
    expect(readUrlState('?site=graphite-park&lang=en', ids)).toEqual({ site: 'graphite-park', lang: 'en' });
  });

  it.each([
    ['unknown site', '?site=nowhere'],
    ['markup in the site', '?site=%3Cimg%20src%3Dx%3E'],
    ['empty site', '?site='],
    ['unknown language', '?lang=fr'],
    ['garbage', '?%%%=&&&site'],
  ])('ignores %s quietly', (_name, search) => {
    expect(readUrlState(search, ids)).toEqual({});
  });
});

describe('withUrlState', () => {
  it('sets and removes parameters, keeping the others and the hash', () => {
    const href = withUrlState('https://example.org/app/?mode=present&site=x#s=abc', { site: 'chemical-park', lang: null });
    expect(href).toBe('https://example.org/app/?mode=present&site=chemical-park#s=abc');
    expect(withUrlState(href, { site: null })).toBe('https://example.org/app/?mode=present#s=abc');
  });
});
