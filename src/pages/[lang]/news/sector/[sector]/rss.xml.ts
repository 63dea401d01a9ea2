import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANGS, t, type Lang } from '~/i18n/index';
import { getArticles } from '~/data/content';
import { feedOptions } from '~/lib/news/feed';
import { SECTORS, type Sector } from '~/schemas/common';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => SECTORS.map((sector) => ({ params: { lang, sector }, props: { lang, sector } })));
}

/** News about one sector in one language. */
export const GET: APIRoute = async ({ props, site }) => {
  const { lang, sector } = props as { lang: Lang; sector: Sector };
  const name = t(lang, `sector.${sector}`);
  const articles = (await getArticles(lang)).filter((a) => a.data.sectors.includes(sector));
  return rss(
    feedOptions(lang, articles, {
      title: `${t(lang, 'site.name')}: ${t(lang, 'news.sectorTitle', { sector: name })}`,
      description: t(lang, 'news.sectorLede', { sector: name }),
      selfPath: `news/sector/${sector}/rss.xml`,
      site: site!,
    }),
  );
};
