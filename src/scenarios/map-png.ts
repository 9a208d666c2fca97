/**
 * PNG export of the map. MapLibre clears its WebGL drawing buffer after each frame (unless created
 * with preserveDrawingBuffer, which costs performance all the time), so the canvas is read inside the
 * `render` event of a frame we ask for: at that moment the frame is still in the buffer.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The part of the MapLibre map this module uses (so tests can pass a stand-in). */
export type PngSourceMap = Pick<MapLibreMap, 'once' | 'triggerRepaint' | 'getCanvas'>;

/**
 * Resolves with a PNG of what the map shows, or rejects if the canvas cannot be read.
 * @example downloadBlob(await exportMapPng(map), 'tonghua-map.png')
 */
export function exportMapPng(map: PngSourceMap): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        map.getCanvas().toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the map canvas gave no image'))), 'image/png');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}
