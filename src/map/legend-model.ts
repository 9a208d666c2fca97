import type { Cluster } from '../data/cluster-schema';
import type { PlaceKind } from '../data/place-schema';
import { PROJECT_STATUSES, bubbleRadius, type ProjectStatus } from './layers/project-layers';

/**
 * What the map draws at the current zoom and month, as the legend needs it. The map writes it after
 * each frame settles (src/map/legend-sync.ts) from its rendered features; the legend and the print
 * export read it, so neither lists a symbol that is not on the map.
 */
export interface DrawnOnMap {
  /** Lead clusters that colour at least one site shape or marker in view. */
  siteClusters: readonly string[];
  /** Site markers (county zoom) are drawn. */
  siteMarkers: boolean;
  /** A site with a dashed (indicative) outline is in view. */
  indicativeSites: boolean;
  /** Kinds of place whose dot is in view. */
  places: readonly PlaceKind[];
  /** Project statuses among the project points in view (none while they are hidden at county zoom). */
  statuses: readonly ProjectStatus[];
  /** The largest cumulative investment a bubble stands for (万元), when any bubble is drawn. */
  bubbleMaxWan: number | null;
}

export const NOTHING_DRAWN: DrawnOnMap = {
  siteClusters: [],
  siteMarkers: false,
  indicativeSites: false,
  places: [],
  statuses: [],
  bubbleMaxWan: null,
};

/** A reference circle of the legend: an amount and the radius the bubble layer gives it. */
export interface BubbleReference {
  wan: number;
  radius: number;
}

/** The largest "nice" amount (1, 2 or 5 × a power of ten) not above `value`. */
export function niceFloor(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((s) => s * power <= value) ?? 1;
  return step * power;
}

/**
 * Two reference sizes for the investment bubbles: a round amount near half the largest site's total
 * and one about a quarter of that, with radii from the layer's own scale (`bubbleRadius`). Half, so
 * the key stays one row high beside the month slider.
 * @example bubbleReferences(123000) // [{ wan: 50000, radius: … }, { wan: 10000, radius: … }]
 */
export function bubbleReferences(maxWan: number): BubbleReference[] {
  const large = niceFloor(maxWan / 2);
  const small = niceFloor(large / 4);
  return [large, small]
    .filter((wan, i, all) => wan > 0 && all.indexOf(wan) === i)
    .map((wan) => ({ wan, radius: bubbleRadius(wan / maxWan) }));
}

/** The clusters to list, in their table order: only those that colour a site in view. */
export function legendClusters(clusters: readonly Cluster[], drawn: DrawnOnMap): Cluster[] {
  return clusters.filter((c) => drawn.siteClusters.includes(c.id));
}

/** Statuses to list, in their fixed order. */
export function legendStatuses(drawn: DrawnOnMap): ProjectStatus[] {
  return PROJECT_STATUSES.filter((s) => drawn.statuses.includes(s));
}
