/**
 * The print sheet: title, scenario and its main assumptions, the month shown, the map with scale
 * bar and north arrow, the legend, date, sources and the illustrative-data caveat — drawn on one
 * canvas with the system fonts (so Chinese needs no font file). Layout in CSS px of the sheet,
 * multiplied by `scale` for the output resolution.
 */

export interface LegendSwatch {
  kind: 'fill' | 'dot' | 'ring' | 'dashed' | 'bubble';
  color: string;
  label: string;
  /** Bubble radius in CSS px (reference circles). */
  radius?: number;
}

export interface SheetContent {
  title: string;
  /** Scenario · month · date line. */
  subtitle: string;
  assumptionsHeading: string;
  assumptions: readonly string[];
  legendHeading: string;
  legend: readonly LegendSwatch[];
  sources: string;
  caveat: string;
  northLabel: string;
  /** The map image and the metres one of its CSS px spans. */
  map: { canvas: HTMLCanvasElement; metresPerCssPx: number };
  /** Unit words for the scale bar. */
  units: { km: string; m: string };
}

export interface SheetLayout {
  width: number;
  height: number;
  /** The map frame: the hidden map is rendered at exactly this CSS size. */
  map: { x: number; y: number; width: number; height: number };
}

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif';
const INK = '#1d2733';
const SOFT = '#4a5563';

/** Where things go on a sheet of `width × height` CSS px: the map left, text right and below. */
export function sheetLayout(width: number, height: number): SheetLayout {
  const margin = Math.round(width * 0.025);
  const top = margin + 64;
  const footer = 76;
  const mapWidth = Math.round(width * 0.7) - margin;
  return { width, height, map: { x: margin, y: top, width: mapWidth, height: height - top - footer - margin } };
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  // Chinese wraps between any two characters, English between words.
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  let line = '';
  for (const token of tokens) {
    if (line && ctx.measureText(line + token).width > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function text(
  ctx: CanvasRenderingContext2D,
  value: string,
  x: number,
  y: number,
  size: number,
  opts: { bold?: boolean; color?: string; maxWidth?: number } = {},
): number {
  ctx.font = `${opts.bold ? '600 ' : ''}${size}px ${FONT}`;
  ctx.fillStyle = opts.color ?? INK;
  ctx.textBaseline = 'top';
  const lines = opts.maxWidth ? wrap(ctx, value, opts.maxWidth) : [value];
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * size * 1.35));
  return y + lines.length * size * 1.35;
}

/** A scale bar length that is a round number of km (or m) and at most `maxPx` long. */
export function scaleBarLength(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const maxMetres = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return { metres, px: metres / metresPerPx };
}

function swatch(ctx: CanvasRenderingContext2D, item: LegendSwatch, x: number, y: number, size: number): number {
  ctx.save();
  const cx = x + size / 2;
  const cy = y + size / 2;
  if (item.kind === 'bubble') {
    const r = item.radius ?? size / 2;
    ctx.beginPath();
    ctx.arc(x + r + 1, y + r, r, 0, 2 * Math.PI);
    ctx.fillStyle = 'rgba(29, 39, 51, 0.18)';
    ctx.fill();
    ctx.strokeStyle = item.color;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.restore();
    return 2 * r + 4;
  }
  ctx.beginPath();
  if (item.kind === 'fill') ctx.rect(x, y, size, size);
  else if (item.kind === 'dashed') {
    ctx.setLineDash([3, 2]);
    ctx.rect(x + 1, y + 1, size - 2, size - 2);
  } else ctx.arc(cx, cy, size / 2 - (item.kind === 'ring' ? 1.5 : 0), 0, 2 * Math.PI);
  if (item.kind === 'fill' || item.kind === 'dot') {
    ctx.fillStyle = item.color;
    ctx.fill();
  }
  ctx.strokeStyle = item.kind === 'dot' ? '#ffffff' : item.kind === 'fill' ? 'rgba(0,0,0,0.45)' : item.color;
  ctx.lineWidth = item.kind === 'ring' ? 3 : 1.5;
  ctx.stroke();
  ctx.restore();
  return size;
}

/** Draws the whole sheet on a new canvas of `width × scale` by `height × scale` pixels. */
export function drawSheet(content: SheetContent, layout: SheetLayout, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { map } = layout;
  const margin = map.x;

  text(ctx, content.title, margin, margin, 22, { bold: true });
  text(ctx, content.subtitle, margin, margin + 32, 14, { color: SOFT });

  // The map at full resolution into its frame.
  ctx.drawImage(content.map.canvas, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x, map.y, map.width, map.height);

  // North arrow (the map never rotates: north is up).
  const nx = map.x + map.width - 30;
  const ny = map.y + 16;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(nx - 16, ny - 6, 32, 50);
  ctx.beginPath();
  ctx.moveTo(nx, ny);
  ctx.lineTo(nx + 9, ny + 26);
  ctx.lineTo(nx, ny + 20);
  ctx.lineTo(nx - 9, ny + 26);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.font = `600 12px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(content.northLabel, nx, ny + 29);
  ctx.textAlign = 'left';

  // Scale bar, bottom left of the map.
  const bar = scaleBarLength(content.map.metresPerCssPx, map.width * 0.25);
  const bx = map.x + 14;
  const by = map.y + map.height - 24;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(bx - 6, by - 20, bar.px + 12, 34);
  ctx.fillStyle = INK;
  ctx.fillRect(bx, by, bar.px / 2, 5);
  ctx.strokeStyle = INK;
  ctx.strokeRect(bx, by, bar.px, 5);
  const label = bar.metres >= 1000 ? `${bar.metres / 1000} ${content.units.km}` : `${bar.metres} ${content.units.m}`;
  text(ctx, `0`, bx - 3, by - 17, 11);
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(label, bx + bar.px + 3, by - 17);
  ctx.textAlign = 'left';

  // Right column: assumptions, then the legend.
  const cx = map.x + map.width + 18;
  const cw = layout.width - cx - margin;
  let y = text(ctx, content.assumptionsHeading, cx, map.y, 15, { bold: true }) + 4;
  for (const line of content.assumptions) y = text(ctx, line, cx, y, 12, { maxWidth: cw }) + 2;
  y = text(ctx, content.legendHeading, cx, y + 12, 15, { bold: true }) + 6;
  for (const item of content.legend) {
    if (y > map.y + map.height - 14) break;
    const w = swatch(ctx, item, cx, y, 13);
    const h = item.kind === 'bubble' ? Math.max(2 * (item.radius ?? 6), 14) : 14;
    text(ctx, item.label, cx + Math.max(w, 13) + 8, y + (h - 14) / 2, 12, { maxWidth: cw - w - 8 });
    y += h + 6;
  }

  // Footer: sources, and the caveat in the notice colours.
  const fy = map.y + map.height + 10;
  text(ctx, content.sources, margin, fy, 11, { color: SOFT, maxWidth: layout.width - 2 * margin });
  ctx.font = `600 12px ${FONT}`;
  const caveatLines = wrap(ctx, content.caveat, layout.width - 2 * margin - 12);
  const cy = fy + 18;
  ctx.fillStyle = '#fff4d6';
  ctx.fillRect(margin, cy - 3, layout.width - 2 * margin, caveatLines.length * 16 + 6);
  caveatLines.forEach((line, i) => text(ctx, line, margin + 6, cy + i * 16, 12, { bold: true, color: '#5c4300' }));
  return canvas;
}
