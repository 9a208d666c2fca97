import { z } from 'zod';
import { localizedText } from '../localized-text';
import { issueLines, sourceSchema } from './sourced-value';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month YYYY-MM' });

const milestoneSchema = z.strictObject({
  month: monthSchema,
  share_pct: z.number().min(0).max(100),
  name: localizedText,
  source: sourceSchema,
});

/** Schema of data/targets.json (the article's 2017 targets and project milestones). */
export const targetsSchema = z.object({
  $comment: z.string().optional(),
  year: z.number().int(),
  base_year: z.number().int(),
  source: sourceSchema,
  growth_targets: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        name: localizedText,
        growth_pct: z.number(),
        source: sourceSchema,
      }),
    )
    .refine((t) => t.some((x) => x.id === 'gdp'), { error: 'growth_targets must include "gdp"' }),
  milestones: z.strictObject({ continuing_resumed: milestoneSchema, new_started: milestoneSchema }),
  progress_reporting: z.strictObject({
    first_month: monthSchema,
    interval_days: z.number().int().positive(),
    source: sourceSchema,
  }),
  major_projects: z.strictObject({ count: z.number().int().positive(), source: sourceSchema }),
  reserve_projects: z.strictObject({
    count: z.number().int().positive(),
    min_investment_wan: z.number().positive(),
    source: sourceSchema,
  }),
});

export type Targets = z.infer<typeof targetsSchema>;

export type TargetsResult = { ok: true; targets: Targets } | { ok: false; issues: string[] };

/**
 * Validates parsed targets.json.
 * @example const r = parseTargetsJson(JSON.parse(text)); if (r.ok) r.targets.growth_targets;
 */
export function parseTargetsJson(json: unknown): TargetsResult {
  const parsed = targetsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: issueLines(parsed.error.issues) };
  const t = parsed.data;
  if (t.year !== t.base_year + 1) return { ok: false, issues: [`year (${t.year}) must be base_year + 1 (${t.base_year + 1})`] };
  return { ok: true, targets: t };
}

/** The GDP growth target in percent, e.g. 8 for the article's 2017 target. */
export function gdpTargetPct(targets: Targets): number {
  const gdp = targets.growth_targets.find((t) => t.id === 'gdp');
  if (!gdp) throw new Error('targets have no gdp growth target');
  return gdp.growth_pct;
}
