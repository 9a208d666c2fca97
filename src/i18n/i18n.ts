import { computed, signal } from '@preact/signals';
import { localize, type LocalizedText } from '../../workers/model/localized-text';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

/**
 * The registered languages: one dictionary each, Chinese first. Adding a language is one line here plus
 * its dictionary file; test/unit/app/translations.test.ts then lists every message and data text it lacks.
 */
const DICTIONARIES = { 'zh-CN': zhCN, en } satisfies Record<string, Record<MessageKey, string>>;

export type Lang = keyof typeof DICTIONARIES;
export const LANGS = Object.keys(DICTIONARIES) as readonly Lang[];

/** The UI language. Chinese first: the county's planners are the primary users. */
export const lang = signal<Lang>('zh-CN');

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Looks up a message and fills `{name}` placeholders.
 * @example translate('en', 'site.areaValue', { ha: '12.5', mu: '187.5' }) // "12.5 ha (187.5 mu)"
 */
export function translate(language: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Translates in the current language; reading `lang` inside makes components re-render on a switch. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(lang.value, key, params);
}

/**
 * A localised data text (`{ "zh-CN": …, "en": … }`) in `language`, by default the UI's; a missing
 * translation falls back to Chinese, then English (see `localize`). Reading `lang` re-renders on a switch.
 * @example localText(cluster.name) // "矿产" in the Chinese UI, "Minerals" in the English one
 */
export function localText(text: LocalizedText, language: Lang = lang.value): string {
  return localize(text, language);
}

export const numberFormat = computed(() => new Intl.NumberFormat(lang.value, { maximumFractionDigits: 1 }));

export { DICTIONARIES };
export type { LocalizedText, MessageKey };
