import { isLang, type Lang } from '../i18n/i18n';

export interface UrlState {
  site?: string;
  lang?: Lang;
}

/**
 * Reads the app's URL parameters. Anything unknown or malformed is dropped quietly, so a stale or
 * mistyped link still opens the map.
 * @example readUrlState('?site=graphite-park&lang=en', new Set(['graphite-park'])) // { site: 'graphite-park', lang: 'en' }
 */
export function readUrlState(search: string, siteIds: ReadonlySet<string>): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const site = params.get('site');
  if (site !== null && siteIds.has(site)) state.site = site;
  const lang = params.get('lang');
  if (isLang(lang)) state.lang = lang;
  return state;
}

/**
 * Returns `href` with the app's parameters set (or removed when null), keeping every other
 * parameter and the hash as they were.
 * @example withUrlState('https://x/?mode=present#s=1', { site: 'chemical-park' }) // 'https://x/?mode=present&site=chemical-park#s=1'
 */
export function withUrlState(href: string, state: { site?: string | null; lang?: Lang | null }): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined) continue;
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.toString();
}
