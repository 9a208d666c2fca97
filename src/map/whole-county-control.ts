import type { IControl, Map } from 'maplibre-gl';
import { fitCounty } from './county-view';

/**
 * A map button that frames the whole county again, in MapLibre's control style.
 * @example map.addControl(new WholeCountyControl('显示全县'), 'top-right')
 */
export class WholeCountyControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly title: string) {}

  onAdd(map: Map): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'whole-county-button';
    button.title = this.title;
    button.setAttribute('aria-label', this.title);
    button.dataset['testid'] = 'whole-county';
    // Four corners of a frame: "fit to extent".
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" fill="none" stroke="#333" stroke-width="2"/></svg>';
    button.addEventListener('click', () => fitCounty(map));
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
