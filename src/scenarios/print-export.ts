/**
 * Print-quality export of the map (loaded on demand from the scenarios panel): a sheet with title,
 * scenario and main assumptions, month, map, legend, scale bar, north arrow, date, sources and the
 * illustrative-data caveat, in the interface language, as PNG (2× or 3×) or PDF (A4 or A3
 * landscape, map at 300 dpi).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PARAMETER_TABLE, DEFAULT_PARAMS, type ParameterSpec } from '../../workers/model/parameters';
import { formatMoney } from '../shared/money-format';
import { lang, localText, t } from '../i18n/i18n';
import { bubbleReferences, legendClusters, legendStatuses } from '../map/legend-model';
import { PLACE_COLORS } from '../map/layers/place-layers';
import { SITE_PROGRESS_COLOR, STATUS_COLORS } from '../map/layers/project-layers';
import { dataset } from '../state/data-state';
import { drawnOnMap } from '../state/map-legend-state';
import { currentMonthIndex, scenarioName, scenarioParams, shownResult } from '../state/scenario-state';
import { displayValue, UNIT_KEYS } from '../ui/assumptions-panel';
import { monthLabel } from '../ui/time-bar';
import { pdfWithImage } from './pdf-image';
import { renderPrintMap } from './print-map';
import { drawSheet, sheetLayout, type LegendSwatch } from './print-sheet';

/** Points per inch (PDF user space) and CSS px per inch. */
const PT_PER_INCH = 72;
const CSS_PX_PER_INCH = 96;
const MM_PER_INCH = 25.4;
/** The map part of a PDF is drawn at this resolution. */
export const PRINT_DPI = 300;

export type PrintFormat = 'png-2x' | 'png-3x' | 'pdf-a4' | 'pdf-a3';

/** One row per format: sheet size (mm, landscape), output scale over CSS px, file kind. */
export const PRINT_FORMATS: Record<PrintFormat, { widthMm: number; heightMm: number; scale: number; kind: 'png' | 'pdf' }> = {
  'png-2x': { widthMm: 297, heightMm: 210, scale: 2, kind: 'png' },
  'png-3x': { widthMm: 297, heightMm: 210, scale: 3, kind: 'png' },
  'pdf-a4': { widthMm: 297, heightMm: 210, scale: PRINT_DPI / CSS_PX_PER_INCH, kind: 'pdf' },
  'pdf-a3': { widthMm: 420, heightMm: 297, scale: PRINT_DPI / CSS_PX_PER_INCH, kind: 'pdf' },
};

// Rounded up, so the sheet at `scale` never falls short of the print resolution (A3: 1588 px, not 1587).
const cssPx = (mm: number) => Math.ceil((mm / MM_PER_INCH) * CSS_PX_PER_INCH);

/** The assumptions a reader needs: the milestone targets, and every parameter changed from its default. */
function mainAssumptions(): string[] {
  const params = scenarioParams.peek() as unknown as Record<string, number>;
  const defaults = DEFAULT_PARAMS as unknown as Record<string, number>;
  const rows = PARAMETER_TABLE.filter((spec) => spec.group === 'milestones' || params[spec.id] !== defaults[spec.id]);
  return rows.map((spec: ParameterSpec) => {
    const key = UNIT_KEYS[spec.unit];
    const unit = key ? t(key) : '';
    const changed = params[spec.id] !== defaults[spec.id] ? ' *' : '';
    return `${localText(spec.label, lang.peek())}: ${displayValue(spec, params[spec.id] ?? spec.default)} ${unit}${changed}`.trim();
  });
}

function legendItems(): LegendSwatch[] {
  const drawn = drawnOnMap.peek();
  const clusters = dataset.peek()?.clusters ?? [];
  const items: LegendSwatch[] = legendClusters(clusters, drawn).map((c) => ({
    kind: 'fill',
    color: c.color,
    label: localText(c.name),
  }));
  if (drawn.siteMarkers) items.push({ kind: 'ring', color: '#4a5563', label: t('legend.siteMarker') });
  const placeKeys = { 'county-seat': 'legend.countySeat', city: 'legend.city', airport: 'legend.airport' } as const;
  for (const kind of drawn.places) items.push({ kind: 'dot', color: PLACE_COLORS[kind], label: t(placeKeys[kind]) });
  if (drawn.indicativeSites) items.push({ kind: 'dashed', color: '#1d2733', label: t('legend.indicative') });
  for (const status of legendStatuses(drawn))
    items.push({ kind: 'dot', color: STATUS_COLORS[status], label: t(`time.status.${status}`) });
  if (drawn.bubbleMaxWan) {
    for (const ref of bubbleReferences(drawn.bubbleMaxWan))
      items.push({
        kind: 'bubble',
        color: SITE_PROGRESS_COLOR,
        radius: ref.radius,
        label: `${t('time.bubble')}: ${formatMoney(ref.wan, lang.peek())}`,
      });
  }
  return items;
}

/**
 * Renders the sheet and returns the file: a PNG, or a one-page PDF whose page is the sheet.
 * @example downloadBlob(await exportPrint(map, 'pdf-a4'), 'tonghua.pdf')
 */
export async function exportPrint(map: MapLibreMap, format: PrintFormat): Promise<Blob> {
  const spec = PRINT_FORMATS[format];
  const layout = sheetLayout(cssPx(spec.widthMm), cssPx(spec.heightMm));
  const printed = await renderPrintMap(map, layout.map.width, layout.map.height, spec.scale);
  const result = shownResult.peek();
  const month = result ? monthLabel(result.startMonth, Math.min(currentMonthIndex.peek(), result.months - 1)) : '—';
  const name = scenarioName.peek().trim() || t('scenarios.untitled');
  const date = new Date().toLocaleDateString(lang.peek(), { year: 'numeric', month: '2-digit', day: '2-digit' });
  const canvas = drawSheet(
    {
      title: t('app.title'),
      subtitle: t('print.subtitle', { name, month, date }),
      assumptionsHeading: t('print.assumptions'),
      assumptions: mainAssumptions(),
      legendHeading: t('print.legend'),
      legend: legendItems(),
      sources: t('print.sources', { sources: [t('map.attribution.basemap'), t('map.attribution.sites')].join('; ') }),
      caveat: t('notice.illustrative'),
      northLabel: t('print.north'),
      map: printed,
      units: { km: t('map.control.kilometres'), m: t('map.control.metres') },
    },
    layout,
    spec.scale,
  );
  if (spec.kind === 'png') return toBlob(canvas, 'image/png');
  const jpeg = new Uint8Array(await (await toBlob(canvas, 'image/jpeg', 0.92)).arrayBuffer());
  const pdf = pdfWithImage({
    jpeg,
    widthPx: canvas.width,
    heightPx: canvas.height,
    widthPt: (spec.widthMm / MM_PER_INCH) * PT_PER_INCH,
    heightPt: (spec.heightMm / MM_PER_INCH) * PT_PER_INCH,
    title: `${t('app.title')} · ${name} · ${month}`,
  });
  return new Blob([pdf as BlobPart], { type: 'application/pdf' });
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the sheet canvas gave no image'))), type, quality),
  );
}
