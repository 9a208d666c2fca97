import type { RegisterRow } from './register-rows';

/**
 * Continuing projects whose P(resumed by May) and new projects whose P(started by August) is below
 * `threshold` (0–1), each list ordered by the target-year investment contribution at stake, largest
 * first (ties by id). Projects without a probability (no result yet) are left out.
 * @example milestoneRisks(rows, 0.8).continuing[0].id
 */
export function milestoneRisks(rows: readonly RegisterRow[], threshold: number) {
  const pick = (type: RegisterRow['type']) =>
    rows
      .filter((r) => r.type === type && !Number.isNaN(r.pMilestone) && r.pMilestone < threshold)
      .sort((a, b) => b.growthInvestmentPp - a.growthInvestmentPp || a.id.localeCompare(b.id));
  return { continuing: pick('continuing'), new: pick('new') };
}
