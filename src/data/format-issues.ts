import type { z } from 'zod';

/**
 * Turns zod issues into one readable line each, prefixed by where they occurred.
 * @example formatIssues('data/parks.geojson › feature chemical-park', err.issues)
 *   // ["data/parks.geojson › feature chemical-park: properties.kind: Invalid option ..."]
 */
export function formatIssues(where: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}: ${path}${issue.message}`;
  });
}

/** A data file failed validation; `problems` lists every issue found, each naming file and feature. */
export class DataValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is invalid:\n${problems.join('\n')}`);
    this.name = 'DataValidationError';
  }
}
