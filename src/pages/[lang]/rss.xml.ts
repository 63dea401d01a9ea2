import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANGS, t, type Lang } from '../../i18n/index';
import { getArticles } from '../../data/content';
import { pageUrl } from '../../lib/site/urls';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** One news feed per language. */
export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const articles = await getArticles(lang);
  return rss({
    title: `${t(lang, 'site.name')}: ${t(lang, 'news.title')}`,
    description: t(lang, 'news.lede'),
    site: new URL(pageUrl(lang), site).toString(),
    customData: `<language>${lang}</language>`,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      pubDate: new Date(`${a.data.date}T00:00:00Z`),
      link: pageUrl(lang, `news/${a.data.translationKey}/`),
      categories: a.data.sectors.map((s) => t(lang, `sector.${s}`)),
    })),
  });
};
