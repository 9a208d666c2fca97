/**
 * Browser-test driver for what the map draws: rendered labels and their boxes, the county's frame,
 * the size of each site on screen, and the boxes of the controls. It reads the MapLibre map through
 * the map element (src/ui/map-view.tsx puts it there), so specs assert from rendered features, not
 * from screenshots.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface RenderedLabel {
  layer: string;
  id: string;
  text: string;
  box: Rect;
}

type Host = Page | Frame;

/** Labels MapLibre drew (it only draws labels that collide with none), with their screen boxes. */
export async function renderedLabels(host: Host, layers = ['sites-label', 'places-label']): Promise<RenderedLabel[]> {
  return host.evaluate((layerIds) => {
    const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
    const context = document.createElement('canvas').getContext('2d')!;
    const seen = new Set<string>();
    const labels = [];
    for (const feature of map.queryRenderedFeatures({ layers: layerIds })) {
      const layer = feature.layer.id;
      const id = String(feature.properties['id']);
      if (seen.has(`${layer}:${id}`)) continue;
      seen.add(`${layer}:${id}`);
      const size = Number(map.getLayoutProperty(layer, 'text-size') ?? 16);
      context.font = `${size}px "Noto Sans CJK SC", sans-serif`;
      // The text as drawn: the site label's own lines, or the place name in the current language.
      const lang = map.getGlobalState()['lang'];
      const text =
        layer === 'sites-label'
          ? String(feature.properties['label'])
          : String(feature.properties[`name:${String(lang)}`] ?? feature.properties['name:zh-CN']);
      const lines = text.split('\n');
      const width = Math.max(...lines.map((l) => context.measureText(l).width));
      const height = lines.length * size * 1.2;
      const geometry = feature.geometry as unknown as { coordinates: [number, number] };
      const p = map.project(geometry.coordinates);
      const anchor = layer === 'sites-label' ? String(feature.properties['anchor']) : 'left';
      // Place labels sit 0.8 em right of their dot; a long place name wraps at 10 em.
      const dx = layer === 'places-label' ? 0.8 * size : 0;
      const w = layer === 'places-label' ? Math.min(width, 10 * size) : width;
      const h = layer === 'places-label' ? Math.ceil(width / (10 * size)) * size * 1.2 : height;
      const x = p.x + dx;
      const left = anchor.includes('left') ? x : anchor.includes('right') ? x - w : x - w / 2;
      const top = anchor.startsWith('top') ? p.y : anchor.startsWith('bottom') ? p.y - h : p.y - h / 2;
      labels.push({ layer, id, text, box: { left, top, right: left + w, bottom: top + h } });
    }
    return labels;
  }, layers);
}

export const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Pairs of labels whose boxes overlap (shrunk by `tolerance` px each side for anti-aliasing). */
export function overlappingPairs(labels: readonly RenderedLabel[], tolerance = 1): string[] {
  const shrink = (r: Rect) => ({
    left: r.left + tolerance,
    top: r.top + tolerance,
    right: r.right - tolerance,
    bottom: r.bottom - tolerance,
  });
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlap(shrink(labels[i]!.box), shrink(labels[j]!.box))) pairs.push(`${labels[i]!.text} × ${labels[j]!.text}`);
  return pairs;
}

/** The county outline's screen box, the map's size, and the boxes of the map controls, in map px. */
export async function countyFrame(host: Host): Promise<{ county: Rect; width: number; height: number; controls: Rect[] }> {
  return host.evaluate(() => {
    const element = document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap };
    const map = element.maplibreMap;
    // The county's extent from its outline as loaded by the map.
    const features = map.querySourceFeatures('county');
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        const [x, y] = c as [number, number];
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      } else if (Array.isArray(c)) c.forEach(walk);
    };
    for (const f of features) walk((f.geometry as { coordinates: unknown }).coordinates);
    const nw = map.project([w, n]);
    const se = map.project([e, s]);
    const origin = element.getBoundingClientRect();
    const controls = [...element.querySelectorAll('.maplibregl-ctrl')]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      }));
    return {
      county: { left: nw.x, top: nw.y, right: se.x, bottom: se.y },
      width: element.clientWidth,
      height: element.clientHeight,
      controls,
    };
  });
}

/** The camera, rounded, to compare views. */
export async function mapView(host: Host): Promise<{ lng: number; lat: number; zoom: number }> {
  return host.evaluate(() => {
    const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
    const c = map.getCenter();
    return { lng: +c.lng.toFixed(3), lat: +c.lat.toFixed(3), zoom: +map.getZoom().toFixed(2) };
  });
}

/** Waits for the map to finish moving and drawing (after a camera change the test caused). */
export async function waitForMapSettled(host: Host): Promise<void> {
  await host.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
        const check = () => (map.isMoving() || !map.loaded() ? map.once('idle', check) : resolve());
        // Let a pending animation start first.
        setTimeout(check, 50);
      }),
  );
}

/** Zooms in on a point of the map by script (as a user's scroll would), then waits. */
export async function zoomMapTo(host: Host, zoom: number, center: [number, number]): Promise<void> {
  await host.evaluate(
    ([z, c]) => {
      const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
      map.jumpTo({ zoom: z as number, center: c as [number, number] });
    },
    [zoom, center] as const,
  );
  await waitForMapSettled(host);
}

/**
 * For every site and whole zoom level the map allows: the larger of its marker's diameter (while
 * the marker is drawn, opacity at least one half) and its shape's smaller screen side, in px.
 */
export async function smallestSiteSizes(host: Host): Promise<Record<string, number>> {
  return host.evaluate(() => {
    const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
    const before = { center: map.getCenter(), zoom: map.getZoom() };
    const sites = map.querySourceFeatures('sites');
    // The marker's size and fade from the style: radius, stroke (its resting width, the last value of
    // its `case`), and the zoom at which the fade reaches one half.
    const radius = Number(map.getPaintProperty('site-markers', 'circle-radius'));
    const strokeExpression = map.getPaintProperty('site-markers', 'circle-stroke-width') as unknown[];
    const stroke = Number(strokeExpression[strokeExpression.length - 1]);
    const fade = map.getPaintProperty('site-markers', 'circle-stroke-opacity') as [
      string,
      unknown,
      unknown,
      number,
      number,
      number,
      number,
    ];
    const halfFaded = fade[3] + ((fade[5] - fade[3]) * (fade[4] - 0.5)) / (fade[4] - fade[6]);
    const result: Record<string, number> = {};
    for (let z = Math.ceil(map.getMinZoom()); z <= map.getMaxZoom(); z++) {
      for (const site of sites) {
        const ring = (site.geometry as GeoJSON.Polygon).coordinates[0]!;
        const lng = ring.reduce((a, p) => a + p[0]!, 0) / ring.length;
        const lat = ring.reduce((a, p) => a + p[1]!, 0) / ring.length;
        map.jumpTo({ center: [lng, lat], zoom: z });
        const pts = ring.map((p) => map.project(p as [number, number]));
        const shape = Math.min(
          Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x)),
          Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y)),
        );
        // MapLibre draws the stroke outside the radius.
        const marker = z <= halfFaded ? 2 * (radius + stroke) : 0;
        const id = String(site.properties['id']);
        const size = Math.max(shape, marker);
        result[`${id}@${z}`] = Math.min(result[`${id}@${z}`] ?? Infinity, size);
      }
    }
    map.jumpTo(before);
    return result;
  });
}

export async function expectLabelsOf(host: Host, ids: readonly string[]): Promise<RenderedLabel[]> {
  // Labels are laid out after each settled frame (and again after a language switch): wait for the layout.
  const siteLabelIds = (labels: RenderedLabel[]) =>
    labels
      .filter((l) => l.layer === 'sites-label')
      .map((l) => l.id)
      .sort();
  await expect.poll(async () => siteLabelIds(await renderedLabels(host)), { timeout: 20_000 }).toEqual([...ids].sort());
  return renderedLabels(host);
}

/** Statuses of the project points MapLibre drew in view (from their feature-state). */
export async function renderedProjectStatuses(host: Host): Promise<string[]> {
  return host.evaluate(() => {
    const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
    const names = ['planned', 'construction', 'completed', 'producing'];
    const statuses = new Set(
      map.queryRenderedFeatures({ layers: ['projects'] }).map((f) => names[Number(f.state['status'] ?? 0)]!),
    );
    return [...statuses].sort();
  });
}

/** Where the map draws a site's marker (the centroid of its shape's ring), in map px. */
export async function sitePoint(host: Host, id: string): Promise<{ x: number; y: number }> {
  return host.evaluate((siteId) => {
    const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
    const marker = map.querySourceFeatures('site-markers').find((f) => f.properties['id'] === siteId)!;
    const p = map.project((marker.geometry as GeoJSON.Point).coordinates as [number, number]);
    return { x: p.x, y: p.y };
  }, id);
}
