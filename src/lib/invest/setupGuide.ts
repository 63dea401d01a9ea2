/**
 * The desk's setup guides (content/setup/): cross-file checks, and the "possibly outdated" rule, which is
 * computed from the build date (SOURCE_DATE_EPOCH when set, for reproducible builds; else the clock).
 */
import type { ContentIssue } from '~/lib/content/errors';
import type { CheckedContent } from '~/lib/content/checks/types';
import { resolveFigure } from '~/lib/data/figure';
import { narrativeProblems } from '~/lib/hubs/narrative';
import type { Dataset } from '~/schemas/dataset';

export const OUTDATED_MONTHS = 24;

/** The build's date as YYYY-MM-DD. */
export function buildDate(env: Record<string, string | undefined>, now = Date.now()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last day a partial date can mean ("2019" → 2019-12-31, "2024-02" → 2024-02-29): a source is never aged more than it is. */
export function latestDay(partial: string): string {
  const [y, m, d] = partial.split('-').map(Number) as [number, number?, number?];
  if (d) return partial;
  const month = m ?? 12;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** True when even the latest day `published` can mean is more than OUTDATED_MONTHS before `today`. */
export function possiblyOutdated(published: string, today: string, months = OUTDATED_MONTHS): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  return latestDay(published) < cutoff;
}

export function checkSetupGuides(registry: Pick<CheckedContent, 'setupGuides' | 'sources' | 'datasets'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const datasets = registry.datasets as ReadonlyMap<string, Dataset>;
  registry.setupGuides.forEach((guide) => {
    const { file } = guide;
    const ids = new Set<string>();
    guide.sections.forEach((section, si) =>
      section.steps.forEach((step, i) => {
        const at = (...rest: (string | number)[]) => ['sections', si, 'steps', i, ...rest];
        if (ids.has(step.id)) issues.push({ file, path: at('id'), message: `duplicate step id "${step.id}"` });
        ids.add(step.id);
        step.sources.forEach((id, k) => {
          if (!registry.sources.has(id)) issues.push({ file, path: at('sources', k), message: `unknown source id "${id}"` });
        });
        for (const lang of ['ja', 'id', 'en'] as const) {
          for (const message of narrativeProblems(step.text[lang], step.figures.length)) issues.push({ file, path: at('text', lang), message });
        }
        step.figures.forEach((f, k) => {
          try {
            resolveFigure(datasets, { d: f.dataset, period: f.period, series: f.series, region: f.region, source: f.source }, 'step');
          } catch (error) {
            issues.push({ file, path: at('figures', k), message: (error as Error).message.replace(/^step: <Fig [^>]*\/>: /, '') });
          }
        });
      }),
    );
  });
  return issues;
}
