import { t, type Lang } from '~/i18n/index';
import { pageUrl } from '../site/urls';
import type { Sector } from '~/schemas/common';

interface FeedArticle {
  data: { translationKey: string; title: string; summary: string; date: string; sectors: readonly Sector[] };
}

/**
 * Text for an RSS <title> or <description>. Feed readers treat both as HTML once the XML is decoded, so
 * markup in a headline would become markup in the reader; escaping it first (the package escapes again for
 * XML) makes readers show "<script>" as text.
 */
export function feedText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Options for @astrojs/rss: one channel in one language. Links are site paths (base included); the RSS
 * package makes them absolute against `site`. The channel declares its language and its own address.
 */
export function feedOptions(lang: Lang, articles: readonly FeedArticle[], channel: { title: string; description: string; selfPath: string; site: URL | string }) {
  const self = new URL(pageUrl(lang, channel.selfPath), channel.site).toString();
  return {
    title: feedText(channel.title),
    description: feedText(channel.description),
    site: new URL(pageUrl(lang), channel.site).toString(),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((a) => ({
      title: feedText(a.data.title),
      description: feedText(a.data.summary),
      pubDate: new Date(`${a.data.date}T00:00:00Z`),
      link: pageUrl(lang, `news/${a.data.translationKey}/`),
      categories: a.data.sectors.map((s) => t(lang, `sector.${s}`)),
    })),
  };
}

interface FeedUpdate {
  date: string;
  datasetId: string;
  /** Position of the revision in its dataset's log: the anchor `rev-<index>` on the dataset page. */
  index: number;
  title: string;
  description: string;
}

/** Options for @astrojs/rss: the data-updates channel in one language; each item links to its revision entry. */
export function updatesFeedOptions(lang: Lang, updates: readonly FeedUpdate[], channel: { title: string; description: string; selfPath: string; site: URL | string }) {
  const self = new URL(pageUrl(lang, channel.selfPath), channel.site).toString();
  return {
    title: feedText(channel.title),
    description: feedText(channel.description),
    site: new URL(pageUrl(lang, 'updates/'), channel.site).toString(),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    // Item links carry a fragment (#rev-<n>); the package would otherwise append a slash after it.
    trailingSlash: false,
    items: updates.map((u) => ({
      title: feedText(u.title),
      description: feedText(u.description),
      pubDate: new Date(`${u.date}T00:00:00Z`),
      link: `${pageUrl(lang, `data/${u.datasetId}/`)}#rev-${u.index}`,
    })),
  };
}
