import { effect } from '@preact/signals';
import { FullscreenControl, NavigationControl, ScaleControl, type IControl, type Map } from 'maplibre-gl';
import { translate, lang, type Lang } from '../i18n/i18n';
import { TextAttributionControl } from './text-attribution-control';
import { WholeCountyControl } from './whole-county-control';

/**
 * MapLibre's own UI strings in the interface language (its `locale` table: control titles and
 * scale units), from the app's dictionaries.
 * @example new Map({ …, locale: mapLocale('zh-CN') })
 */
export function mapLocale(language: Lang): Record<string, string> {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return {
    'AttributionControl.ToggleAttribution': t('map.control.toggleAttribution'),
    'FullscreenControl.Enter': t('map.control.fullscreenEnter'),
    'FullscreenControl.Exit': t('map.control.fullscreenExit'),
    'Map.Title': t('map.label'),
    'NavigationControl.ZoomIn': t('map.control.zoomIn'),
    'NavigationControl.ZoomOut': t('map.control.zoomOut'),
    'ScaleControl.Kilometers': t('map.control.kilometres'),
    'ScaleControl.Meters': t('map.control.metres'),
  };
}

/**
 * Adds the map's controls — zoom, whole county, fullscreen, scale, attribution — in the interface
 * language, and adds them again on a language switch: MapLibre reads its UI strings when a control
 * is added, so rebuilding them is how titles, units and attribution follow the switch.
 * Returns the function that removes them.
 */
export function bindMapChrome(map: Map, attribution: (language: Lang) => string[]): () => void {
  let controls: IControl[] = [];
  const dispose = effect(() => {
    const language = lang.value;
    for (const control of controls) if (map.hasControl(control)) map.removeControl(control);
    // The table MapLibre reads its strings from; the Map option `locale` fills it at creation.
    Object.assign(map._locale, mapLocale(language));
    const top: IControl[] = [
      new NavigationControl({ showCompass: false }),
      new WholeCountyControl(translate(language, 'map.control.wholeCounty')),
      new FullscreenControl(),
    ];
    for (const control of top) map.addControl(control, 'top-right');
    const scale = new ScaleControl({ unit: 'metric' });
    map.addControl(scale, 'bottom-left');
    const credits = new TextAttributionControl(attribution(language));
    map.addControl(credits, 'bottom-right');
    controls = [...top, scale, credits];
  });
  return () => {
    dispose();
    // map.remove() has already taken its controls off (and cleared their map) when this runs on "remove".
    for (const control of controls) if (map.hasControl(control)) map.removeControl(control);
    controls = [];
  };
}
