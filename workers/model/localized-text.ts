/**
 * Text in several languages, the one shape every bilingual field takes — in data files
 * (`"name": { "zh-CN": "…", "en": "…" }`) and in code tables (parameter labels, sources, rationales).
 * It lives in the model because the model's own tables carry it; the app's dictionaries and language
 * switch (`src/i18n/`) read it through `localize`.
 */
import { z } from 'zod';

/** Language tags as BCP 47 writes them, e.g. "zh-CN", "en", "fr". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** The language every text must have: the county's planners read Chinese first. */
export const SOURCE_LANGUAGE = 'zh-CN';

/** Order in which a missing translation is replaced: the language asked for, then Chinese, then English. */
export const FALLBACK_LANGUAGES = [SOURCE_LANGUAGE, 'en'] as const;

export type LocalizedText = Readonly<Record<string, string>>;

/**
 * The schema of every localised field: an object from language tag to non-empty text, with at least
 * one language. Which languages must be present is not the schema's business (a file imported by a
 * planner may carry only Chinese); the completeness test lists every translation that is missing.
 */
export const localizedText = z
  .record(
    z.string().regex(LANGUAGE_TAG, { error: 'keys must be language tags such as "zh-CN" or "en"' }),
    z.string().trim().min(1),
  )
  .refine((text) => Object.keys(text).length > 0, { error: 'give the text in at least one language, e.g. { "zh-CN": "…" }' });

/**
 * The text in `language`, else in Chinese, else in English, else in whichever language it has.
 * @example localize({ 'zh-CN': '矿产', en: 'Minerals' }, 'en') // "Minerals"
 * @example localize({ 'zh-CN': '矿产' }, 'fr') // "矿产"
 */
export function localize(text: LocalizedText, language: string): string {
  const hit = text[language] ?? FALLBACK_LANGUAGES.map((l) => text[l]).find((v) => v !== undefined);
  return hit ?? Object.values(text)[0] ?? '';
}

/** True when `value` has the shape of a localised text (used to find every one in a data tree). */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return localizedText.safeParse(value).success && typeof value === 'object' && value !== null && SOURCE_LANGUAGE in value;
}
