import { t, type Lang } from '~/i18n/index';
import type { Dataset } from '~/schemas/dataset';
import { UNITS } from '~/schemas/units';
import { formatPeriod } from '../format/formatDate';
import { formatCompact } from '../format/formatCompact';
import { formatValue } from '../format/formatValue';
import type { ChartSpec } from './types';
import type { Source } from '~/schemas/source';
import { chooseRate, rateCredit } from '../invest/fx';

/** The dataset the yen conversion reads (added by the economy desk); without it no conversion is shown. */
export const EXCHANGE_RATE_DATASET = 'exchange-rate-idr-jpy';

export interface JpyConversion {
  /** One sentence per series: its latest value, in yen, with the rate's date and source. */
  lines: string[];
  rateDate: string;
  source: string;
}

/**
 * Approximate yen for the latest rupiah value of each series, at the latest recorded rate. The published
 * currency stays on the chart and in the table; this only sits beside it, marked as approximate.
 * Returns undefined when the chart is not in rupiah or no usable rate exists.
 */
export function jpyConversion(
  spec: ChartSpec,
  rates: Dataset | undefined,
  lang: Lang,
  sources?: ReadonlyMap<string, { publisher: string }>,
  /** All sources and datasets: the rate is then chosen by the site's one rule (src/lib/invest/fx.ts) and credited in full. */
  rule?: { sources: ReadonlyMap<string, Source>; datasets: ReadonlyMap<string, Dataset> },
): JpyConversion | undefined {
  if (!rates || spec.state !== 'ok') return undefined;
  const unit = UNITS[spec.unit];
  if (unit.kind !== 'currency' || unit.currency !== 'IDR') return undefined;
  if (rates.unit !== 'idr-per-jpy' && rates.unit !== 'jpy-per-idr') return undefined;
  // The one rate rule (best grade, newest) lives in src/lib/invest/fx.ts; without it, the newest rate.
  const latest =
    rates.unit === 'idr-per-jpy' && rule ? chooseRate(rates, rule.sources) : [...rates.observations].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  if (!latest || latest.value <= 0) return undefined;
  const rupiahPerYen = rates.unit === 'idr-per-jpy' ? latest.value : 1 / latest.value;
  const rateText = t(lang, 'chart.jpyRate', { rupiah: formatValue(Number(rupiahPerYen.toFixed(2)), 'idr', lang) });
  const rateDate = formatPeriod(latest.period, lang);
  const source = rule ? rateCredit(rates, latest, rule.datasets, rule.sources, lang).text : (sources?.get(latest.source)?.publisher ?? latest.source);
  const yenText = (yen: number) => t(lang, 'chart.yen', { amount: formatCompact(yen, lang) });
  const lines = spec.series.flatMap((s) => {
    const index = s.values.findLastIndex((v) => v !== null);
    if (index === -1) return [];
    const yen = (s.values[index]! * unit.scale) / rupiahPerYen;
    const value = spec.series.length > 1 ? `${s.label} ${spec.labels[index]}: ${s.display[index]}` : `${spec.labels[index]}: ${s.display[index]}`;
    return [t(lang, 'chart.jpy', { value, yen: yenText(yen), rate: rateText, date: rateDate, source })];
  });
  return lines.length ? { lines, rateDate: latest.period, source } : undefined;
}
