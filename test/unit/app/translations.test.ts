/**
 * Every registered language is complete: every dictionary key, and every localised text of the
 * built-in data and of the simulator's tables. A language added later is held to the same list.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS } from '../../../src/i18n/i18n';
import { localizedTextsIn, missingTranslations, type PlacedText } from '../../../src/i18n/translation-report';
import { PARAMETER_TABLE, PRESETS } from '../../../workers/model/parameters';
import { SENSITIVITY_OUTCOMES } from '../../../workers/model/sensitivity';
import { readDataJson } from './builtin-data';

/** Every data file with localised fields, and the code tables that carry them. */
const DATA_TEXTS: PlacedText[] = [
  ...['parks.geojson', 'places.geojson', 'clusters.json', 'targets.json', 'tour.json'].flatMap((file) =>
    localizedTextsIn(readDataJson(file), `data/${file}`),
  ),
  ...localizedTextsIn(PARAMETER_TABLE, 'PARAMETER_TABLE'),
  ...localizedTextsIn(PRESETS, 'PRESETS'),
  ...localizedTextsIn(SENSITIVITY_OUTCOMES, 'SENSITIVITY_OUTCOMES'),
];

describe('translations', () => {
  it('finds the localised texts of every data file and table', () => {
    const where = (prefix: string) => DATA_TEXTS.filter((t) => t.where.startsWith(prefix)).length;
    expect(where('data/parks.geojson')).toBeGreaterThanOrEqual(9 * 3); // name, town, source note per site
    expect(where('data/clusters.json')).toBeGreaterThan(0);
    expect(where('data/places.geojson')).toBeGreaterThan(0);
    expect(where('data/targets.json')).toBeGreaterThan(0);
    expect(where('data/tour.json')).toBeGreaterThan(0);
    expect(where('PARAMETER_TABLE')).toBe(PARAMETER_TABLE.length * 2);
    expect(where('PRESETS')).toBe(PRESETS.length * 2);
  });

  it.each(LANGS)('%s lacks no message and no data text', (language) => {
    expect(missingTranslations(language, DICTIONARIES, DATA_TEXTS)).toEqual([]);
  });

  it('lists what a newly registered language still lacks', () => {
    // A third language with a dictionary that translates two messages, one of them badly, and no data.
    const fr = { 'app.title': 'Comté de Tonghua', 'site.areaValue': '{ha} ha' };
    const dictionaries = { ...DICTIONARIES, fr };
    const report = missingTranslations('fr', dictionaries, DATA_TEXTS);
    const keys = Object.keys(DICTIONARIES['zh-CN']);
    expect(report).toContain('fr: message "site.town" is missing (zh-CN: "所在乡镇")');
    expect(report).toContain('fr: message "site.areaValue" has placeholders {ha}, zh-CN has {ha,mu}');
    expect(report.filter((line) => line.startsWith('fr: message'))).toHaveLength(keys.length - 1);
    expect(report).toContain('fr: data/clusters.json › clusters[1].name has no "fr" text (zh-CN: "矿产")');
    expect(report).toContain('fr: data/parks.geojson › features[0].properties.town has no "fr" text (zh-CN: "快大茂镇")');
    expect(report).toContain('fr: PRESETS › [1].label has no "fr" text (zh-CN: "保守")');
    expect(report.filter((line) => / has no "fr" text/.test(line))).toHaveLength(DATA_TEXTS.length);
    expect(missingTranslations('fr', DICTIONARIES, [])[0]).toMatch(/^fr: no dictionary/);
  });
});
