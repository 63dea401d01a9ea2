/**
 * Resolves an article's <Fig d="minimum-wage" period="2026" series="ump" /> to exactly one observation.
 * Anything less than one unambiguous, undisputed value is an error that names the article, the dataset
 * and the observation key, so a typo or a disputed figure fails the build instead of printing.
 */
import type { Dataset, Observation } from '~/schemas/dataset';
import type { UnitId } from '~/schemas/units';
import { quantityKey } from './quantity';
import { observationAnchor } from './anchors';
import { unitOf } from './quantity';

export interface FigureQuery {
  /** Dataset id. */
  d: string;
  period: string;
  /** Defaults to the dataset's only series. */
  series?: string;
  /** Defaults to "71", the province. */
  region?: string;
  /** Required when sources disagree about the value (a declared conflict). */
  source?: string;
}

export interface ResolvedFigure {
  dataset: Dataset;
  observation: Observation;
  unit: UnitId;
  /** Fragment id of the observation's row on the dataset page. */
  anchor: string;
}

export class FigureError extends Error {
  constructor(where: string, query: FigureQuery, reason: string) {
    const attrs = Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    super(`${where}: <Fig ${attrs} />: ${reason}`);
    this.name = 'FigureError';
  }
}

export function resolveFigure(datasets: ReadonlyMap<string, Dataset>, query: FigureQuery, where: string): ResolvedFigure {
  const fail = (reason: string): never => {
    throw new FigureError(where, query, reason);
  };
  const dataset = datasets.get(query.d) ?? fail(`unknown dataset "${query.d}"`);
  // A dataset about one place needs no region attribute; otherwise the province is the default.
  const region = query.region ?? (dataset.geography.length === 1 ? dataset.geography[0]! : '71');
  const key = `period ${query.period}, region ${region}`;

  let series = query.series;
  if (series === undefined) {
    const candidates = [...new Set(dataset.observations.filter((o) => o.period === query.period && o.region === region).map((o) => o.series))];
    const declared = dataset.series.map((s) => s.id);
    if (declared.length > 1 && candidates.length !== 1) {
      fail(
        candidates.length === 0
          ? `no observation for ${key} in dataset "${dataset.id}"`
          : `ambiguous: series ${candidates.map((s) => `"${s}"`).join(', ')} all have ${key} in dataset "${dataset.id}"; add series="…"`,
      );
    }
    series = candidates[0] ?? declared[0] ?? 'value';
  } else if (dataset.series.length > 0 && !dataset.series.some((s) => s.id === series)) {
    fail(`unknown series "${series}" in dataset "${dataset.id}" (declared: ${dataset.series.map((s) => s.id).join(', ')})`);
  }

  const wanted = { period: query.period, region, series };
  const matches = dataset.observations.filter((o) => quantityKey(o) === quantityKey(wanted));
  if (matches.length === 0) fail(`no observation for ${key}, series ${series} in dataset "${dataset.id}"`);

  let observation: Observation;
  if (query.source !== undefined) {
    observation = matches.find((o) => o.source === query.source) ?? fail(`source "${query.source}" does not record ${key}, series ${series} (recorded by: ${matches.map((o) => o.source).join(', ')})`);
  } else if (matches.length > 1) {
    return fail(
      `sources disagree on ${key}, series ${series} (${matches.map((o) => `${o.source}: ${o.value}`).join('; ')}); add source="…" to say which figure the text quotes`,
    );
  } else {
    observation = matches[0]!;
  }
  return { dataset, observation, unit: unitOf(dataset, series), anchor: observationAnchor(observation, matches.length > 1) };
}

/**
 * Where a figure stands, for error messages: an article page /en/news/x/ is content/articles/en/x.mdx;
 * any other page is named by its path.
 */
export function figureLocation(lang: string | undefined, rest: string): string {
  const article = /^news\/([^/]+)\/?$/.exec(rest);
  if (lang && article) return `content/articles/${lang}/${article[1]}.mdx`;
  return `page /${lang ? `${lang}/` : ''}${rest}`;
}
