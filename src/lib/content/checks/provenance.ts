/**
 * Cross-file rules for the data desk's provenance fields: published forms agree with their values, nouns only
 * name counts, and datasets that share a topic each say what they are the one to cite for.
 */
import { UNITS } from '~/schemas/units';
import { unitOf } from '~/lib/data/quantity';
import { publishedMismatch } from '~/lib/data/published';
import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';

export function checkProvenance(registry: Pick<CheckedContent, 'datasets'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const topics = new Map<string, string[]>();
  for (const dataset of registry.datasets.values()) {
    const file = dataset.file;
    dataset.observations.forEach((o, i) => {
      if (!o.published || o.value === undefined) return;
      const problem = publishedMismatch(o.value, unitOf(dataset, o.series), o.decimals, o.published);
      if (problem) issues.push({ file, path: ['observations', i, 'published'], message: problem });
    });
    if (dataset.noun && UNITS[dataset.unit].kind !== 'count') {
      issues.push({ file, path: ['noun'], message: `a noun names what a count counts; unit "${dataset.unit}" is not a count` });
    }
    dataset.series.forEach((s, i) => {
      const unit = s.unit ?? dataset.unit;
      if (s.noun && UNITS[unit].kind !== 'count') issues.push({ file, path: ['series', i, 'noun'], message: `a noun names what a count counts; unit "${unit}" is not a count` });
    });
    if (dataset.topic && !dataset.citeFor) issues.push({ file, path: ['citeFor'], message: `required with "topic": one line saying what to cite this dataset for` });
    if (dataset.citeFor && !dataset.topic) issues.push({ file, path: ['topic'], message: `required with "citeFor": the topic this dataset shares with others` });
    if (dataset.topic) topics.set(dataset.topic, [...(topics.get(dataset.topic) ?? []), dataset.id]);
  }
  for (const [topic, ids] of topics) {
    if (ids.length < 2) {
      const dataset = registry.datasets.get(ids[0]!)!;
      issues.push({ file: dataset.file, path: ['topic'], message: `topic "${topic}" has only this dataset; a topic groups two or more` });
    }
  }
  return issues;
}
