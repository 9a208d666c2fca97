/**
 * The map has no glyph server: with no `glyphs` in the style, MapLibre draws labels with the user's
 * system fonts, trying these families in order. Chinese system fonts first, so 汉字 look native.
 */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', 'sans-serif'];

/** Chooses the zh or en name property from the style's global `lang` state. */
export const LOCALISED_NAME = ['case', ['==', ['global-state', 'lang'], 'en'], ['get', 'name_en'], ['get', 'name_zh']] as const;
