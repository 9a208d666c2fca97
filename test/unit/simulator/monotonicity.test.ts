import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateExpected } from '../../../workers/model/simulate';
import { context } from './helpers';

const share = fc.integer({ min: 0, max: 100 });
const others = fc.record({
  missDelayMonths: fc.integer({ min: 1, max: 24 }),
  durationOverrunPct: fc.integer({ min: 0, max: 100 }),
  realisationPct: fc.integer({ min: 50, max: 120 }),
  seasonStartMonth: fc.integer({ min: 1, max: 12 }),
  seasonEndMonth: fc.integer({ min: 1, max: 12 }),
  reserveSignedPct: share,
});

const targetYearInvestment = (changes: Parameters<typeof context>[0]) => simulateExpected(context(changes)).investmentYear[0]!;

describe('milestone shares and investment (expected mode)', () => {
  it('raising the resumed share never lowers investment in the target year', () => {
    fc.assert(
      fc.property(others, share, share, share, (rest, a, b, started) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = targetYearInvestment({ ...rest, startedByAugustPct: started, resumedByMayPct: low });
        const higher = targetYearInvestment({ ...rest, startedByAugustPct: started, resumedByMayPct: high });
        return higher >= lower - 1e-6 * Math.max(1, lower);
      }),
      { numRuns: 60 },
    );
  });

  it('raising the started share never lowers investment in the target year', () => {
    fc.assert(
      fc.property(others, share, share, share, (rest, a, b, resumed) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = targetYearInvestment({ ...rest, resumedByMayPct: resumed, startedByAugustPct: low });
        const higher = targetYearInvestment({ ...rest, resumedByMayPct: resumed, startedByAugustPct: high });
        return higher >= lower - 1e-6 * Math.max(1, lower);
      }),
      { numRuns: 60 },
    );
  });

  it('a missed milestone costs target-year investment with the default data', () => {
    expect(targetYearInvestment({ resumedByMayPct: 50 })).toBeLessThan(targetYearInvestment({ resumedByMayPct: 100 }));
  });
});
