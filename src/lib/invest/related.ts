/**
 * News related to an opportunity: an article that cites one of its datasets or sources counts first;
 * failing that, one in the same sector. Returns a filter for Array.prototype.filter.
 */
export interface RelatedTarget {
  sector: string;
  datasets: readonly string[];
  sources: readonly string[];
}

export interface ArticleLike {
  data: { sectors: readonly string[]; datasets?: readonly string[]; sources: readonly string[] };
}

export function relatedArticleFilter(target: RelatedTarget): (article: ArticleLike) => boolean {
  return (article) =>
    (article.data.datasets ?? []).some((d) => target.datasets.includes(d)) ||
    article.data.sources.some((s) => target.sources.includes(s)) ||
    article.data.sectors.includes(target.sector);
}
