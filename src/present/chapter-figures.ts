/**
 * The numbers the tour shows, taken from a simulation result and the dataset in use. Pure, so the
 * browser test compares what the screen shows with the same function run on the model in Node.
 */
import { area } from '@turf/turf';
import type { Cluster } from '../data/cluster-schema';
import type { Project } from '../../workers/model/input/projects-csv';
import type { SiteFeature } from '../data/site-schema';
import type { SimulationResult } from '../../workers/model/result-types';
import type { FigureId, TourChapter } from './tour-schema';

/** The parts of the dataset the figures read. */
export interface FigureData {
  sites: readonly SiteFeature[];
  projects: readonly Project[];
  clusters: readonly Cluster[];
}

export type FigureUnit = 'money-wan' | 'count' | 'area-ha';

export interface ChapterFigure {
  id: FigureId;
  /** 万元 for money, hectares for area, a plain number for counts. */
  value: number;
  unit: FigureUnit;
  /** The calendar year or years the figure covers, when it depends on time. */
  years: { from: number; to: number } | null;
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

function siteIndex(result: SimulationResult, siteId: string): number {
  const s = result.siteIds.indexOf(siteId);
  if (s < 0) throw new Error(`the simulation result has no site "${siteId}"`);
  return s;
}

/** Sum of a `…BySiteYear` array over years [from, to] (indices), for one site or (null) all sites. */
function bySiteYears(result: SimulationResult, array: Float64Array, siteId: string | null, from: number, to: number): number {
  const Y = result.years;
  const sites = siteId === null ? result.siteIds.map((_, s) => s) : [siteIndex(result, siteId)];
  let total = 0;
  for (const s of sites) for (let y = from; y <= to; y++) total += array[s * Y + y] ?? 0;
  return total;
}

/** Geodesic area of a site in hectares. */
export const siteAreaHa = (site: SiteFeature) => area(site) / 10_000;

/**
 * One figure for a site, or for the whole county when `siteId` is null (the sum over the nine sites).
 * @example chapterFigure('investment-target-year', 'graphite-park', result, data) // { value: 21500, unit: 'money-wan', years: { from: 2017, to: 2017 } }
 */
export function chapterFigure(id: FigureId, siteId: string | null, result: SimulationResult, data: FigureData): ChapterFigure {
  const target = result.targetYearIndex;
  const lastYear = result.years - 1;
  const year = (y: number) => result.firstYear + y;
  const atSite = (p: Project) => siteId === null || p.site_id === siteId;
  switch (id) {
    case 'investment-target-year':
      return {
        id,
        unit: 'money-wan',
        value: bySiteYears(result, result.investmentBySiteYear, siteId, target, target),
        years: { from: year(target), to: year(target) },
      };
    case 'investment-horizon':
      return {
        id,
        unit: 'money-wan',
        value: bySiteYears(result, result.investmentBySiteYear, siteId, 0, lastYear),
        years: { from: year(0), to: year(lastYear) },
      };
    case 'output-final-year':
      return {
        id,
        unit: 'money-wan',
        value: bySiteYears(result, result.projectOutputBySiteYear, siteId, lastYear, lastYear),
        years: { from: year(lastYear), to: year(lastYear) },
      };
    case 'projects':
      return { id, unit: 'count', value: data.projects.filter((p) => atSite(p) && p.type !== 'reserve').length, years: null };
    case 'reserve-projects':
      return { id, unit: 'count', value: data.projects.filter((p) => atSite(p) && p.type === 'reserve').length, years: null };
    case 'area': {
      const sites = data.sites.filter((s) => siteId === null || s.properties.id === siteId);
      return { id, unit: 'area-ha', value: sum(sites.map(siteAreaHa)), years: null };
    }
  }
}

/**
 * The figures a chapter lists in data/tour.json, in its order: per site for a site chapter, county-wide otherwise.
 * @example chapterFigures(chapter, result, data).map((f) => f.id) // ['investment-target-year', 'output-final-year', 'projects']
 */
export function chapterFigures(
  chapter: Pick<TourChapter, 'figures' | 'site'>,
  result: SimulationResult,
  data: FigureData,
): ChapterFigure[] {
  return chapter.figures.map((id) => chapterFigure(id, chapter.site ?? null, result, data));
}

export interface ClusterFigure {
  cluster: Cluster;
  /** Project output of the cluster in the final simulated year, 万元. */
  outputFinalYear: number;
  /** Project investment of the cluster over the whole horizon, 万元. */
  investmentHorizon: number;
}

/**
 * The industry clusters with their simulated project output (final year) and investment (all years).
 * @example clusterFigures(result, clusters)[0].cluster.id // 'pharma-health'
 */
export function clusterFigures(result: SimulationResult, clusters: readonly Cluster[]): ClusterFigure[] {
  const Y = result.years;
  return clusters.map((cluster) => {
    const c = result.clusterIds.indexOf(cluster.id);
    if (c < 0) return { cluster, outputFinalYear: 0, investmentHorizon: 0 };
    let investmentHorizon = 0;
    for (let y = 0; y < Y; y++) investmentHorizon += result.investmentByClusterYear[c * Y + y] ?? 0;
    return { cluster, outputFinalYear: result.projectOutputByClusterYear[c * Y + Y - 1] ?? 0, investmentHorizon };
  });
}

/** Height of each site's 3D column: its simulated project output in the final year, 万元, by site id. */
export function siteColumnValues(result: SimulationResult): Map<string, number> {
  const Y = result.years;
  return new Map(result.siteIds.map((id, s) => [id, result.projectOutputBySiteYear[s * Y + Y - 1] ?? 0]));
}

export interface SiteOpportunities {
  site: SiteFeature;
  /** Reserve projects of the site, largest investment first. */
  projects: Project[];
  totalWan: number;
  /** Number of reserve projects per cluster id, in the order of the clusters file. */
  byCluster: { clusterId: string; count: number }[];
}

/**
 * The reserve (储备) projects grouped by site and cluster, for the "investment opportunities" chapter.
 * Sites without reserve projects are left out.
 * @example reserveOpportunities(data)[0].projects[0].type // 'reserve'
 */
export function reserveOpportunities(data: FigureData): SiteOpportunities[] {
  const reserve = data.projects.filter((p) => p.type === 'reserve');
  const groups: SiteOpportunities[] = [];
  for (const site of data.sites) {
    const projects = reserve
      .filter((p) => p.site_id === site.properties.id)
      .sort((a, b) => b.total_investment_wan - a.total_investment_wan);
    if (projects.length === 0) continue;
    const byCluster = data.clusters
      .map((c) => ({ clusterId: c.id, count: projects.filter((p) => p.cluster_id === c.id).length }))
      .filter((c) => c.count > 0);
    groups.push({ site, projects, totalWan: sum(projects.map((p) => p.total_investment_wan)), byCluster });
  }
  return groups;
}
