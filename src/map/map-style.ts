import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/i18n';
import type { Cluster } from '../data/cluster-schema';
import type { PlaceFeature } from '../data/place-schema';
import type { SiteFeature } from '../data/site-schema';
import { basemapLayers, basemapSources, type BasemapUrls } from './layers/basemap-layers';
import type { Project } from '../../workers/model/input/projects-csv';
import { placeLayers, placeSources } from './layers/place-layers';
import { projectLayers, projectSources } from './layers/project-layers';
import { siteLayers, siteSources } from './layers/site-layers';

export interface StyleInput {
  basemap: BasemapUrls;
  clusters: readonly Cluster[];
  sites: readonly SiteFeature[];
  places: readonly PlaceFeature[];
  projects: readonly Project[];
  lang: Lang;
}

/**
 * The built-in, offline style: local GeoJSON only, no tiles, no sprite, no glyph server
 * (labels use system fonts). Layer order: basemap, sites, project progress, places.
 * @example new maplibregl.Map({ container, style: buildStyle(input) })
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'tonghua-parks-offline',
    state: { lang: { default: input.lang } },
    sources: {
      ...basemapSources(input.basemap),
      ...siteSources(input.sites),
      ...projectSources(input.projects, input.sites),
      ...placeSources(input.places),
    },
    layers: [...basemapLayers, ...siteLayers(input.clusters), ...projectLayers, ...placeLayers],
  };
}
