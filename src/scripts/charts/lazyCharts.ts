/**
 * The only chart script a page loads up front. The chart library and the drawing code (mountCharts, chart.js)
 * arrive by dynamic import when they are needed: when the first chart figure comes within one and a half screens
 * of the viewport, or when the reader prints. A reader who never scrolls to a chart never downloads chart.js; the
 * tables under every chart are in the HTML either way.
 *
 * Printing: `beforeprint` cannot wait for a download (the browser lays the page out for print as soon as the
 * event's handlers return), so Ctrl/Cmd+P is caught while the library is not there yet: it is loaded, and the
 * print starts once it is (mountCharts then draws every chart on `beforeprint`). A print started from the
 * browser's menu before any chart was near prints each undrawn chart's table instead of an empty box (the print
 * style in ChartFigure.astro) and starts the download, so the next print has the charts.
 */

/**
 * How far ahead of the viewport the library starts loading: one and a half screens, so on a slow connection it
 * is there before the chart scrolls in (a dataset page's chart, about two phone screens down, loads at once).
 */
const LOAD_MARGIN = '150% 0px';

type Loaded = typeof import('./mountCharts');

let loading: Promise<Loaded> | undefined;
/** True once mountCharts runs: from then on `beforeprint` draws every chart synchronously. */
let mounted = false;

function load(): Promise<Loaded> {
  return (loading ??= import('./mountCharts').then((module) => {
    module.mountCharts();
    mounted = true;
    return module;
  }, (error: unknown) => {
    // A failed download (offline) may be retried by the next trigger; the tables stay meanwhile.
    loading = undefined;
    throw error;
  }));
}

/** Ctrl+P / Cmd+P (with or without Shift, the system dialog). */
function isPrintShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
}

export function lazyCharts(): void {
  const figures = [...document.querySelectorAll('[data-chart-figure]')].filter((figure) => figure.querySelector('[data-chart-canvas]'));
  if (figures.length === 0) return;
  // Watching stops once the library is there; after a failed download the next chart to come near tries again.
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load().then(() => observer.disconnect(), () => undefined);
    },
    { rootMargin: LOAD_MARGIN },
  );
  for (const figure of figures) observer.observe(figure);

  document.addEventListener('keydown', (event) => {
    if (mounted || !isPrintShortcut(event)) return;
    event.preventDefault();
    // Print even if the library failed to load: the tables print then.
    load()
      .catch(() => undefined)
      .then(() => window.print());
  });
  const onPrint = () => void load().catch(() => undefined);
  window.addEventListener('beforeprint', onPrint);
  matchMedia('print').addEventListener('change', (event) => event.matches && onPrint());
}
