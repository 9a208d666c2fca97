/**
 * Percentiles of Monte Carlo samples, by selection rather than sorting (O(runs) per cell).
 * Definition (the usual "type 7", as numpy's default): with the n values sorted as x(0) ≤ … ≤ x(n−1),
 * h = (n − 1)·q, P_q = x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)).
 */
import type { QuantileBand } from './result-types';

/** The probabilities of the bands. */
export const QUANTILE_PROBABILITIES = [0.1, 0.5, 0.9] as const;

/** Rearranges a[lo..hi] so that a[k] holds the value it would have if sorted (Hoare selection). */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot keeps runs of equal or sorted values from degrading.
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The q-quantile of values (reorders `values`).
 * @example quantileInPlace(Float64Array.of(3, 1, 2), 0.5) === 2
 */
export function quantileInPlace(values: Float64Array, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const k = Math.floor(h);
  select(values, k, 0, n - 1);
  const low = values[k]!;
  if (k + 1 >= n || h === k) return low;
  // After selecting k, the next order statistic is the minimum of the part above k.
  let next = Infinity;
  for (let i = k + 1; i < n; i++) if (values[i]! < next) next = values[i]!;
  return low + (h - k) * (next - low);
}

/**
 * P10/P50/P90 of `length` cells starting at cell `offset` of a sample matrix whose cell k holds
 * runs at samples[k * capacity + r], r < runs. A cell whose samples are NaN (a share of an empty
 * project type) gets NaN bands.
 */
export function quantileBands(
  samples: Float64Array,
  capacity: number,
  runs: number,
  offset: number,
  length: number,
): QuantileBand {
  const band: QuantileBand = { p10: new Float64Array(length), p50: new Float64Array(length), p90: new Float64Array(length) };
  const scratch = new Float64Array(runs);
  for (let i = 0; i < length; i++) {
    const start = (offset + i) * capacity;
    scratch.set(samples.subarray(start, start + runs));
    if (Number.isNaN(scratch[0]!)) {
      band.p10[i] = band.p50[i] = band.p90[i] = Number.NaN;
      continue;
    }
    band.p10[i] = quantileInPlace(scratch, 0.1);
    band.p50[i] = quantileInPlace(scratch, 0.5);
    band.p90[i] = quantileInPlace(scratch, 0.9);
  }
  return band;
}
