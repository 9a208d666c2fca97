import { effect } from '@preact/signals';
import type { GeoJSONSource, Map } from 'maplibre-gl';
import type { BuiltinData } from '../data/builtin-data';
import { dataset } from '../state/data-state';
import { projectSourceData } from './layers/project-layers';
import { SITES_SOURCE, siteSourceData } from './layers/site-layers';

/**
 * When the user imports or restores a dataset, replaces the data of the site and project sources
 * (styles, layers and feature-state bindings stay as they are). Returns the unsubscribe function.
 */
export function bindDataset(map: Map, initial: BuiltinData): () => void {
  let shown = initial;
  return effect(() => {
    const data = dataset.value;
    if (!data || data === shown) return;
    shown = data;
    void map.getSource<GeoJSONSource>(SITES_SOURCE)?.setData(siteSourceData(data.sites));
    for (const [id, collection] of Object.entries(projectSourceData(data.projects, data.sites))) {
      void map.getSource<GeoJSONSource>(id)?.setData(collection);
    }
  });
}
