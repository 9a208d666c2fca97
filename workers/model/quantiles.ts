/**
 * Percentiles of Monte Carlo samples, by selection rather than sorting (O(runs) per cell).
 * Definition (the usual "type 7", as numpy's default): with the n values sorted as x(0) ≤ … ≤ x(n−1),
 * h = (n − 1)·q, P_q = x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋)).
 * Any exact selection yields the same order statistics, so the values do not depend on the algorithm.
 */
import type { QuantileBand } from './result-types';

/** The probabilities of the bands. */
export const QUANTILE_PROBABILITIES = [0.1, 0.5, 0.9] as const;

/** Below this many elements the sampling step of Floyd–Rivest does not pay off. */
const SAMPLE_ABOVE = 600;

/**
 * Rearranges a[left..right] so that a[k] holds the value it would have if sorted, everything before
 * it is ≤ and everything after it ≥ (Floyd–Rivest selection: a recursive call on a small sample puts
 * a pivot close to the k-th value first, so the partition touches about n + min(k, n − k) elements).
 */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > SAMPLE_ABOVE) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      select(a, k, newLeft, newRight);
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    a[k] = a[left]!;
    a[left] = t;
    if (a[right]! > t) {
      a[left] = a[right]!;
      a[right] = t;
    }
    while (i < j) {
      const x = a[i]!;
      a[i] = a[j]!;
      a[j] = x;
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) {
      const x = a[left]!;
      a[left] = a[j]!;
      a[j] = x;
    } else {
      j++;
      const x = a[j]!;
      a[j] = a[right]!;
      a[right] = x;
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function minimum(a: Float64Array, from: number, to: number): number {
  let m = Infinity;
  for (let i = from; i <= to; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

/**
 * The q-quantile of values (reorders `values`).
 * @example quantileInPlace(Float64Array.of(3, 1, 2), 0.5) === 2
 */
export function quantileInPlace(values: Float64Array, q: number): number {
  return quantileInRange(values, values.length, q, values.length - 1);
}

/**
 * The q-quantile of values[0..n) when values[0..hi] hold the smallest hi + 1 of them and values
 * above hi are ≥ all of those (a previous selection at hi + 1 guarantees it; hi = n − 1 for none).
 * Selects only inside [0, hi] and reads the next order statistic as the minimum of (k, hi + 1].
 */
function quantileInRange(values: Float64Array, n: number, q: number, hi: number): number {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const k = Math.floor(h);
  select(values, k, 0, hi);
  const low = values[k]!;
  if (k + 1 >= n || h === k) return low;
  // After selecting k, the next order statistic is the minimum of the part above k (up to hi + 1,
  // which is ≤ everything beyond it).
  const next = minimum(values, k + 1, Math.min(n - 1, hi + 1));
  return low + (h - k) * (next - low);
}

/**
 * P10, P50 and P90 of values[0..n) (reorders them): the highest quantile first, then each lower one
 * selects only among the values below the previous order statistic.
 */
function bandOf(values: Float64Array, n: number, band: QuantileBand, i: number): void {
  const k90 = Math.floor((n - 1) * 0.9);
  band.p90[i] = quantileInRange(values, n, 0.9, n - 1);
  const k50 = Math.floor((n - 1) * 0.5);
  // values[k90] is in place: [0, k90) holds the k90 smallest values.
  band.p50[i] = quantileInRange(values, n, 0.5, k50 < k90 ? k90 - 1 : n - 1);
  const k10 = Math.floor((n - 1) * 0.1);
  band.p10[i] = quantileInRange(values, n, 0.1, k10 < k50 ? k50 - 1 : n - 1);
}

/** One block of samples: cell k of local run r at samples[k * capacity + r], r < runs. */
export interface SampleBlock {
  samples: Float64Array;
  capacity: number;
  runs: number;
}

/**
 * P10/P50/P90 of `length` cells starting at cell `offset` over the runs of one or more sample blocks
 * (runs split across workers); a cell whose samples are NaN (a share of an empty project type) gets
 * NaN bands. `scratch` (at least the total number of runs long) may be passed to avoid allocating.
 */
export function quantileBandsOfBlocks(
  blocks: readonly SampleBlock[],
  offset: number,
  length: number,
  scratch?: Float64Array,
): QuantileBand {
  const band: QuantileBand = { p10: new Float64Array(length), p50: new Float64Array(length), p90: new Float64Array(length) };
  let runs = 0;
  for (const b of blocks) runs += b.runs;
  const values = scratch && scratch.length >= runs ? scratch : new Float64Array(runs);
  for (let i = 0; i < length; i++) {
    let filled = 0;
    for (const b of blocks) {
      const start = (offset + i) * b.capacity;
      values.set(b.samples.subarray(start, start + b.runs), filled);
      filled += b.runs;
    }
    if (Number.isNaN(values[0]!)) {
      band.p10[i] = band.p50[i] = band.p90[i] = Number.NaN;
      continue;
    }
    bandOf(values, runs, band, i);
  }
  return band;
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
  scratch?: Float64Array,
): QuantileBand {
  return quantileBandsOfBlocks([{ samples, capacity, runs }], offset, length, scratch);
}
