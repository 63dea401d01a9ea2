/**
 * Cross-file rules for opportunity profiles (content/opportunities/*.json) and the cooperation timeline
 * (content/timeline.json): every source, dataset, observation, place and region they name must exist,
 * and every contact must be an office in content/contacts/ (src/lib/invest/deskContacts.ts). Errors read `file › field: reason`.
 */
import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';
import { resolveFigure } from '~/lib/data/figure';
import type { Dataset } from '~/schemas/dataset';

export function checkOpportunities(registry: Pick<CheckedContent, 'opportunities' | 'datasets' | 'sources' | 'regions' | 'places'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const datasets = registry.datasets as ReadonlyMap<string, Dataset>;
  registry.opportunities.forEach((o) => {
    const { file } = o;
    const unknownSource = (id: string, path: (string | number)[]) => {
      if (!registry.sources.has(id)) issues.push({ file, path, message: `unknown source id "${id}"` });
    };
    o.sources.forEach((id, i) => unknownSource(id, ['sources', i]));
    o.incentives.forEach((inc, i) => unknownSource(inc.source, ['incentives', i, 'source']));
    o.places.forEach((id, i) => {
      if (!registry.places.has(id)) issues.push({ file, path: ['places', i], message: `unknown place id "${id}" (not in content/places.json)` });
    });
    o.datasets.forEach((id, i) => {
      if (!registry.datasets.has(id)) issues.push({ file, path: ['datasets', i], message: `unknown dataset id "${id}"` });
    });
    o.keyFacts.forEach((fact, i) => {
      if (fact.region !== undefined && !registry.regions.has(fact.region)) {
        issues.push({ file, path: ['keyFacts', i, 'region'], message: `unknown region code "${fact.region}"` });
        return;
      }
      if (fact.source !== undefined && !registry.sources.has(fact.source)) {
        issues.push({ file, path: ['keyFacts', i, 'source'], message: `unknown source id "${fact.source}"` });
        return;
      }
      try {
        resolveFigure(datasets, { d: fact.dataset, period: fact.period, series: fact.series, region: fact.region, source: fact.source }, 'key fact');
      } catch (error) {
        const reason = (error as Error).message.replace(/^key fact: <Fig [^>]*\/>: /, '');
        issues.push({ file, path: ['keyFacts', i], message: reason });
      }
    });
  });
  return issues;
}

export function checkTimeline(registry: Pick<CheckedContent, 'timeline' | 'sources'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  registry.timeline.forEach((event) => {
    const { file, index } = event;
    event.sources.forEach((id, i) => {
      if (!registry.sources.has(id)) issues.push({ file, path: [index, 'sources', i], message: `unknown source id "${id}"` });
    });
    // The date's calendar check is the schema's (partialDate, src/schemas/calendar.ts).
  });
  return issues;
}
