import { z } from 'zod';

/**
 * Every number in data/ carries where it comes from: "source article", "public source: …" or
 * "assumption…"; this pattern is what the data tests and the importers enforce.
 */
export const SOURCE_PATTERN = /^(source article|public source|assumption)/;

export const sourceSchema = z
  .string()
  .regex(SOURCE_PATTERN, { error: 'source must start with "source article", "public source" or "assumption"' });

/** A number with its source, as written in baseline.json. */
export const sourcedNumberSchema = z.strictObject({
  value: z.number({ error: 'value must be a number' }),
  source: sourceSchema,
});

export type SourcedNumber = z.infer<typeof sourcedNumberSchema>;

/** One readable line per zod issue: `path: message`. */
export function issueLines(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}
