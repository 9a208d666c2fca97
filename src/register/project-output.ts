import { inSeason } from '../../workers/model/calendar';

/**
 * A project's expected gross output by month, derived from its completion-probability curve with the
 * output equation of workers/README.md: q(m) = F/12 · u · Σ_{t<m} ΔC(t) · r(m − t), r(j) = min(1, j/K),
 * K = k · M (r = 1 if K = 0), where ΔC(t) = C(t) − C(t−1) is the probability of completing in month t.
 * In expected mode C is the sum of the branch weights with t_c ≤ m, so this is the model's own
 * expected output (up to the Float32 rounding of C); in Monte Carlo mode it ignores the run-to-run
 * spread of u, so the panel uses the expected-mode result.
 */
export function expectedProjectOutput(
  completed: ArrayLike<number>,
  p: number,
  H: number,
  project: { fullOutputWan: number; rampupMonths: number },
  params: { utilisationPct: number; rampUpFactor: number },
): Float64Array {
  const out = new Float64Array(H);
  const K = params.rampUpFactor * project.rampupMonths;
  const monthly = (project.fullOutputWan / 12) * (params.utilisationPct / 100);
  let previous = 0;
  const delta = new Float64Array(H);
  for (let t = 0; t < H; t++) {
    const c = completed[p * H + t] ?? 0;
    delta[t] = c - previous;
    previous = c;
  }
  for (let m = 0; m < H; m++) {
    let sum = 0;
    for (let t = 0; t < m; t++) {
      const d = delta[t]!;
      if (d === 0) continue;
      sum += d * (K === 0 ? 1 : Math.min(1, (m - t) / K));
    }
    out[m] = monthly * sum;
  }
  return out;
}

/**
 * The planned completion month index: the month in which the construction-season months counted
 * from the planned start reach the construction months (null if not inside `limit` months).
 */
export function plannedCompletion(
  plannedIndex: number,
  constructionMonths: number,
  startMonthOfYear: number,
  season: { start: number; end: number },
  limit: number,
): number | null {
  let done = 0;
  for (let m = plannedIndex; m < limit; m++) {
    const q = ((((startMonthOfYear - 1 + m) % 12) + 12) % 12) + 1;
    if (inSeason(q, season.start, season.end)) done++;
    if (done >= constructionMonths) return m;
  }
  return null;
}
