import { z } from 'zod';
import { issueLines, sourceSchema, sourcedNumberSchema } from './sourced-value';

const clusterBaselineSchema = z.strictObject({
  cluster_id: z.string().min(1),
  output_wan: sourcedNumberSchema.refine((v) => v.value >= 0, { error: 'output_wan must be ≥ 0' }),
  organic_growth_pct: sourcedNumberSchema.refine((v) => v.value > -100 && v.value <= 100, {
    error: 'organic_growth_pct must be in (-100, 100]',
  }),
  value_added_rate_pct: sourcedNumberSchema.refine((v) => v.value >= 0 && v.value <= 100, {
    error: 'value_added_rate_pct must be in [0, 100]',
  }),
});

/** Schema of data/baseline.json. */
export const baselineSchema = z
  .object({
    $comment: z.string().optional(),
    base_year: sourcedNumberSchema.refine((v) => Number.isInteger(v.value) && v.value >= 1990 && v.value <= 2100, {
      error: 'base_year must be a year',
    }),
    gdp_wan: sourcedNumberSchema.refine((v) => v.value > 0, { error: 'gdp_wan must be > 0' }),
    gdp_history: z.array(z.strictObject({ year: z.number().int(), gdp_wan: z.number().positive(), source: sourceSchema })),
    other_gdp_growth_pct: sourcedNumberSchema,
    reference_investment_wan: sourcedNumberSchema.refine((v) => v.value >= 0, {
      error: 'reference_investment_wan must be ≥ 0',
    }),
    clusters: z.array(clusterBaselineSchema).min(1),
  })
  .superRefine((b, ctx) => {
    const valueAdded = b.clusters.reduce((s, c) => s + (c.output_wan.value * c.value_added_rate_pct.value) / 100, 0);
    if (valueAdded > b.gdp_wan.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['clusters'],
        message: `cluster value added (${Math.round(valueAdded)} 万元) exceeds gdp_wan (${b.gdp_wan.value} 万元)`,
      });
    }
  });

export type Baseline = z.infer<typeof baselineSchema>;
export type ClusterBaseline = Baseline['clusters'][number];

export type BaselineResult = { ok: true; baseline: Baseline } | { ok: false; issues: string[] };

/**
 * Validates parsed baseline.json; with `clusterIds`, also checks it covers exactly those clusters.
 * @example const r = parseBaselineJson(JSON.parse(text), clusterIds); if (r.ok) use(r.baseline);
 */
export function parseBaselineJson(json: unknown, clusterIds?: readonly string[]): BaselineResult {
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: issueLines(parsed.error.issues) };
  const baseline = parsed.data;
  if (clusterIds) {
    const issues: string[] = [];
    const present = baseline.clusters.map((c) => c.cluster_id);
    for (const id of present) if (!clusterIds.includes(id)) issues.push(`clusters: unknown cluster "${id}"`);
    for (const id of clusterIds) if (!present.includes(id)) issues.push(`clusters: missing cluster "${id}"`);
    if (new Set(present).size !== present.length) issues.push('clusters: a cluster is listed twice');
    if (issues.length > 0) return { ok: false, issues };
  }
  return { ok: true, baseline };
}
