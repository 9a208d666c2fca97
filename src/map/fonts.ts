import { SOURCE_LANGUAGE, type LocalizedText } from '../../workers/model/localized-text';

/**
 * The map has no glyph server: with no `glyphs` in the style, MapLibre draws labels with the user's
 * system fonts, trying these families in order. Chinese system fonts first, so 汉字 look native.
 */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', 'sans-serif'];

/**
 * A feature's label in the style's global `lang`: MapLibre cannot read into an object property, so
 * every labelled source carries its localised name flattened to `name:LANG` properties (OpenStreetMap's
 * convention; see `nameLabels`). A missing translation shows the Chinese name, as `localize` does.
 */
export const LOCALISED_NAME = [
  'coalesce',
  ['get', ['concat', 'name:', ['global-state', 'lang']]],
  ['get', `name:${SOURCE_LANGUAGE}`],
  ['get', 'name:en'],
] as const;

/**
 * The `name:LANG` properties of a localised name, for a map source.
 * @example nameLabels({ 'zh-CN': '矿产', en: 'Minerals' }) // { 'name:zh-CN': '矿产', 'name:en': 'Minerals' }
 */
export function nameLabels(name: LocalizedText): Record<string, string> {
  return Object.fromEntries(Object.entries(name).map(([language, text]) => [`name:${language}`, text]));
}
