import type { Source } from '~/schemas/source';
import type { ChartSpec } from './types';

/** The figure's id on the page, used for the permalink (#chart-minimum-wage). */
export const figureId = (chartId: string) => `chart-${chartId}`;

/** Sources behind the plotted values, in first-plotted order; unknown ids are a build error. */
export function plottedSources(spec: ChartSpec, sources: ReadonlyMap<string, Source>): Source[] {
  if (spec.state !== 'ok') return [];
  const ids = new Set(spec.series.flatMap((s) => s.sources.filter((id): id is string => id !== null)));
  return [...ids].map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`chart ${spec.id}: unknown source id "${id}"`);
    return source;
  });
}

/**
 * A responsive iframe snippet for another site: full width, no border, lazy, titled (an iframe needs a title to
 * be accessible), followed by the resize script, which fits the iframe's height to the chart (as Datawrapper's
 * embeds do) so the source line is never cut off; `height` is what the frame has until the script runs, or
 * if the host leaves the script out. Attribute values are escaped.
 */
export function embedSnippet(src: string, title: string, resizeScript: string, height = 640): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n` +
    `<script src="${escape(resizeScript)}" async></script>`
  );
}

/** Spec JSON for a <script type="application/json"> block; "<" is escaped so no text can close the tag. */
export function specJson(spec: ChartSpec): string {
  return JSON.stringify(spec).replace(/</g, '\\u003c');
}
