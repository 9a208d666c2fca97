/**
 * Tooltip text for axis-triggered tooltips. ECharts renders tooltip strings as HTML, and a
 * comparison's name is typed by the user, so every name is escaped here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface TooltipRow {
  color?: string;
  label: string;
  value: string;
}

/** One heading line and one line per row, each with a colour dot like ECharts' own tooltip. */
export function tooltipHtml(heading: string, rows: readonly TooltipRow[]): string {
  const lines = rows.map((r) => {
    const dot = r.color
      ? `<span style="display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;background:${r.color}"></span>`
      : '';
    return `${dot}${escapeHtml(r.label)}: <b>${escapeHtml(r.value)}</b>`;
  });
  return [`<b>${escapeHtml(heading)}</b>`, ...lines].join('<br/>');
}

/** The data index of an axis-triggered tooltip's parameters (an array of one entry per series). */
export function axisDataIndex(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'dataIndex' in first && typeof first.dataIndex === 'number') return first.dataIndex;
  return -1;
}
