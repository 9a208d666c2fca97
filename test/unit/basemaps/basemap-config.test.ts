import { describe, expect, it } from 'vitest';
import { isAllowedUrl, parseBasemapConfig } from '../../../src/map/basemaps/basemap-config';
import { basemapOptions } from '../../../src/map/basemaps/basemap-controller';

const KEY = '0123456789abcdef0123456789abcdef';

describe('basemaps.json', () => {
  it('accepts the shipped file and a full deployment', () => {
    expect(parseBasemapConfig({})).toEqual({ ok: true, config: {} });
    const full = {
      tianditu: { key: KEY, reviewNumber: 'GS(2024)0568号' },
      pmtilesUrl: 'maps/county.pmtiles',
      pmtilesMaxMB: 200,
      allowedOrigins: ['http://10.1.2.3:8080'],
      services: [
        { id: 'intranet', name: { zh: '内网', en: 'Intranet' }, type: 'xyz', url: 'http://10.1.2.3:8080/{z}/{x}/{y}.png' },
      ],
    };
    expect(parseBasemapConfig(full)).toEqual({ ok: true, config: full });
  });

  it.each([
    ['a key that is not a 天地图 key', { tianditu: { key: 'abc', reviewNumber: 'GS' } }, 'tianditu.key'],
    ['a missing 审图号', { tianditu: { key: KEY } }, 'tianditu.reviewNumber'],
    ['a reserved id', { services: [{ id: 'builtin', name: { zh: 'a', en: 'a' }, type: 'xyz', url: '/t' }] }, 'services.0.id'],
    [
      'an id used twice',
      {
        services: [
          { id: 'a', name: { zh: 'a', en: 'a' }, type: 'xyz', url: '/t' },
          { id: 'a', name: { zh: 'b', en: 'b' }, type: 'xyz', url: '/u' },
        ],
      },
      'services.1.id',
    ],
    ['a wildcard origin', { allowedOrigins: ['*'] }, 'allowedOrigins.0'],
    ['an unknown setting', { tiandituKey: KEY }, '(file)'],
  ])('refuses %s', (_name, json, path) => {
    const outcome = parseBasemapConfig(json);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toContain(path);
  });

  it('offers the built-in basemap first, then what the deployment and the browser have', () => {
    expect(basemapOptions({}, false).map((o) => o.id)).toEqual(['builtin']);
    const config = {
      tianditu: { key: KEY, reviewNumber: 'GS' },
      services: [{ id: 'x', name: { zh: 'x', en: 'x' }, type: 'style' as const, url: '/s' }],
    };
    expect(basemapOptions(config, true).map((o) => o.id)).toEqual(['builtin', 'tianditu-vec', 'tianditu-img', 'pmtiles', 'x']);
  });
});

describe('isAllowedUrl', () => {
  const base = 'https://parks.example.cn/app/';
  it('allows the app origin and listed origins, templates included', () => {
    expect(isAllowedUrl('tiles/{z}/{x}/{y}.png', base)).toBe(true);
    expect(isAllowedUrl('http://10.1.2.3:8080/t/{z}/{x}/{y}.png', base, ['http://10.1.2.3:8080'])).toBe(true);
  });
  it('refuses other origins, ports and schemes', () => {
    expect(isAllowedUrl('http://10.1.2.3:8081/t/{z}/{x}/{y}.png', base, ['http://10.1.2.3:8080'])).toBe(false);
    expect(isAllowedUrl('https://evil.example/{z}', base, ['http://10.1.2.3:8080'])).toBe(false);
    expect(isAllowedUrl('javascript:alert(1)', base)).toBe(false);
    expect(isAllowedUrl('pmtiles://https://evil.example/x', base)).toBe(false);
  });
});
