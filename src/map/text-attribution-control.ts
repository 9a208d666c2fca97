/**
 * The map's attribution as plain text. MapLibre's own control parses each attribution as HTML with
 * `DOMParser` (to sanitise it), an HTML sink that Trusted Types refuse for a plain string; under the
 * CSP the README recommends that would stop the map. So the app's own credits (from its dictionaries)
 * and the `attribution` of every source in the style (an online or PMTiles basemap's) are shown as
 * text, with tags removed, in MapLibre's class names so the control looks the same. It follows style
 * changes, so a basemap's credit appears while that basemap is shown and goes with it.
 */
import type { IControl, Map } from 'maplibre-gl';

/** Attribution HTML as plain text: tags dropped, the common entities decoded, spaces folded. */
export function attributionText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&copy;/g, '©')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export class TextAttributionControl implements IControl {
  private container: HTMLElement | null = null;
  private map: Map | null = null;
  private readonly update = (): void => this.render();

  constructor(private readonly texts: readonly string[]) {}

  onAdd(map: Map): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    container.append(inner);
    this.container = container;
    this.map = map;
    map.on('styledata', this.update);
    this.render();
    return container;
  }

  onRemove(): void {
    this.map?.off('styledata', this.update);
    this.container?.remove();
    this.container = null;
    this.map = null;
  }

  private render(): void {
    const inner = this.container?.firstElementChild;
    if (!inner) return;
    const sources = this.map?.getStyle()?.sources ?? {};
    const credits = Object.values(sources)
      .map((source) =>
        'attribution' in source && typeof source.attribution === 'string' ? attributionText(source.attribution) : '',
      )
      .filter(Boolean);
    const text = [...new Set([...this.texts, ...credits].map((t) => t.trim()).filter(Boolean))].join(' | ');
    if (inner.textContent !== text) inner.textContent = text;
  }
}
