/**
 * Every <Fig> and <Jpy> in an MDX body (articles and prose pages) names exactly one observation, resolved as
 * the page will resolve it (src/lib/data/figure.ts); a <Jpy> also needs a rupiah amount and the exchange-rate
 * dataset. Reported as `file:line: <Fig …>: reason` before any page renders.
 */
import { resolveFigure } from '~/lib/data/figure';
import { FX_DATASET } from '~/lib/invest/fx';
import { UNITS } from '~/schemas/units';
import type { ContentIssue } from '../errors';
import type { CheckedContent } from './types';

export function checkFigures(content: Pick<CheckedContent, 'articles' | 'pages' | 'datasets'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of [...content.articles.values(), ...content.pages.values()]) {
    for (const { element, line, attributes } of entry.figures) {
      const at = line ? `${entry.file}:${line}` : entry.file;
      const { d, period, series, region, source } = attributes;
      try {
        const fig = resolveFigure(content.datasets, { d: d ?? '', period: period ?? '', series, region, source }, 'fig');
        if (element !== 'Jpy') continue;
        const unit = UNITS[fig.unit];
        if (!('currency' in unit) || unit.currency !== 'IDR') issues.push({ file: at, path: [], message: `<Jpy d="${d}" />: converts rupiah only; the unit is "${fig.unit}"` });
        else if (!content.datasets.has(FX_DATASET)) issues.push({ file: at, path: [], message: `<Jpy d="${d}" />: needs the exchange-rate dataset content/datasets/${FX_DATASET}.json` });
      } catch (error) {
        issues.push({ file: at, path: [], message: (error as Error).message.replace(/^fig: <Fig/, `<${element}`) });
      }
    }
  }
  return issues;
}
