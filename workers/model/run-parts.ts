/**
 * How Monte Carlo runs are split for a pool of workers: always into POOL_PARTS parts by run index,
 * whatever the number of workers, so a result does not depend on the machine's core count. Kept apart
 * from the model so the main thread can plan a split without loading the model.
 */

/** Parts a Monte Carlo request is split into (also the most workers a pool uses). */
export const POOL_PARTS = 4;

/**
 * Runs [start, end) of part `part` of `parts`: consecutive ranges by run index, sizes differing by at most one.
 * @example partRange(10, 1, 4) // [2, 5]
 */
export function partRange(runs: number, part: number, parts = POOL_PARTS): [number, number] {
  return [Math.floor((runs * part) / parts), Math.floor((runs * (part + 1)) / parts)];
}
