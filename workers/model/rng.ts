/**
 * Seeded random numbers: sfc32, with one independent stream per Monte Carlo run derived from
 * (seed, run index). A run's numbers therefore do not depend on how runs are split across workers,
 * and each project draws the same numbers whatever the parameters, so results move smoothly as
 * sliders move (common random numbers).
 */

/** splitmix32 step: spreads a 32-bit value over all bits; used only to seed sfc32. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
}

/** A stream that can be re-seeded for the next run without allocating (the Monte Carlo loop reuses one). */
export interface ReusableRandom extends Random {
  /** Positions the stream at the start of run `run` under `seed`. */
  seed(seed: number, run: number): void;
}

/**
 * One sfc32 generator whose state is re-set per run.
 * @example const r = reusableStream(); r.seed(2017, 0); r.next() // same as runStream(2017, 0).next()
 */
export function reusableStream(): ReusableRandom {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    seed(seed: number, run: number): void {
      a = splitmix32(seed >>> 0);
      b = splitmix32(a ^ (run >>> 0));
      c = splitmix32(b ^ 0x5bd1e995);
      d = splitmix32(c + run);
      for (let i = 0; i < 12; i++) step();
    },
    next: () => step() / 4294967296,
  };
}

/**
 * The stream of run `run` under `seed`.
 * @example const r = runStream(2017, 0); r.next() // same value every time
 */
export function runStream(seed: number, run: number): Random {
  const stream = reusableStream();
  stream.seed(seed, run);
  return stream;
}

/** sqrt(3): a uniform on [−√3, √3] has mean 0 and variance 1. */
const SQRT3 = Math.sqrt(3);

/** Maps a uniform u ∈ [0, 1) to a bounded shock with mean 0 and standard deviation 1. @example unitShock(0.5) === 0 */
export function unitShock(u: number): number {
  return (2 * u - 1) * SQRT3;
}

/** Exponential with mean 1 from a uniform u ∈ [0, 1). @example expMean1(0) === 0 */
export function expMean1(u: number): number {
  return -Math.log(1 - u);
}
