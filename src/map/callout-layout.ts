/**
 * Screen-space label placement for the nine sites. At county zoom several sites lie within a few
 * pixels of each other and of the county seat, so MapLibre's own placement (a few anchors around
 * each point) drops some names. This lays every label out in free space around its site, nearest
 * first, with a leader line when the label had to move away. Pure: points and sizes in, boxes out.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type TextAnchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface CalloutInput {
  id: string;
  /** The site's marker centre, in px from the map's top-left corner. */
  x: number;
  y: number;
  /** The label's text box, in px. */
  width: number;
  height: number;
}

export interface Callout {
  id: string;
  anchor: TextAnchor;
  /** Where the text anchor sits, in px. */
  anchorX: number;
  anchorY: number;
  box: Box;
  /** From the site to the label's nearest edge, when the label is away from its site. */
  leader: [[number, number], [number, number]] | null;
}

export interface LayoutOptions {
  /** The area labels must stay inside (the map minus its controls' margins). */
  bounds: Box;
  /** Boxes no label may touch: other labels drawn by the map, controls, overlays. */
  obstacles: readonly Box[];
  /** Radius of a site marker: a label keeps clear of its own marker. */
  markerRadius: number;
  /** Space kept between two labels, and between a label and an obstacle. */
  gap: number;
}

/** Distances (px beyond the marker) at which a label is tried, nearest first. */
const RINGS = [2, 16, 32, 50, 72, 98, 128, 162, 200];
const DIRECTIONS = 16;

function anchorFor(angle: number): TextAnchor {
  // Screen y grows downwards; angle 0 is east. Eight sectors of 45°.
  const sector = Math.round(angle / (Math.PI / 4)) & 7;
  const anchors: TextAnchor[] = ['left', 'top-left', 'top', 'top-right', 'right', 'bottom-right', 'bottom', 'bottom-left'];
  return anchors[sector]!;
}

/** The text box for a text anchor at (x, y). */
export function boxAt(anchor: TextAnchor, x: number, y: number, width: number, height: number): Box {
  const left = anchor.includes('left') ? x : anchor.includes('right') ? x - width : x - width / 2;
  const top = anchor.startsWith('top') ? y : anchor.startsWith('bottom') ? y - height : y - height / 2;
  return { left, top, right: left + width, bottom: top + height };
}

const grow = (b: Box, by: number): Box => ({ left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by });

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

function nearestPoint(box: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.left), box.right), Math.min(Math.max(y, box.top), box.bottom)];
}

function segmentsCross(a: [number, number], b: [number, number], c: [number, number], d: [number, number]): boolean {
  const cross = (p: [number, number], q: [number, number], r: [number, number]) =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function segmentHitsBox(a: [number, number], b: [number, number], box: Box): boolean {
  // Sampled: leaders are short, a few px steps are exact enough for a penalty.
  const steps = Math.max(2, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 3));
  for (let i = 1; i < steps; i++) {
    const x = a[0] + ((b[0] - a[0]) * i) / steps;
    const y = a[1] + ((b[1] - a[1]) * i) / steps;
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}

/**
 * Places one label per site. The most crowded sites go first (they have the fewest good spots);
 * each takes the nearest spot that overlaps no label, obstacle or other marker and stays inside
 * the bounds, preferring spots that point away from the crowd and leaders that cross nothing.
 * A site whose point is outside the bounds gets no label.
 * @example layoutCallouts([{ id: 'a', x: 100, y: 100, width: 60, height: 16 }], { bounds, obstacles: [], markerRadius: 7, gap: 3 })
 */
export function layoutCallouts(sites: readonly CalloutInput[], options: LayoutOptions): Callout[] {
  const { bounds, markerRadius, gap } = options;
  const visible = sites.filter((s) => s.x >= bounds.left && s.x <= bounds.right && s.y >= bounds.top && s.y <= bounds.bottom);
  const crowd = (s: CalloutInput) => visible.filter((o) => o !== s && Math.hypot(o.x - s.x, o.y - s.y) < 80).length;
  const order = [...visible].sort((a, b) => crowd(b) - crowd(a) || a.id.localeCompare(b.id));
  const markers = visible.map((s) => ({
    id: s.id,
    box: grow({ left: s.x, top: s.y, right: s.x, bottom: s.y }, markerRadius + 1),
  }));
  const blocked: Box[] = options.obstacles.map((b) => grow(b, gap));
  const placed: Callout[] = [];

  for (const site of order) {
    // The direction away from the neighbours' mean position: labels spread outwards.
    const near = visible.filter((o) => o !== site && Math.hypot(o.x - site.x, o.y - site.y) < 120);
    const cx = near.reduce((sum, o) => sum + o.x, 0) / (near.length || 1);
    const cy = near.reduce((sum, o) => sum + o.y, 0) / (near.length || 1);
    const away = near.length ? Math.atan2(site.y - cy, site.x - cx) : null;

    let best: { cost: number; callout: Callout } | null = null;
    for (const ring of RINGS) {
      for (let k = 0; k < DIRECTIONS; k++) {
        const angle = (k / DIRECTIONS) * 2 * Math.PI;
        const distance = markerRadius + ring;
        const anchorX = site.x + Math.cos(angle) * distance;
        const anchorY = site.y + Math.sin(angle) * distance;
        const anchor = anchorFor(angle);
        const box = boxAt(anchor, anchorX, anchorY, site.width, site.height);
        if (!inside(box, bounds)) continue;
        if (blocked.some((b) => overlaps(b, box))) continue;
        if (placed.some((p) => overlaps(grow(p.box, gap), box))) continue;
        let cost = ring;
        // Text over another site's marker would hide that site.
        if (markers.some((m) => m.id !== site.id && overlaps(m.box, box))) cost += 400;
        if (away !== null) {
          const turn = Math.abs(Math.atan2(Math.sin(angle - away), Math.cos(angle - away)));
          cost += turn * 10;
        }
        // Horizontal placements read best; diagonals cost a little.
        if (anchor.includes('-')) cost += 3;
        const leader: Callout['leader'] = ring > 12 ? [[site.x, site.y], nearestPoint(box, site.x, site.y)] : null;
        if (leader) {
          for (const p of placed) {
            if (p.leader && segmentsCross(leader[0], leader[1], p.leader[0], p.leader[1])) cost += 300;
            if (segmentHitsBox(leader[0], leader[1], p.box)) cost += 300;
          }
        }
        for (const p of placed) if (p.leader && segmentHitsBox(p.leader[0], p.leader[1], box)) cost += 300;
        if (!best || cost < best.cost) best = { cost, callout: { id: site.id, anchor, anchorX, anchorY, box, leader } };
      }
    }
    if (best) placed.push(best.callout);
  }
  return placed;
}
