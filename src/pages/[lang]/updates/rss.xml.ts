import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANGS, t, type Lang } from '~/i18n/index';
import { updateItems } from '~/data/updates';
import { updatesFeedOptions } from '~/lib/news/feed';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/** The data-updates page as RSS 2.0, one channel per language, newest first. */
export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const { items } = await updateItems(lang);
  return rss(updatesFeedOptions(lang, items, { title: `${t(lang, 'site.name')}: ${t(lang, 'updates.title')}`, description: t(lang, 'updates.lede'), selfPath: 'updates/rss.xml', site: site! }));
};
