import { isLang, type Lang } from '../i18n/i18n';
import { isBasemapId } from '../map/basemaps/basemap-choice';
import { parseMonth } from '../../workers/model/calendar';

export const APP_MODES = ['explore', 'present', 'embed'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/**
 * A basemap id ('builtin', 'tianditu-vec', 'pmtiles', a deployer's service id). The URL only names a
 * basemap; what it is (and any key) comes from the deployment file, so a link never carries a key.
 */
export type Basemap = string;

export interface UrlState {
  site?: string;
  lang?: Lang;
  mode?: AppMode;
  /** 'YYYY-MM' */
  month?: string;
  theme?: Theme;
  basemap?: Basemap;
  /**
   * An origin ('https://host[:port]') the embedding page says it has. It can only narrow the
   * deploy-time allow-list of parent origins (src/embed/embed-config.ts), never widen it: anyone
   * can write a URL, only the deployer writes the config.
   */
  parentOrigin?: string;
}

/**
 * The origin of `value` when `value` is exactly an http(s) origin, otherwise null.
 * @example exactOrigin('https://dash.example.cn') // 'https://dash.example.cn'; exactOrigin('https://a.cn/x') // null
 */
export function exactOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // URL() keeps '*' in a host name; refuse it so nobody mistakes it for a wildcard.
    if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
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
  const mode = params.get('mode');
  if ((APP_MODES as readonly (string | null)[]).includes(mode)) state.mode = mode as AppMode;
  const month = params.get('month');
  if (month !== null && /^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(month)) state.month = month;
  const theme = params.get('theme');
  if ((THEMES as readonly (string | null)[]).includes(theme)) state.theme = theme as Theme;
  const basemap = params.get('basemap');
  if (isBasemapId(basemap)) state.basemap = basemap;
  const parentOrigin = params.get('parentOrigin');
  if (parentOrigin !== null && exactOrigin(parentOrigin) !== null) state.parentOrigin = parentOrigin;
  return state;
}

/**
 * Returns `href` with the app's parameters set (or removed when null), keeping every other
 * parameter and the hash as they were.
 * @example withUrlState('https://x/?mode=present#s=1', { site: 'chemical-park' }) // 'https://x/?mode=present&site=chemical-park#s=1'
 */
export function withUrlState(
  href: string,
  state: { site?: string | null; lang?: Lang | null; month?: string | null; basemap?: string | null },
): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined) continue;
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.toString();
}

/**
 * Month index of 'YYYY-MM' counted from `start` ('YYYY-MM'); may be negative or past the horizon.
 * @example monthIndex('2017-01', '2018-03') // 14
 */
export function monthIndex(start: string, month: string): number {
  return parseMonth(month) - parseMonth(start);
}
