/**
 * What a hub page links and cites, gathered from its content file in reading order: the datasets behind its
 * figures, charts, map and gaps, and the source ids named directly. Sources of plotted chart values are
 * added by the page from the chart specs.
 */
import type { Hub } from '~/schemas/hub';
import { SECTOR_HUBS, type Sector } from '~/schemas/common';

/** Every observation reference in the hub: headline figures first, then the narrative's. */
export function figureRefs(hub: Hub) {
  return [...hub.headline, ...hub.narrative.flatMap((p) => p.figures)];
}

/** Datasets the hub draws on, each once, in the order a reader meets them. */
export function hubDatasetIds(hub: Hub): string[] {
  return [
    ...new Set([
      ...hub.headline.map((f) => f.dataset),
      ...hub.charts.map((c) => c.dataset),
      ...(hub.map.type === 'regency-symbols' ? [hub.map.dataset] : []),
      ...(hub.choropleth ? [hub.choropleth.dataset] : []),
      ...hub.narrative.flatMap((p) => p.figures.map((f) => f.dataset)),
      ...hub.gaps.flatMap((g) => g.datasets),
      ...hub.datasets,
    ]),
  ];
}

/** The page path a hub for this sector must have ("work-in-japan" for labour). */
export function hubIdFor(sector: Sector): string {
  return SECTOR_HUBS[sector].path;
}
