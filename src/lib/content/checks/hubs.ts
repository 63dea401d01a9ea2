/**
 * Cross-file rules for sector hubs (content/hubs/*.json): every dataset, series, observation, source, place
 * and region a hub names must exist; narrative numbers must be bound to observations; the file name must be
 * the sector's page path. Errors read `file › field: reason`.
 */
import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';
import { resolveFigure } from '~/lib/data/figure';
import type { Dataset } from '~/schemas/dataset';
import type { FigureRef } from '~/schemas/hub';
import { LANGS } from '~/i18n/index';
import { hubIdFor } from '~/lib/hubs/collect';
import { narrativeProblems } from '~/lib/hubs/narrative';
import { periodCalendarProblem } from '~/schemas/calendar';
import { isChoroplethUnit } from '~/lib/geo/choropleth';

export function checkHubs(registry: Pick<CheckedContent, 'hubs' | 'datasets' | 'sources' | 'regions' | 'places'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const datasets = registry.datasets as ReadonlyMap<string, Dataset>;
  const sectors = new Map<string, string>();
  registry.hubs.forEach((hub) => {
    const { file } = hub;
    const add = (path: (string | number)[], message: string): void => {
      issues.push({ file, path, message });
    };

    const expected = hubIdFor(hub.sector);
    if (hub.id !== expected) add(['id'], `a ${hub.sector} hub must have the id "${expected}" (its page path)`);
    const other = sectors.get(hub.sector);
    if (other) add(['sector'], `sector "${hub.sector}" already has a hub (${other})`);
    else sectors.set(hub.sector, file);

    const source = (id: string, path: (string | number)[]) => {
      if (!registry.sources.has(id)) add(path, `unknown source id "${id}"`);
    };
    const dataset = (id: string, path: (string | number)[]) => {
      if (!registry.datasets.has(id)) {
        add(path, `unknown dataset id "${id}"`);
        return undefined;
      }
      return registry.datasets.get(id)!;
    };
    const figure = (ref: FigureRef, path: (string | number)[]): void => {
      if (ref.region !== undefined && !registry.regions.has(ref.region)) return add([...path, 'region'], `unknown region code "${ref.region}"`);
      if (ref.source !== undefined && !registry.sources.has(ref.source)) return add([...path, 'source'], `unknown source id "${ref.source}"`);
      try {
        resolveFigure(datasets, { d: ref.dataset, period: ref.period, series: ref.series, region: ref.region, source: ref.source }, 'hub');
      } catch (error) {
        add(path, (error as Error).message.replace(/^hub: <Fig [^>]*\/>: /, ''));
      }
    };

    hub.headline.forEach((f, i) => figure(f, ['headline', i]));
    hub.charts.forEach((chart, i) => {
      const d = dataset(chart.dataset, ['charts', i, 'dataset']);
      if (!d) return;
      const declared = new Set([...d.series.map((s) => s.id), ...d.observations.map((o) => o.series)]);
      chart.selection?.series?.forEach((s, j) => {
        if (!declared.has(s)) add(['charts', i, 'selection', 'series', j], `unknown series "${s}" in dataset "${d.id}"`);
      });
      for (const bound of ['from', 'to'] as const) {
        const value = chart.selection?.[bound];
        const problem = value === undefined ? undefined : periodCalendarProblem(value);
        if (problem) add(['charts', i, 'selection', bound], problem);
      }
      const region = chart.selection?.region;
      if (region !== undefined && !d.observations.some((o) => o.region === region)) add(['charts', i, 'selection', 'region'], `dataset "${d.id}" has no observation for region "${region}"`);
    });
    const seen = new Map<string, number>();
    hub.charts.forEach((chart, i) => {
      // The chart's id on the page is the dataset id, so one dataset can be drawn only once per hub.
      if (seen.has(chart.dataset)) add(['charts', i, 'dataset'], `dataset "${chart.dataset}" is already drawn in charts[${seen.get(chart.dataset)}]`);
      else seen.set(chart.dataset, i);
    });

    const map = hub.map;
    if (map.type === 'regency-symbols') {
      const d = dataset(map.dataset, ['map', 'dataset']);
      if (d && !d.observations.some((o) => o.region.startsWith('71.'))) add(['map', 'dataset'], `dataset "${d.id}" has no regency-level observations to map`);
    } else if (map.type === 'places') {
      map.places.forEach((id, i) => {
        if (!registry.places.has(id)) add(['map', 'places', i], `unknown place id "${id}" (not in content/places.json)`);
      });
      if (map.places.length === 0 && map.kinds.length === 0) add(['map'], 'a places map needs "places" or "kinds"');
    }

    if (hub.choropleth) {
      const d = dataset(hub.choropleth.dataset, ['choropleth', 'dataset']);
      if (d && !isChoroplethUnit(d)) add(['choropleth', 'dataset'], `dataset "${d.id}" is a count (unit ${d.unit}): counts are drawn as symbols, not coloured regencies`);
    }

    hub.narrative.forEach((p, i) => {
      p.figures.forEach((f, j) => figure(f, ['narrative', i, 'figures', j]));
      p.sources.forEach((id, j) => source(id, ['narrative', i, 'sources', j]));
      for (const lang of LANGS) for (const problem of narrativeProblems(p.text[lang], p.figures.length)) add(['narrative', i, 'text', lang], problem);
    });
    hub.gaps.forEach((g, i) => {
      // A gap says what is missing; a number in it would be an unsourced figure.
      for (const lang of LANGS) for (const problem of narrativeProblems(g.text[lang], 0)) add(['gaps', i, 'text', lang], problem);
      g.datasets.forEach((id, j) => dataset(id, ['gaps', i, 'datasets', j]));
    });
    hub.datasets.forEach((id, i) => dataset(id, ['datasets', i]));
    hub.sources.forEach((id, i) => source(id, ['sources', i]));
  });
  return issues;
}
