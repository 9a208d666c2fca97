import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { projectName, type Project } from '../../../workers/model/input/projects-csv';
import type { SiteFeature } from '../../data/site-schema';
import { projectPoints } from '../../geo/project-positions';
import { nameLabels } from '../fonts';
import { centroid } from '@turf/turf';

export const PROJECTS_SOURCE = 'projects';
export const SITE_PROGRESS_SOURCE = 'site-progress';

/** Project status at the month shown; stored as a number in feature-state `status`. */
export const PROJECT_STATUSES = ['planned', 'construction', 'completed', 'producing'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Status colours (colour-blind safe: Okabe–Ito); the time bar's legend reads this table. */
export const STATUS_COLORS: Record<ProjectStatus, string> = {
  planned: '#bbbbbb',
  construction: '#E69F00',
  completed: '#0072B2',
  producing: '#009E73',
};

export const SITE_PROGRESS_COLOR = '#1d2733';

/** Radius in px of a site's bubble when it holds the largest cumulative investment of all sites. */
export const MAX_BUBBLE_RADIUS = 28;

/** Project points (placed inside their site) and one point per site for its progress bubble. */
export function projectSourceData(projects: readonly Project[], sites: readonly SiteFeature[]) {
  const points = projectPoints(
    projects.map((p) => ({
      id: p.id,
      site_id: p.site_id,
      ...nameLabels(projectName(p)),
      type: p.type,
      investment: p.total_investment_wan,
    })),
    sites.map((s) => ({ ...s, properties: s.properties })),
  );
  const centres = {
    type: 'FeatureCollection' as const,
    features: sites.map((site) => ({ ...centroid(site), properties: { id: site.properties.id } })),
  };
  return { [PROJECTS_SOURCE]: points, [SITE_PROGRESS_SOURCE]: centres };
}

export function projectSources(projects: readonly Project[], sites: readonly SiteFeature[]): Record<string, SourceSpecification> {
  const data = projectSourceData(projects, sites);
  return {
    [PROJECTS_SOURCE]: { type: 'geojson', data: data[PROJECTS_SOURCE], promoteId: 'id' },
    [SITE_PROGRESS_SOURCE]: { type: 'geojson', data: data[SITE_PROGRESS_SOURCE], promoteId: 'id' },
  };
}

const statusColor = [
  'match',
  ['to-number', ['feature-state', 'status'], 0],
  ...PROJECT_STATUSES.flatMap((status, i) => [i, STATUS_COLORS[status]]),
  STATUS_COLORS.planned,
] as unknown as ExpressionSpecification;

export const projectLayers: LayerSpecification[] = [
  {
    // Bubble per site: area proportional to cumulative investment up to the month shown
    // (feature-state `share` = site total / largest site total, 0–1).
    id: 'site-progress',
    type: 'circle',
    source: SITE_PROGRESS_SOURCE,
    paint: {
      'circle-radius': ['*', MAX_BUBBLE_RADIUS, ['sqrt', ['to-number', ['feature-state', 'share'], 0]]],
      'circle-color': SITE_PROGRESS_COLOR,
      'circle-opacity': 0.18,
      'circle-stroke-color': SITE_PROGRESS_COLOR,
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': 0.7,
    },
  },
  {
    id: 'projects',
    type: 'circle',
    source: PROJECTS_SOURCE,
    minzoom: 8.5,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8.5, 2.5, 12, 6],
      'circle-color': statusColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  },
];
