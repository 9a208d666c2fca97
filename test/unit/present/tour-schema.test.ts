import { describe, expect, it } from 'vitest';
import { parseTour } from '../../../src/present/tour-schema';
import { readDataJson } from '../app/builtin-data';

const SITE_IDS = new Set(
  (readDataJson('parks.geojson') as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id),
);
const validTour = () => structuredClone(readDataJson('tour.json')) as { chapters: Record<string, unknown>[] };

/** A copy of data/tour.json with chapter `id` changed by `change`. */
function withChapter(id: string, change: (chapter: Record<string, unknown>) => void) {
  const tour = validTour();
  const chapter = tour.chapters.find((c) => c['id'] === id);
  if (!chapter) throw new Error(`no chapter ${id}`);
  change(chapter);
  return tour;
}

describe('data/tour.json', () => {
  it('is a valid tour: an overview, every site once, the clusters and the investment opportunities', () => {
    const parsed = parseTour(validTour(), SITE_IDS);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    const kinds = parsed.tour.chapters.map((c) => c.kind);
    expect(kinds[0]).toBe('overview');
    expect(kinds).toContain('clusters');
    expect(kinds.at(-1)).toBe('opportunities');
    expect(
      parsed.tour.chapters
        .filter((c) => c.kind === 'site')
        .map((c) => c.site)
        .sort(),
    ).toEqual([...SITE_IDS].sort());
  });

  it('gives every chapter a Chinese source line, which the format leaves optional', () => {
    const parsed = parseTour(validTour(), SITE_IDS);
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    for (const chapter of parsed.tour.chapters) expect(chapter.source['zh-CN'], chapter.id).toMatch(/[\u4e00-\u9fff]/);
    const without = parseTour(
      withChapter('chemical-park', (c) => delete (c['source'] as Record<string, string>)['zh-CN']),
      SITE_IDS,
    );
    expect(without.ok ? without.tour.chapters.find((c) => c.id === 'chemical-park')?.source['zh-CN'] : 'invalid').toBeUndefined();
  });

  it('gives every site and overview chapter 2–4 figures', () => {
    const parsed = parseTour(validTour(), SITE_IDS);
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    for (const chapter of parsed.tour.chapters.filter((c) => c.kind === 'site' || c.kind === 'overview')) {
      expect(chapter.figures.length, chapter.id).toBeGreaterThanOrEqual(2);
      expect(chapter.figures.length, chapter.id).toBeLessThanOrEqual(4);
    }
  });
});

describe('a broken chapter fails with a message naming it', () => {
  it('an unknown site', () => {
    const parsed = parseTour(
      withChapter('graphite-park', (c) => (c['site'] = 'graphite-prak')),
      SITE_IDS,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatch(/chapter \d+ "graphite-park".*unknown site "graphite-prak"/);
  });

  it('a zoom out of range', () => {
    const parsed = parseTour(
      withChapter('chemical-park', (c) => ((c['camera'] as { zoom: number }).zoom = 22)),
      SITE_IDS,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      expect.stringMatching(/chapter \d+ "chemical-park": camera\.zoom: zoom must be between 6 and 15/),
    ]);
  });

  it('a missing English title', () => {
    const parsed = parseTour(
      withChapter('clusters', (c) => delete (c['title'] as Record<string, string>)['en']),
      SITE_IDS,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([expect.stringMatching(/chapter \d+ "clusters": title: missing English text/)]);
  });

  it('a site chapter without its site', () => {
    const parsed = parseTour(
      withChapter('ginseng-park', (c) => delete c['site']),
      SITE_IDS,
    );
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      expect.stringMatching(/"ginseng-park": site: a "site" chapter names its site/),
    ]);
  });

  it('too many figures, and a figure that does not exist', () => {
    const parsed = parseTour(
      withChapter(
        'overview',
        (c) => (c['figures'] = ['area', 'projects', 'reserve-projects', 'investment-horizon', 'output-final-year']),
      ),
      SITE_IDS,
    );
    expect(parsed.ok ? [] : parsed.issues).toEqual([expect.stringMatching(/"overview": figures: at most 4 figures/)]);
    const unknown = parseTour(
      withChapter('overview', (c) => (c['figures'] = ['area', 'gdp'])),
      SITE_IDS,
    );
    expect(unknown.ok ? [] : unknown.issues).toEqual([expect.stringMatching(/"overview": figures\.1: /)]);
  });

  it('a chapter without a source for its claims', () => {
    const parsed = parseTour(
      withChapter('feldspar-park', (c) => (c['source'] = ' ')),
      SITE_IDS,
    );
    expect(parsed.ok ? [] : parsed.issues).toEqual([expect.stringMatching(/"feldspar-park": source: /)]);
  });

  it('an empty Chinese source line', () => {
    const parsed = parseTour(
      withChapter('feldspar-park', (c) => ((c['source'] as Record<string, string>)['zh-CN'] = ' ')),
      SITE_IDS,
    );
    expect(parsed.ok ? [] : parsed.issues).toEqual([expect.stringMatching(/"feldspar-park": source\.zh-CN: /)]);
  });
});
