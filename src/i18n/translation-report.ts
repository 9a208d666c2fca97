/**
 * What a language still lacks: dictionary keys and localised data texts. Pure, so the completeness
 * test can run it for every registered language — and for a language that is not registered yet.
 */
import { isLocalizedText, SOURCE_LANGUAGE, type LocalizedText } from '../../workers/model/localized-text';

/** One localised text and where it lives, e.g. `data/clusters.json › clusters[2].name`. */
export interface PlacedText {
  where: string;
  text: LocalizedText;
}

/**
 * Every localised text inside a parsed data file or table, with its path.
 * @example localizedTextsIn({ a: [{ name: { 'zh-CN': '矿产' } }] }, 'x.json') // [{ where: 'x.json › a[0].name', … }]
 */
export function localizedTextsIn(tree: unknown, where: string): PlacedText[] {
  const found: PlacedText[] = [];
  const walk = (node: unknown, path: string): void => {
    if (isLocalizedText(node)) {
      found.push({ where: `${where} › ${path}`, text: node });
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (node !== null && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
  };
  walk(tree, '');
  return found;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join();

/**
 * One line per missing or broken translation: dictionary keys the Chinese dictionary has and `language`
 * lacks (or leaves empty, or gives other placeholders), and data texts with no `language` version.
 * An empty list means the language is complete.
 */
export function missingTranslations(
  language: string,
  dictionaries: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>,
  texts: readonly PlacedText[],
): string[] {
  const source = dictionaries[SOURCE_LANGUAGE] ?? {};
  const dictionary = dictionaries[language];
  const lines: string[] = [];
  if (!dictionary) lines.push(`${language}: no dictionary (add src/i18n/${language}.ts and register it in src/i18n/i18n.ts)`);
  for (const [key, text] of Object.entries(source)) {
    const translated = dictionary?.[key];
    if (dictionary && (translated === undefined || translated.trim() === ''))
      lines.push(`${language}: message "${key}" is missing (zh-CN: "${text}")`);
    else if (translated !== undefined && placeholders(translated) !== placeholders(text))
      lines.push(
        `${language}: message "${key}" has placeholders {${placeholders(translated)}}, zh-CN has {${placeholders(text)}}`,
      );
  }
  for (const key of Object.keys(dictionary ?? {}))
    if (!(key in source)) lines.push(`${language}: message "${key}" is not in the Chinese dictionary`);
  for (const { where, text } of texts)
    if (!text[language]?.trim())
      lines.push(`${language}: ${where} has no "${language}" text (zh-CN: "${text[SOURCE_LANGUAGE]}")`);
  return lines;
}
