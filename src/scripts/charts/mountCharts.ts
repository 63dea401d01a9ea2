/**
 * Enhances every chart figure on the page: draws the chart when it nears the viewport (and every chart when
 * the page is printed), switches between chart and table, and offers PNG and CSV downloads and copy buttons. Rendering only: every decision about
 * the data was made at build time and arrives as the spec in the figure's JSON block.
 */
import { chartCsv } from '~/lib/charts/table';
import type { ChartSpec, ChartSpecOk } from '~/lib/charts/types';
import { Chart, chartConfig, readTheme } from './chartConfig';
import { chartPng } from './exportPng';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
/** Widest chart on an A4 page (210 mm less 2 × 14 mm margins, at 96 px per inch). */
const PRINT_WIDTH = 680;

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

class ChartFigure {
  private chart: Chart | undefined;
  private readonly canvas: HTMLCanvasElement;

  constructor(
    private readonly figure: HTMLElement,
    private readonly spec: ChartSpecOk,
  ) {
    this.canvas = figure.querySelector<HTMLCanvasElement>('[data-chart-canvas]')!;
    for (const button of figure.querySelectorAll<HTMLButtonElement>('[data-view-button]')) {
      button.addEventListener('click', () => this.show(button.dataset.viewButton === 'table' ? 'table' : 'chart'));
    }
    figure.querySelector('[data-chart-csv]')?.addEventListener('click', () => this.csv());
    figure.querySelector('[data-chart-png]')?.addEventListener('click', () => void this.png());
    for (const button of figure.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', () => void this.copy(button.dataset.copy ?? ''));
    }
  }

  draw(animate = !reducedMotion.matches): void {
    if (this.figure.dataset.view !== 'chart') return;
    this.chart?.destroy();
    try {
      const config = chartConfig(this.spec, readTheme(this.figure), { animate, width: this.canvas.parentElement!.clientWidth });
      this.chart = new Chart(this.canvas, config);
      this.figure.dataset.drawn = 'true';
    } catch (error) {
      // A chart that cannot be drawn must not leave an empty box: fall back to the table.
      this.show('table');
      throw error;
    }
  }

  redraw(): void {
    if (this.chart) this.draw();
  }

  /**
   * Before printing: draw now, whether or not the chart was near the viewport, without animation (the printed
   * snapshot is taken at once, so an animating or lazy chart would print blank), at the printed page's width
   * and twice the pixel density. Only charts shown as charts; a figure switched to its table prints the table.
   */
  print(): void {
    if (this.figure.dataset.view !== 'chart') return;
    this.draw(false);
    const box = this.canvas.parentElement!;
    this.chart!.options.devicePixelRatio = Math.max(2, window.devicePixelRatio);
    this.chart!.resize(Math.min(box.clientWidth, PRINT_WIDTH), box.clientHeight);
    this.figure.dataset.printed = 'true';
  }

  /** After printing: back to the screen's size and density. */
  unprint(): void {
    if (!this.chart || !this.figure.dataset.printed) return;
    delete this.figure.dataset.printed;
    this.chart.options.devicePixelRatio = window.devicePixelRatio;
    this.chart.resize();
  }

  show(view: 'chart' | 'table'): void {
    this.figure.dataset.view = view;
    for (const button of this.figure.querySelectorAll<HTMLButtonElement>('[data-view-button]')) {
      button.setAttribute('aria-pressed', String(button.dataset.viewButton === view));
    }
    if (view === 'chart' && !this.chart) this.draw();
  }

  csv(): void {
    // The BOM lets spreadsheet programs read Japanese and Indonesian text as UTF-8.
    download(new Blob(['\ufeff', chartCsv(this.spec)], { type: 'text/csv;charset=utf-8' }), `${this.spec.id}-${this.spec.lang}.csv`);
  }

  async png(): Promise<void> {
    const text = (selector: string) => this.figure.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').replace(/#$/, '').trim() ?? '';
    const blob = await chartPng(this.spec, readTheme(this.figure), {
      title: this.spec.title,
      subtitle: text('.chart-subtitle'),
      source: text('[data-chart-source]'),
    });
    download(blob, `${this.spec.id}-${this.spec.lang}.png`);
  }

  async copy(value: string): Promise<void> {
    const status = this.figure.querySelector<HTMLElement>('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(value);
      if (status) status.textContent = status.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = status.dataset.failed ?? '';
    }
  }
}

export function mountCharts(): void {
  const figures: ChartFigure[] = [];
  const pending = new Map<Element, ChartFigure>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        pending.get(entry.target)?.draw();
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const element of document.querySelectorAll<HTMLElement>('[data-chart-figure]')) {
    if (element.dataset.mounted) continue;
    element.dataset.mounted = 'true';
    const json = element.querySelector('script[data-chart-spec]')?.textContent;
    if (!json) continue;
    const spec = JSON.parse(json) as ChartSpec;
    if (spec.state !== 'ok') continue;
    const figure = new ChartFigure(element, spec);
    figures.push(figure);
    pending.set(element, figure);
    observer.observe(element);
  }
  // Colours follow the reader's theme if it changes while the page is open.
  darkScheme.addEventListener('change', () => figures.forEach((f) => f.redraw()));
  window.addEventListener('beforeprint', () => {
    observer.disconnect();
    figures.forEach((f) => f.print());
  });
  window.addEventListener('afterprint', () => figures.forEach((f) => f.unprint()));
}
