import type { Map as MapLibreMap } from 'maplibre-gl';
import { bindSiteCallouts } from '../map/site-callouts';
import { bindTimeView } from '../map/time-view';

export interface PrintedMap {
  /** The map image, `cssWidth × pixelRatio` wide. */
  canvas: HTMLCanvasElement;
  /** Metres one CSS pixel of the image spans at its centre, for the scale bar. */
  metresPerCssPx: number;
}

/**
 * Draws the live map's view again at print resolution: a hidden map of the given CSS size with the
 * same style, the same extent and a higher `pixelRatio`, bound to the same month, results and
 * labels as the live one. The canvas is copied once the hidden map is idle, and the map removed.
 */
export async function renderPrintMap(
  live: MapLibreMap,
  cssWidth: number,
  cssHeight: number,
  pixelRatio: number,
): Promise<PrintedMap> {
  const host = document.createElement('div');
  // Laid out (MapLibre measures it) but out of sight and out of the accessibility tree.
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-${cssWidth + 100}px;top:0;width:${cssWidth}px;height:${cssHeight}px;visibility:hidden;`;
  document.body.append(host);
  // The live map's own class: no second copy of MapLibre in this chunk.
  const MapClass = live.constructor as typeof MapLibreMap;
  const bounds = live.getBounds();
  const map = new MapClass({
    container: host,
    style: live.getStyle(),
    bounds,
    pixelRatio,
    interactive: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    fadeDuration: 0,
  });
  const unbind: Array<() => void> = [];
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => {
        map.fitBounds(bounds, { animate: false, padding: 0 });
        unbind.push(bindTimeView(map), bindSiteCallouts(map));
        map.once('idle', () => resolve());
      });
      map.once('error', (event) => reject(event.error instanceof Error ? event.error : new Error(String(event.error))));
    });
    // The callouts wrote new label anchors; wait for the frame that draws them.
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    const canvas = document.createElement('canvas');
    const source = map.getCanvas();
    canvas.width = source.width;
    canvas.height = source.height;
    canvas.getContext('2d')!.drawImage(source, 0, 0);
    const centre = map.getCenter();
    const east = map.unproject([cssWidth / 2 + 100, cssHeight / 2]);
    const metresPerCssPx = centre.distanceTo(east) / 100;
    return { canvas, metresPerCssPx };
  } finally {
    for (const undo of unbind) undo();
    map.remove();
    host.remove();
  }
}
