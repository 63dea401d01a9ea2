/**
 * A PNG of a chart for reuse: the chart drawn at a fixed size off screen, with the title, subtitle, legend and
 * source line painted into the image, so the picture carries its own attribution wherever it goes.
 */
import type { ChartSpecOk } from '~/lib/charts/types';
import { Chart, chartConfig, type Theme } from './chartConfig';

const WIDTH = 960;
const CHART_HEIGHT = 480;
const PAD = 32;

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  // Japanese has no spaces, so break anywhere when a "word" is too long.
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    const next = line + char;
    if (ctx.measureText(next).width > maxWidth && line) {
      const cut = char === ' ' ? -1 : line.lastIndexOf(' ');
      if (cut > 0 && /[\x00-\x7f]/.test(char)) {
        lines.push(line.slice(0, cut));
        line = line.slice(cut + 1) + char;
      } else {
        lines.push(line);
        line = char === ' ' ? '' : char;
      }
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function chartPng(spec: ChartSpecOk, theme: Theme, text: { title: string; subtitle: string; source: string }): Promise<Blob> {
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${WIDTH - 2 * PAD}px;height:${CHART_HEIGHT}px`;
  const chartCanvas = document.createElement('canvas');
  holder.append(chartCanvas);
  document.body.append(holder);
  const config = chartConfig(spec, theme, { animate: false, width: WIDTH });
  config.options = { ...config.options, responsive: false, devicePixelRatio: 2 };
  chartCanvas.width = WIDTH - 2 * PAD;
  chartCanvas.height = CHART_HEIGHT;
  const chart = new Chart(chartCanvas, config);
  try {
    const scale = 2;
    const out = document.createElement('canvas');
    const ctx = out.getContext('2d')!;
    const inner = WIDTH - 2 * PAD;
    const font = (size: number, weight = 400) => `${weight} ${size}px ${theme.font}`;
    ctx.font = font(24, 700);
    const titleLines = wrap(ctx, text.title, inner);
    ctx.font = font(15);
    const subtitleLines = wrap(ctx, text.subtitle, inner);
    const sourceLines = wrap(ctx, text.source, inner);
    const legend = spec.series.length > 1 ? spec.series : [];
    const headerHeight = PAD + titleLines.length * 32 + subtitleLines.length * 22 + (legend.length ? 30 : 0) + 12;
    const height = headerHeight + CHART_HEIGHT + 16 + sourceLines.length * 20 + PAD;
    out.width = WIDTH * scale;
    out.height = height * scale;
    ctx.scale(scale, scale);
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, WIDTH, height);
    ctx.textBaseline = 'top';
    let y = PAD;
    ctx.fillStyle = theme.ink;
    ctx.font = font(24, 700);
    for (const l of titleLines) (ctx.fillText(l, PAD, y), (y += 32));
    ctx.fillStyle = theme.muted;
    ctx.font = font(15);
    for (const l of subtitleLines) (ctx.fillText(l, PAD, y), (y += 22));
    let x = PAD;
    for (const s of legend) {
      ctx.fillStyle = theme.dark ? s.colour.dark : s.colour.light;
      ctx.fillRect(x, y + 6, 14, 14);
      ctx.fillStyle = theme.ink;
      ctx.fillText(s.label, x + 20, y + 4);
      x += 20 + ctx.measureText(s.label).width + 24;
    }
    y += (legend.length ? 30 : 0) + 12;
    ctx.drawImage(chartCanvas, PAD, y, inner, CHART_HEIGHT);
    y += CHART_HEIGHT + 16;
    ctx.fillStyle = theme.muted;
    for (const l of sourceLines) (ctx.fillText(l, PAD, y), (y += 20));
    return await new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave no image'))), 'image/png'));
  } finally {
    chart.destroy();
    holder.remove();
  }
}
