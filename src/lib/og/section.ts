import { t, type Lang, type UiKey } from '~/i18n/index';
import { SECTOR_PATHS } from '../site/urls';
import type { OgAccent, OgCard } from './card';

/** The section a language-independent path belongs to: its first segment ("news/page/2/" → "news/"). */
export function sectionPath(path: string): string {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return first === '' ? '' : `${first}/`;
}

const SECTION_TITLES: Record<string, UiKey> = {
  'data/': 'data.catalogueTitle',
  'news/': 'news.title',
  'invest/': 'invest.title',
  'about/': 'about.title',
  'regions/': 'regions.index.title',
  'search/': 'search.title',
};

/**
 * The card of a page that has no card of its own (lists, indexes, search, about): one image per section and
 * language, titled with the section's name, so every page of the news list shares the news card.
 */
export function sectionCard(lang: Lang, path: string, address: (path: string) => string): OgCard {
  const section = sectionPath(path);
  const sector = (Object.entries(SECTOR_PATHS) as [OgAccent, string][]).find(([, p]) => p === section)?.[0];
  const key = SECTION_TITLES[section] ?? (sector ? (`sector.${sector}` as UiKey) : undefined);
  const site = t(lang, 'site.name');
  if (!key) return { lang, site, kicker: '', title: t(lang, 'site.tagline'), detail: t(lang, 'site.description'), address: address(''), accent: 'site' };
  return { lang, site, kicker: t(lang, 'site.tagline'), title: t(lang, key), address: address(section), accent: sector ?? 'site' };
}
