import type { Map, PaddingOptions } from 'maplibre-gl';
import type { Box } from './callout-layout';

/**
 * What is drawn over the map: MapLibre's control groups (zoom, fullscreen, scale, attribution) and
 * the app's own overlays (legend, embed site panel), which carry `data-map-overlay`. Labels keep
 * clear of them, and the county is framed in the area they leave free.
 */
function overlayElements(map: Map): HTMLElement[] {
  const container = map.getContainer();
  const controls = [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')];
  // App overlays are siblings of the map inside its area (see src/ui/app.tsx); a map outside one
  // (the print export's hidden map) has none.
  const area = container.closest('.map-area');
  const overlays = area ? [...area.querySelectorAll<HTMLElement>('[data-map-overlay]')] : [];
  return [...controls, ...overlays];
}

/** Boxes of everything drawn over the map, in px relative to the map's top-left corner. */
export function overlayBoxes(map: Map): Box[] {
  const origin = map.getContainer().getBoundingClientRect();
  return overlayElements(map)
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    }));
}

/**
 * Padding that keeps a framed extent clear of the overlays: each overlay pushes the edge it is
 * nearest to — of the two edges of its corner, the one that costs the map less of its area.
 */
export function freeAreaPadding(map: Map, margin = 12): PaddingOptions {
  const container = map.getContainer();
  const width = container.clientWidth;
  const height = container.clientHeight;
  const padding = { top: margin, right: margin, bottom: margin, left: margin };
  for (const box of overlayBoxes(map)) {
    const byEdge = {
      left: box.right,
      right: width - box.left,
      top: box.bottom,
      bottom: height - box.top,
    };
    // Share of the map's width or height each choice would give up.
    const horizontal = Math.min(byEdge.left, byEdge.right) / width;
    const vertical = Math.min(byEdge.top, byEdge.bottom) / height;
    if (horizontal <= vertical) {
      const edge = byEdge.left <= byEdge.right ? 'left' : 'right';
      padding[edge] = Math.max(padding[edge], byEdge[edge] + margin);
    } else {
      const edge = byEdge.top <= byEdge.bottom ? 'top' : 'bottom';
      padding[edge] = Math.max(padding[edge], byEdge[edge] + margin);
    }
  }
  // Never leave less than half the map: a huge overlay on a tiny map cannot squeeze it to nothing.
  const squeeze = (a: 'left' | 'top', b: 'right' | 'bottom', size: number) => {
    const total = padding[a] + padding[b];
    if (total > size / 2) {
      padding[a] = (padding[a] * size) / 2 / total;
      padding[b] = (padding[b] * size) / 2 / total;
    }
  };
  squeeze('left', 'right', width);
  squeeze('top', 'bottom', height);
  return padding;
}
