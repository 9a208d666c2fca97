import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../../workers/model/result-types';
import { projectStatus, siteInvestmentShares } from '../../../src/map/time-view';
import { monthLabel } from '../../../src/ui/time-bar';
import { monthIndex, readUrlState } from '../../../src/state/url-state';

describe('projectStatus', () => {
  it.each([
    [0.2, 0, true, 'planned'],
    [0.5, 0.1, true, 'construction'],
    [1, 0.6, true, 'producing'],
    [1, 0.6, false, 'completed'],
  ] as const)('started %s, completed %s, output %s → %s', (started, completed, output, status) => {
    expect(projectStatus(started, completed, output)).toBe(status);
  });
});

describe('siteInvestmentShares', () => {
  it('accumulates each site over months and scales by the largest site total', () => {
    const result = {
      months: 3,
      siteIds: ['a', 'b'],
      investmentBySiteMonth: new Float64Array([1, 1, 2, 0, 2, 0]),
    } as unknown as SimulationResult;
    expect([...siteInvestmentShares(result)]).toEqual([0.25, 0.5, 1, 0, 0.5, 0.5]);
  });
});

describe('months', () => {
  it('labels month indices across year ends', () => {
    expect(monthLabel('2017-01', 0)).toBe('2017-01');
    expect(monthLabel('2017-01', 11)).toBe('2017-12');
    expect(monthLabel('2017-01', 13)).toBe('2018-02');
  });

  it('converts a month back to its index', () => {
    expect(monthIndex('2017-01', '2018-02')).toBe(13);
    expect(monthIndex('2017-01', monthLabel('2017-01', 47))).toBe(47);
  });

  it('reads mode and month from the URL and drops bad values', () => {
    expect(readUrlState('?mode=present&month=2017-08', new Set())).toEqual({ mode: 'present', month: '2017-08' });
    expect(readUrlState('?mode=admin&month=2017-13', new Set())).toEqual({});
  });
});
