import { PERIOD_PATTERNS } from '~/schemas/dataset';
import { periodCalendarProblem } from '~/schemas/calendar';
import { quantityKey } from '~/lib/data/quantity';
import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';
import { valueIssues } from './plausibility';

/**
 * Cross-file rules Zod cannot express alone: references resolve, periods match the period type,
 * no observation is recorded twice, and sources that disagree are declared as conflicts, never silently.
 */
export function checkDatasets(registry: Pick<CheckedContent, 'datasets' | 'sources' | 'regions'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const dataset of registry.datasets.values()) {
    const file = dataset.file;
    const seriesIds = new Set(dataset.series.map((s) => s.id));
    const pattern = PERIOD_PATTERNS[dataset.periodType];

    dataset.geography.forEach((code, i) => {
      if (!registry.regions.has(code)) issues.push({ file, path: ['geography', i], message: `unknown region code "${code}"` });
    });

    const byQuantity = new Map<string, number[]>();
    const seen = new Map<string, number>();
    dataset.observations.forEach((o, i) => {
      const at = (field: string) => ['observations', i, field];
      // A derived observation whose inputs failed has no source yet; src/lib/data/derived.ts reported why.
      if (o.source !== undefined && !registry.sources.has(o.source)) issues.push({ file, path: at('source'), message: `unknown source id "${o.source}"` });
      if (!registry.regions.has(o.region)) issues.push({ file, path: at('region'), message: `unknown region code "${o.region}"` });
      else if (!dataset.geography.includes(o.region)) {
        issues.push({ file, path: at('region'), message: `region "${o.region}" is not listed in the dataset's geography` });
      }
      if (!pattern.test(o.period)) {
        issues.push({ file, path: at('period'), message: `"${o.period}" is not a ${dataset.periodType} period` });
      } else {
        const problem = periodCalendarProblem(o.period);
        if (problem) issues.push({ file, path: at('period'), message: problem });
      }
      if (seriesIds.size > 0 && !seriesIds.has(o.series)) {
        issues.push({ file, path: at('series'), message: `unknown series "${o.series}" (declared: ${[...seriesIds].join(', ')})` });
      }
      const exact = `${quantityKey(o)}|${o.source}`;
      const first = seen.get(exact);
      if (first !== undefined) {
        // Said once: the same source twice is not a disagreement between sources.
        issues.push({ file, path: at('period'), message: `duplicate observation: same period, region, series and source as observations[${first}]` });
        return;
      }
      seen.set(exact, i);
      byQuantity.set(quantityKey(o), [...(byQuantity.get(quantityKey(o)) ?? []), i]);
    });
    issues.push(...valueIssues(dataset));

    const declared = new Set(dataset.conflicts.map(quantityKey));
    for (const [key, indexes] of byQuantity) {
      if (indexes.length > 1 && !declared.has(key)) {
        issues.push({
          file,
          path: ['observations', indexes[1]!],
          message: `observations ${indexes.map((i) => `[${i}]`).join(' and ')} record the same quantity (${key.replaceAll('|', ', ')}) from different sources; declare it in "conflicts" with an explanation`,
        });
      }
    }
    const used = new Set(dataset.observations.map((o) => o.source));
    (dataset.comparableSources ?? []).forEach((pair, i) => {
      pair.forEach((id, j) => {
        if (!registry.sources.has(id)) issues.push({ file, path: ['comparableSources', i, j], message: `unknown source id "${id}"` });
        else if (!used.has(id)) issues.push({ file, path: ['comparableSources', i, j], message: `source "${id}" is not used by any observation of this dataset` });
      });
    });
    dataset.conflicts.forEach((c, i) => {
      if ((byQuantity.get(quantityKey(c))?.length ?? 0) < 2) {
        issues.push({ file, path: ['conflicts', i], message: `declares a conflict for ${quantityKey(c).replaceAll('|', ', ')} but fewer than two observations record it` });
      }
    });
  }
  return issues;
}
