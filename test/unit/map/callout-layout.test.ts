import { describe, expect, it } from 'vitest';
import { layoutCallouts, overlaps, type CalloutInput } from '../../../src/map/callout-layout';

const bounds = { left: 0, top: 0, right: 600, bottom: 400 };

describe('layoutCallouts', () => {
  it('places every label of a tight cluster without two labels overlapping', () => {
    // Five sites within 12 px of each other, as at county zoom around the county seat.
    const sites: CalloutInput[] = [0, 1, 2, 3, 4].map((i) => ({
      id: `s${i}`,
      x: 300 + (i % 3) * 4,
      y: 200 + i * 3,
      width: 90,
      height: 16,
    }));
    const callouts = layoutCallouts(sites, { bounds, obstacles: [], markerRadius: 7, gap: 3 });
    expect(callouts.map((c) => c.id).sort()).toEqual(['s0', 's1', 's2', 's3', 's4']);
    for (let i = 0; i < callouts.length; i++)
      for (let j = i + 1; j < callouts.length; j++) expect(overlaps(callouts[i]!.box, callouts[j]!.box)).toBe(false);
    // Labels pushed away from their site get a leader line starting at the site.
    const far = callouts.filter((c) => c.leader);
    expect(far.length).toBeGreaterThan(0);
    for (const c of far) expect(c.leader![0]).toEqual([sites.find((s) => s.id === c.id)!.x, sites.find((s) => s.id === c.id)!.y]);
  });

  it('keeps labels clear of obstacles and inside the bounds', () => {
    const obstacle = { left: 280, top: 150, right: 420, bottom: 250 };
    const callouts = layoutCallouts([{ id: 'a', x: 300, y: 200, width: 80, height: 16 }], {
      bounds,
      obstacles: [obstacle],
      markerRadius: 7,
      gap: 3,
    });
    expect(callouts).toHaveLength(1);
    const box = callouts[0]!.box;
    expect(overlaps(box, obstacle)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(600);
  });

  it('puts an isolated label right beside its site, without a leader', () => {
    const [callout] = layoutCallouts([{ id: 'a', x: 100, y: 100, width: 60, height: 16 }], {
      bounds,
      obstacles: [],
      markerRadius: 7,
      gap: 3,
    });
    expect(callout!.leader).toBeNull();
    expect(Math.hypot(callout!.anchorX - 100, callout!.anchorY - 100)).toBeLessThan(12);
  });

  it('gives no label to a site outside the bounds', () => {
    expect(
      layoutCallouts([{ id: 'a', x: 700, y: 100, width: 60, height: 16 }], { bounds, obstacles: [], markerRadius: 7, gap: 3 }),
    ).toEqual([]);
  });
});
