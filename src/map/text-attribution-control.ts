/**
 * The map's attribution as plain text. MapLibre's own control parses each attribution as HTML with
 * `DOMParser` (to sanitise it), an HTML sink that Trusted Types refuse for a plain string; under the
 * CSP the README recommends that would stop the map. The app's attributions are plain text (its own
 * dictionaries, and the offline style's sources carry none), so they are set as text, with MapLibre's
 * class names so the control looks the same. An online basemap's attribution (HTML with links) would
 * need a TrustedHTML policy of its own when such basemaps are added.
 */
import type { IControl } from 'maplibre-gl';

export class TextAttributionControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly texts: readonly string[]) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    inner.textContent = this.texts.filter((t) => t.trim()).join(' | ');
    container.append(inner);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
