import { describe, expect, it } from 'vitest';
import { allowedOrigins, parseEmbedConfig, parseOriginList } from '../../../src/embed/embed-config';
import { readUrlState } from '../../../src/state/url-state';

const APP = 'https://parks.example.cn';
const DASH = 'https://dash.example.cn';

describe('embed allow-list', () => {
  it('allows only the app’s own origin by default', () => {
    expect([...allowedOrigins(APP, [], [])]).toEqual([APP]);
  });

  it('accepts exact origins and rejects paths, wildcards and "*"', () => {
    expect(parseEmbedConfig({ allowedParentOrigins: [DASH, 'http://127.0.0.1:4180'] })).toEqual({
      ok: true,
      origins: [DASH, 'http://127.0.0.1:4180'],
    });
    for (const bad of [
      '*',
      'https://*.example.cn',
      'https://dash.example.cn/',
      'dash.example.cn',
      'null',
      'javascript:alert(1)',
    ]) {
      expect(parseEmbedConfig({ allowedParentOrigins: [bad] }).ok, bad).toBe(false);
    }
    expect(parseEmbedConfig({ allowedParentOrigins: [DASH], extra: true }).ok).toBe(false);
  });

  it('reads the build variable and reports what it drops', () => {
    expect(parseOriginList(`${DASH}, *  http://127.0.0.1:5174`)).toEqual({
      origins: [DASH, 'http://127.0.0.1:5174'],
      rejected: ['*'],
    });
    expect(parseOriginList(undefined)).toEqual({ origins: [], rejected: [] });
  });

  it('lets parentOrigin narrow the list but never widen it', () => {
    expect([...allowedOrigins(APP, [DASH], [], DASH)]).toEqual([DASH]);
    expect([...allowedOrigins(APP, [DASH], [], 'https://evil.example')]).toEqual([]);
  });

  it('reads parentOrigin, theme and basemap from the URL only when well-formed', () => {
    expect(readUrlState(`?parentOrigin=${encodeURIComponent(DASH)}&theme=dark&basemap=builtin`, new Set())).toEqual({
      parentOrigin: DASH,
      theme: 'dark',
      basemap: 'builtin',
    });
    expect(readUrlState('?parentOrigin=*&theme=neon&basemap=https%3A%2F%2Ft0.example%2F', new Set())).toEqual({});
    // A basemap id is taken by its syntax; whether it exists is decided against the deployment file.
    expect(readUrlState('?basemap=tianditu-img', new Set())).toEqual({ basemap: 'tianditu-img' });
    expect(readUrlState('?basemap=Tianditu%20IMG', new Set())).toEqual({});
  });
});
