import type { Project } from '../model/input/projects-csv';
import { formatMonth, parseMonth } from '../model/calendar';
import { runStream } from '../model/rng';

/**
 * A large synthetic pipeline for benchmarks: `count` projects cloned from `template` with seeded
 * changes to amount (×0.5–1.5) and planned month (up to 11 months later, reserve up to 23).
 * @example syntheticProjects(data.projects, 5000, 1)
 */
export function syntheticProjects(template: readonly Project[], count: number, seed: number): Project[] {
  const rng = runStream(seed, 0);
  return Array.from({ length: count }, (_, i) => {
    const base = template[i % template.length]!;
    const scale = 0.5 + rng.next();
    const shift = Math.floor(rng.next() * (base.type === 'reserve' ? 24 : 12));
    const start =
      base.type === 'reserve'
        ? parseMonth(base.planned_start) + shift
        : Math.min(parseMonth(base.planned_start) + shift, parseMonth('2017-11'));
    return {
      ...base,
      id: `S${String(i).padStart(5, '0')}`,
      total_investment_wan: Math.round(base.total_investment_wan * scale),
      invested_before_wan: Math.round(base.invested_before_wan * scale),
      full_output_wan: Math.round(base.full_output_wan * scale),
      planned_start: formatMonth(start),
    };
  });
}
