/**
 * The basemap switcher, a MapLibre control under the zoom buttons: a labelled native select, so it
 * works with the keyboard and screen readers as any form field does, in both languages. Below the
 * map's top edge it shows the one notice of a fallback.
 */
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { IControl } from 'maplibre-gl';
import { render } from 'preact';
import { lang, t, type MessageKey } from '../../i18n/i18n';
import { basemapChoice } from './basemap-choice';
import './basemap.css';

export interface BasemapOption {
  id: string;
  kind: 'builtin' | 'tianditu' | 'pmtiles' | 'service';
  name?: { zh: string; en: string };
}

export interface BasemapNotice {
  reason: 'denied' | 'unreachable' | 'timeout' | 'offline' | 'unknown' | 'notAllowed' | 'badStyle' | 'file';
  id: string;
}

/** The option's name in the UI language. */
export function optionLabel(option: Pick<BasemapOption, 'id' | 'name'>): string {
  if (option.name) return lang.value === 'en' ? option.name.en : option.name.zh;
  return t(`basemap.option.${option.id}` as MessageKey);
}

function Switcher({ options }: { options: ReadonlySignal<BasemapOption[]> }) {
  return (
    <div class="basemap-switcher">
      <label for="basemap-select">{t('basemap.label')}</label>
      <select
        id="basemap-select"
        data-testid="basemap-select"
        value={basemapChoice.value}
        onChange={(event) => (basemapChoice.value = (event.currentTarget as HTMLSelectElement).value)}
      >
        {options.value.map((option) => (
          <option key={option.id} value={option.id}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Notice({ notice, options }: { notice: Signal<BasemapNotice | null>; options: ReadonlySignal<BasemapOption[]> }) {
  const current = notice.value;
  if (!current) return null;
  const option = options.value.find((o) => o.id === current.id);
  const name = option ? optionLabel(option) : current.id;
  return (
    <div class="basemap-notice" role="status" data-testid="basemap-notice">
      <p>{t(`basemap.fallback.${current.reason}` as MessageKey, { name, id: current.id })}</p>
      <button
        type="button"
        aria-label={t('basemap.notice.dismiss')}
        title={t('basemap.notice.dismiss')}
        onClick={() => (notice.value = null)}
      >
        ×
      </button>
    </div>
  );
}

export class BasemapControl implements IControl {
  private element: HTMLElement | null = null;
  private noticeHost: HTMLElement | null = null;

  constructor(
    private readonly options: ReadonlySignal<BasemapOption[]>,
    private readonly notice: Signal<BasemapNotice | null>,
    private readonly withSwitcher = true,
  ) {}

  onAdd(map: { getContainer(): HTMLElement }): HTMLElement {
    this.element = document.createElement('div');
    this.element.className = 'maplibregl-ctrl maplibregl-ctrl-group basemap-control';
    if (this.withSwitcher) render(<Switcher options={this.options} />, this.element);
    else this.element.hidden = true;
    this.noticeHost = document.createElement('div');
    this.noticeHost.className = 'basemap-notice-host';
    map.getContainer().append(this.noticeHost);
    render(<Notice notice={this.notice} options={this.options} />, this.noticeHost);
    return this.element;
  }

  onRemove(): void {
    for (const element of [this.element, this.noticeHost]) {
      if (!element) continue;
      render(null, element);
      element.remove();
    }
  }
}
