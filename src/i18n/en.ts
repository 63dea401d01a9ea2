/**
 * English UI strings. One flat dictionary per language; keys are `area.purpose`.
 * `src/i18n/parity.test.ts` fails when a key exists here but not in `ja.ts` or `id.ts` (or the reverse).
 */
export default {
  'site.name': 'Sulut Atlas',
  'site.tagline': 'North Sulawesi and Japan, in sourced numbers',
  'site.description':
    'Sourced data journalism on North Sulawesi, Indonesia, and its ties with Japan: fisheries, gold, tourism, work in Japan and the economy.',

  'a11y.skipToContent': 'Skip to content',
  'a11y.mainNav': 'Main sections',
  'a11y.breadcrumb': 'Breadcrumb',
  'a11y.languageSwitcher': 'Language',
  'a11y.menu': 'Menu',

  'nav.home': 'Home',
  'nav.fisheries': 'Fisheries & marine',
  'nav.mining': 'Gold & mining',
  'nav.tourism': 'Tourism',
  'nav.labour': 'Work in Japan',
  'nav.economy': 'Economy',
  'nav.data': 'Data',
  'nav.news': 'News',
  'nav.invest': 'Invest',
  'nav.about': 'About',
  'nav.search': 'Search',

  'lang.chooseTitle': 'Choose a language',
  'lang.suggested': 'Suggested from your browser',
  'lang.current': 'Current language',
  'lang.missingTranslation': 'not translated: goes to {page}',
  'lang.notTranslatedNotice': 'The page you came from is not available in English. This is the nearest page that is.',

  'home.lede':
    'Evidence on the agenda North Sulawesi discussed with a Japanese-linked company in February 2026: workers for Japan, fish and lobster exports, gold, tourism and investment.',
  'home.latestNews': 'Latest news',
  'home.sectors': 'Sectors',
  'home.featuredData': 'Featured data',
  'home.allNews': 'All news',
  'home.allData': 'All datasets',

  'section.comingSoon': 'This section is being built',
  'section.willHold': 'What this section will hold',
  'section.meanwhile': 'Meanwhile, the sourced figures for this sector are in the data catalogue.',

  'footer.licence':
    'Text and charts: CC BY 4.0. Data keeps the licence of its source; region codes and island coordinates from idn-area-data (ODbL).',
  'footer.sources': 'Every figure links to its source.',
  'footer.allSources': 'All sources',
  'footer.downloads': 'Data downloads',
  'footer.contact': 'Contact and corrections',
  'footer.about': 'About Sulut Atlas',

  'data.catalogueTitle': 'Data catalogue',
  'data.catalogueLede': 'Every dataset behind the figures on this site, with its sources, caveats and downloads.',
  'data.observations': 'Observations',
  'data.period': 'Period',
  'data.region': 'Region',
  'data.series': 'Series',
  'data.value': 'Value',
  'data.unit': 'Unit',
  'data.source': 'Source',
  'data.sources': 'Sources',
  'data.grade': 'Grade',
  'data.grade.A': 'A: official or company disclosure',
  'data.grade.B': 'B: news report quoting an official',
  'data.grade.C': 'C: secondary source',
  'data.notes': 'Notes',
  'data.caveats': 'What these numbers count and miss',
  'data.gaps': 'Known gaps',
  'data.licence': 'Licence',
  'data.lastVerified': 'Last verified',
  'data.accessed': 'accessed {date}',
  'data.published': 'published {date}',
  'data.download': 'Download',
  'data.coverage': 'Coverage',
  'data.conflicts': 'Where sources disagree',
  'data.version': 'Version',
  'data.unknown': 'Not known',

  'news.title': 'News',
  'news.lede': 'Reports and explainers on North Sulawesi and Japan, every figure linked to its dataset.',
  'news.by': 'By {author}',
  'news.published': 'Published',
  'news.updated': 'Updated',
  'news.sources': 'Sources',
  'news.otherLanguages': 'Also in',
  'news.readingTime': '{minutes} min read',
  'news.kind.news': 'News',
  'news.kind.explainer': 'Explainer',
  'news.kind.analysis': 'Analysis',

  'sector.fisheries': 'Fisheries & marine',
  'sector.mining': 'Gold & mining',
  'sector.tourism': 'Tourism',
  'sector.labour': 'Work in Japan',
  'sector.economy': 'Economy',

  'about.title': 'About Sulut Atlas',
  'invest.title': 'Invest in North Sulawesi',
  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not lead to a page. Try the home page or the data catalogue.',
  // ── data desk (datasets, citations, downloads, <Fig>) ──

  // ── charts ──

  // ── maps ──

  // ── news desk and search ──

  // ── quality (accessibility, security) ──

  // ── sector hubs, opportunities, timeline, investor guide ──
} as const;
