import { pick, t, type Lang } from '../i18n/index';
import { dataUpdates } from '../lib/data/revisions';
import { getDatasets } from './content';

/** The data-updates list in one language, newest first: what the page and the feed show. */
export async function updateItems(lang: Lang) {
  const datasets = await getDatasets();
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const items = dataUpdates(datasets).map((u) => {
    const dataset = byId.get(u.datasetId)!;
    const why = u.revision.why ? ` ${t(lang, 'data.revisions.why')}: ${pick(u.revision.why, lang)}` : '';
    return {
      ...u,
      index: dataset.revisions.indexOf(u.revision),
      datasetTitle: pick(dataset.title, lang),
      kindLabel: t(lang, `data.revisions.kind.${u.revision.kind}`),
      title: `${pick(dataset.title, lang)}: ${t(lang, `data.revisions.kind.${u.revision.kind}`)}`,
      summary: pick(u.revision.summary, lang),
      description: `${pick(u.revision.summary, lang)}${why}`,
    };
  });
  const baselines = datasets.flatMap((d) => d.revisions.filter((r) => r.kind === 'baseline'));
  return { items, baselineCount: baselines.length, baselineDate: baselines.map((r) => r.date).sort()[0] };
}
