/**
 * Figures that pages show outside prose (hub headline figures, opportunity key facts): each reference is
 * resolved exactly as <Fig> resolves it (src/lib/data/figure.ts), so a figure can never drift from its row.
 */
import { pick, type Lang } from '../i18n/index';
import { resolveFigure } from '../lib/data/figure';
import { formatPeriod } from '../lib/format/formatDate';
import { formatValue } from '../lib/format/formatValue';
import { t } from '../i18n/index';
import { nounOf, sourceCredit } from '../lib/data/provenance';
import { pageUrl } from '../lib/site/urls';
import type { Dataset, Observation } from '../schemas/dataset';
import type { Source } from '../schemas/source';
import type { UnitId } from '../schemas/units';
import { getDatasets, getSources } from './content';

export type { FigureRef as FigureReference } from '../schemas/figureRef';
import type { FigureRef as FigureReference } from '../schemas/figureRef';

export interface FigureView {
  /** The reference's own label, else the series label, else what the dataset measures. */
  label: string;
  value: string;
  raw: number;
  status: Observation['status'];
  period: string;
  dataset: Dataset;
  /** The observation's row on the dataset page. */
  href: string;
  source: Source;
  /** "BPS Sulawesi Utara, via ANTARA"; "Computed by Sulut Atlas" for a derived figure. */
  credit: string;
  /** Where the credit links: the source, or for a computed figure its own row (which lists the inputs). */
  creditHref: string;
  computed: boolean;
  /** The unit in force and the published decimals, for short forms (key-figure tiles). */
  unit: UnitId;
  decimals?: number | undefined;
}

/** `where` names the content file and field for build errors, e.g. "content/hubs/x.json › headline". */
export async function figureViews(refs: readonly FigureReference[], lang: Lang, where: string): Promise<FigureView[]> {
  const [datasets, sources] = await Promise.all([getDatasets(), getSources()]);
  const byId = new Map(datasets.map((d) => [d.id, d]));
  return refs.map((ref, i) => {
    const fig = resolveFigure(byId, { d: ref.dataset, period: ref.period, series: ref.series, region: ref.region, source: ref.source }, `${where}[${i}]`);
    const o = fig.observation;
    const series = fig.dataset.series.find((s) => s.id === o.series);
    return {
      label: ref.label ? pick(ref.label, lang) : series ? pick(series.label, lang) : pick(fig.dataset.measure, lang),
      value: formatValue(o.value, fig.unit, lang, o.decimals, { noun: nounOf(fig.dataset, o.series) }),
      raw: o.value,
      status: o.status,
      period: formatPeriod(o.period, lang),
      dataset: fig.dataset,
      href: `${pageUrl(lang, `data/${fig.dataset.id}/`)}#${fig.anchor}`,
      source: sources.get(o.source)!,
      credit: o.derived ? t(lang, 'data.computedBy') : sourceCredit(sources.get(o.source)!, lang),
      creditHref: o.derived ? `${pageUrl(lang, `data/${fig.dataset.id}/`)}#${fig.anchor}` : sources.get(o.source)!.url,
      computed: o.derived !== undefined,
      unit: fig.unit,
      decimals: o.decimals,
    };
  });
}
