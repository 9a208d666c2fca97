import { z } from 'zod';
import { localizedText, SOURCE_LANGUAGE } from '../../workers/model/localized-text';

/**
 * The format of `data/tour.json`: the presentation tour, editable without touching code.
 * data/README.md (section "Tour") describes every field for the people who edit it.
 */

/** Figures a site or overview chapter can show; each comes from the simulator or the data (see chapter-figures.ts). */
export const FIGURE_IDS = [
  'investment-target-year',
  'investment-horizon',
  'output-final-year',
  'projects',
  'reserve-projects',
  'area',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const CHAPTER_KINDS = ['overview', 'site', 'clusters', 'opportunities'] as const;
export type ChapterKind = (typeof CHAPTER_KINDS)[number];

/** MapLibre's limits for this map (create-map.ts: minZoom 6, maxZoom 15; pitch up to 60°). */
export const CAMERA_LIMITS = { minZoom: 6, maxZoom: 15, maxPitch: 60 } as const;

/** Chapter titles and texts are shown side by side, so the tour needs both of them in Chinese and English. */
const bilingual = () =>
  localizedText.superRefine((text, ctx) => {
    if (!text[SOURCE_LANGUAGE]) ctx.addIssue({ code: 'custom', message: 'missing Chinese text (zh-CN)' });
    if (!text['en']) ctx.addIssue({ code: 'custom', message: 'missing English text (en)' });
  });

const cameraSchema = z.object({
  center: z.tuple([
    z
      .number()
      .min(125, 'longitude must lie in the county view (125–127° E)')
      .max(127, 'longitude must lie in the county view (125–127° E)'),
    z
      .number()
      .min(41, 'latitude must lie in the county view (41–42.5° N)')
      .max(42.5, 'latitude must lie in the county view (41–42.5° N)'),
  ]),
  zoom: z
    .number()
    .min(CAMERA_LIMITS.minZoom, `zoom must be between ${CAMERA_LIMITS.minZoom} and ${CAMERA_LIMITS.maxZoom}`)
    .max(CAMERA_LIMITS.maxZoom, `zoom must be between ${CAMERA_LIMITS.minZoom} and ${CAMERA_LIMITS.maxZoom}`),
  pitch: z
    .number()
    .min(0, `pitch must be between 0 and ${CAMERA_LIMITS.maxPitch}`)
    .max(CAMERA_LIMITS.maxPitch, `pitch must be between 0 and ${CAMERA_LIMITS.maxPitch}`),
  bearing: z.number().min(-180, 'bearing must be between -180 and 180').max(180, 'bearing must be between -180 and 180'),
});

export const chapterSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id must be kebab-case'),
    kind: z.enum(CHAPTER_KINDS),
    /** The highlighted site (required for kind "site"). */
    site: z.string().optional(),
    camera: cameraSchema,
    title: bilingual(),
    text: bilingual(),
    figures: z.array(z.enum(FIGURE_IDS)).max(4, 'at most 4 figures').default([]),
    /** Seconds before auto-advance moves on; the tour's default when left out. */
    durationSeconds: z
      .number()
      .min(3, 'durationSeconds must be at least 3')
      .max(600, 'durationSeconds must be at most 600')
      .optional(),
    /** Where the chapter's claims come from: "source article", a public source, or "illustrative". */
    /** In Chinese "原文", a public source or "示意"; a language left out shows the English line. */
    source: localizedText.refine((text) => text['en'] !== undefined, {
      error: 'source: say in English where the text comes from ("source article", a public source, or "illustrative")',
    }),
    $comment: z.string().optional(),
  })
  .strict();

export const tourSchema = z
  .object({
    $comment: z.string().optional(),
    format: z.literal('tonghua-parks-tour', { error: 'format must be "tonghua-parks-tour"' }),
    version: z.literal(1, { error: 'version must be 1' }),
    defaultDurationSeconds: z.number().min(3).max(600),
    /** After this many seconds without a key press or pointer move, the tour restarts and loops (attract mode). */
    attractIdleSeconds: z.number().min(10).max(3600),
    chapters: z.array(z.unknown()).min(1, 'a tour needs at least one chapter'),
  })
  .strict();

export type TourChapter = z.infer<typeof chapterSchema>;
export interface Tour {
  defaultDurationSeconds: number;
  attractIdleSeconds: number;
  chapters: TourChapter[];
}

export type TourParse = { ok: true; tour: Tour } | { ok: false; issues: string[] };

const describe = (issue: z.core.$ZodIssue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;

/**
 * Validates the parsed contents of `data/tour.json` against the sites that exist. Every problem is
 * reported with the chapter it is in, so whoever edits the file finds it at once.
 * @example parseTour(json, new Set(['graphite-park'])) // { ok: false, issues: ['chapter 3 "graphite": camera.zoom: zoom must be between 6 and 15'] }
 */
export function parseTour(json: unknown, siteIds: ReadonlySet<string>, file = 'data/tour.json'): TourParse {
  const top = tourSchema.safeParse(json);
  if (!top.success) return { ok: false, issues: top.error.issues.map((i) => `${file}: ${describe(i)}`) };
  const issues: string[] = [];
  const chapters: TourChapter[] = [];
  const seen = new Set<string>();
  top.data.chapters.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '?';
    const where = `${file} › chapter ${index + 1} "${rawId}"`;
    const parsed = chapterSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => `${where}: ${describe(i)}`));
      return;
    }
    const chapter = parsed.data;
    if (seen.has(chapter.id)) issues.push(`${where}: duplicate chapter id`);
    seen.add(chapter.id);
    if (chapter.kind === 'site' && chapter.site === undefined) issues.push(`${where}: site: a "site" chapter names its site`);
    if (chapter.site !== undefined && !siteIds.has(chapter.site))
      issues.push(`${where}: site: unknown site "${chapter.site}" (known: ${[...siteIds].join(', ')})`);
    if ((chapter.kind === 'site' || chapter.kind === 'overview') && (chapter.figures.length < 2 || chapter.figures.length > 4)) {
      issues.push(`${where}: figures: a ${chapter.kind} chapter shows 2–4 figures`);
    }
    if (new Set(chapter.figures).size !== chapter.figures.length) issues.push(`${where}: figures: a figure is listed twice`);
    chapters.push(chapter);
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    tour: { defaultDurationSeconds: top.data.defaultDurationSeconds, attractIdleSeconds: top.data.attractIdleSeconds, chapters },
  };
}

/** Seconds a chapter stays on screen during auto-advance. */
export function chapterDuration(tour: Tour, index: number): number {
  return tour.chapters[index]?.durationSeconds ?? tour.defaultDurationSeconds;
}
