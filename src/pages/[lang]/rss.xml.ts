import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANGS, t, type Lang } from '~/i18n/index';
import { getArticles } from '~/data/content';
import { feedOptions } from '~/lib/news/feed';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** One news feed per language; per-sector feeds are news/sector/[sector]/rss.xml. */
export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  return rss(
    feedOptions(lang, await getArticles(lang), {
      title: `${t(lang, 'site.name')}: ${t(lang, 'news.title')}`,
      description: t(lang, 'news.lede'),
      selfPath: 'rss.xml',
      site: site!,
    }),
  );
};
