import { describe, expect, it } from 'vitest';
import { bubbleRadius, MAX_BUBBLE_RADIUS } from '../../../src/map/layers/project-layers';
import { bubbleReferences, legendStatuses, niceFloor, NOTHING_DRAWN } from '../../../src/map/legend-model';

describe('legend model', () => {
  it('rounds reference amounts down to 1, 2 or 5 × a power of ten', () => {
    expect(niceFloor(123_000)).toBe(100_000);
    expect(niceFloor(260)).toBe(200);
    expect(niceFloor(5_900)).toBe(5_000);
    expect(niceFloor(0)).toBe(0);
  });

  it('sizes reference circles with the bubble layer scale (area proportional to the amount)', () => {
    const refs = bubbleReferences(123_000);
    expect(refs.map((r) => r.wan)).toEqual([50_000, 10_000]);
    expect(refs[0]!.radius).toBeCloseTo(MAX_BUBBLE_RADIUS * Math.sqrt(50_000 / 123_000), 12);
    expect(refs[0]!.radius).toBe(bubbleRadius(50_000 / 123_000));
    expect((refs[0]!.radius / refs[1]!.radius) ** 2).toBeCloseTo(5, 12);
  });

  it('lists only the statuses drawn, in their fixed order', () => {
    expect(legendStatuses(NOTHING_DRAWN)).toEqual([]);
    expect(legendStatuses({ ...NOTHING_DRAWN, statuses: ['producing', 'planned'] })).toEqual(['planned', 'producing']);
  });
});
