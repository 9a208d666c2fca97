import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

/**
 * What a non-built-in basemap adds to the map: its sources (ids start with `basemap-`) and layers,
 * drawn under the app's own layers. `online` basemaps are watched for failures and fall back to the
 * built-in one; a PMTiles file kept in the browser is not online.
 */
export interface BasemapLayers {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  online: boolean;
}
