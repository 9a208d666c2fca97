import { effect } from '@preact/signals';
import type { GeoJSONSource, Map } from 'maplibre-gl';
import { lang, localText, type Lang } from '../i18n/i18n';
import { dataset } from '../state/data-state';
import { layoutCallouts, type Box, type CalloutInput } from './callout-layout';
import { LABEL_FONTS } from './fonts';
import { PLACE_RADIUS } from './layers/place-layers';
import { siteMarkerData, SITE_CALLOUTS_SOURCE, SITE_LABEL_SIZE, SITE_MARKER_RADIUS } from './layers/site-layers';
import { overlayBoxes } from './map-overlays';

/** Place labels are drawn at this size, 0.8 em right of their dot (src/map/layers/place-layers.ts). */
const PLACE_LABEL_SIZE = 13;
/** MapLibre's default line height, in ems. */
const LINE_HEIGHT = 1.2;

/**
 * Breaks a site name into the lines its label shows: long Chinese names in two balanced lines,
 * English at word boundaries to about 18 characters a line. Compact labels fit between close sites.
 * @example wrapLabel('电子商务与旅游服务中心', 'zh-CN') // '电子商务与旅\n游服务中心'
 */
export function wrapLabel(name: string, language: Lang): string {
  if (language !== 'en') {
    const chars = [...name];
    if (chars.length <= 8) return name;
    const half = Math.ceil(chars.length / 2);
    return `${chars.slice(0, half).join('')}\n${chars.slice(half).join('')}`;
  }
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= 18) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

let context: CanvasRenderingContext2D | null = null;

/** Width and height of a label as MapLibre draws it with local fonts (same family list, same size). */
export function measureLabel(text: string, size: number): { width: number; height: number } {
  context ??= document.createElement('canvas').getContext('2d');
  const lines = text.split('\n');
  if (!context) return { width: Math.max(...lines.map((l) => l.length)) * size, height: lines.length * size * LINE_HEIGHT };
  context.font = `${size}px ${LABEL_FONTS.map((f) => (f === 'sans-serif' ? f : `"${f}"`)).join(', ')}`;
  const width = Math.max(...lines.map((line) => context!.measureText(line).width));
  return { width: Math.ceil(width), height: Math.ceil(lines.length * size * LINE_HEIGHT) };
}

/** Boxes of the place dots and their labels, which are drawn by MapLibre and placed before the sites. */
function placeBoxes(map: Map, language: Lang): Box[] {
  const places = dataset.peek()?.places ?? [];
  const boxes: Box[] = [];
  for (const place of places) {
    const [lng, lat] = place.geometry.coordinates;
    const p = map.project([lng, lat]);
    const r = PLACE_RADIUS[place.properties.kind] + 2;
    boxes.push({ left: p.x - r, top: p.y - r, right: p.x + r, bottom: p.y + r });
    // MapLibre wraps place labels at 10 ems (its default text-max-width).
    const size = measureLabel(localText(place.properties.name, language), PLACE_LABEL_SIZE);
    const maxWidth = 10 * PLACE_LABEL_SIZE;
    const lines = Math.ceil(size.width / maxWidth);
    const width = Math.min(size.width, maxWidth);
    const height = lines * PLACE_LABEL_SIZE * LINE_HEIGHT;
    const left = p.x + 0.8 * PLACE_LABEL_SIZE;
    boxes.push({ left, top: p.y - height / 2, right: left + width, bottom: p.y + height / 2 });
  }
  return boxes;
}

/**
 * Keeps the site labels laid out for the current view: after every camera move, resize, language
 * or dataset change, lays the nine labels out in screen space and writes their anchors (and leader
 * lines) to the callout source. Between two layouts the anchors move with the map.
 */
export function bindSiteCallouts(map: Map): () => void {
  const update = () => {
    const data = dataset.peek();
    const language = lang.peek();
    if (!data) return;
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const inputs: CalloutInput[] = [];
    const labels = new globalThis.Map<string, string>();
    for (const marker of siteMarkerData(data.sites).features) {
      const site = data.sites.find((s) => s.properties.id === marker.properties.id);
      if (!site) continue;
      const text = wrapLabel(localText(site.properties.name, language), language);
      const size = measureLabel(text, SITE_LABEL_SIZE);
      const [lng, lat] = marker.geometry.coordinates as [number, number];
      const p = map.project([lng, lat]);
      labels.set(site.properties.id, text);
      inputs.push({ id: site.properties.id, x: p.x, y: p.y, width: size.width, height: size.height });
    }
    const callouts = layoutCallouts(inputs, {
      bounds: { left: 4, top: 4, right: width - 4, bottom: height - 4 },
      obstacles: [...placeBoxes(map, language), ...overlayBoxes(map)],
      markerRadius: SITE_MARKER_RADIUS,
      gap: 4,
    });
    const toLngLat = (x: number, y: number) => map.unproject([x, y]).toArray();
    const features = callouts.flatMap((c) => {
      const point = {
        type: 'Feature' as const,
        properties: { id: c.id, label: labels.get(c.id) ?? c.id, anchor: c.anchor },
        geometry: { type: 'Point' as const, coordinates: toLngLat(c.anchorX, c.anchorY) },
      };
      if (!c.leader) return [point];
      const leader = {
        type: 'Feature' as const,
        properties: { id: c.id },
        geometry: { type: 'LineString' as const, coordinates: c.leader.map(([x, y]) => toLngLat(x, y)) },
      };
      return [leader, point];
    });
    void map.getSource<GeoJSONSource>(SITE_CALLOUTS_SOURCE)?.setData({ type: 'FeatureCollection', features });
  };
  map.on('moveend', update);
  map.on('resize', update);
  const disposeEffect = effect(() => {
    // Re-run on a language or dataset change (both read here), and once at start.
    void lang.value;
    void dataset.value;
    update();
  });
  return () => {
    map.off('moveend', update);
    map.off('resize', update);
    disposeEffect();
  };
}
