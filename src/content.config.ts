/**
 * Every collection, declared once: where its files are under the content root (content/, or
 * ATLAS_CONTENT_DIR), how a file holds its entries, and the schema each entry must meet.
 *
 * content/ → this table → one content pass (src/lib/content/read.ts: read and parse each file once, validate
 * it once, then the cross-file rules in src/lib/content/checks/) → Astro collections → src/data/ queries →
 * components → pages. A new collection is one entry here; a new rule between files goes in checks/.
 */
import { defineContent } from './lib/content/collections';
import { astroCollections } from './loaders/contentLoader';
import { articleEntrySchema, articleSchema } from './schemas/article';
import { contactSchema } from './schemas/contact';
import { datasetFileSchema, datasetSchema } from './schemas/dataset';
import { geometryFileSchema } from './schemas/geo';
import { hubSchema } from './schemas/hub';
import { opportunitySchema } from './schemas/opportunity';
import { pageSchema } from './schemas/page';
import { placeSchema } from './schemas/place';
import { placeNameSchema } from './schemas/placeName';
import { regionSchema } from './schemas/region';
import { setupGuideSchema } from './schemas/setupGuide';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timelineEvent';

export const CONTENT = defineContent({
  /** Every source: publisher, title, URL, dates, grade; files grouped by sector. */
  sources: { files: 'sources/*.json', entries: 'list', key: 'id', noun: 'source id', schema: sourceSchema },
  /** The province, its regencies and cities, and the national scopes. */
  regions: { files: 'regions.json', entries: 'list', key: 'code', noun: 'region code', required: true, schema: regionSchema },
  /** One dataset per file; derived observations get their values from the content pass. */
  datasets: { files: 'datasets/*.json', entries: 'file', schema: datasetFileSchema, stored: datasetSchema },
  /** Map points with sourced coordinates. */
  places: { files: 'places.json', entries: 'list', key: 'id', noun: 'place id', minEntries: 0, schema: placeSchema },
  /** Spellings of places without a sourced position, and spellings to avoid. */
  placeNames: { files: 'place-names.json', entries: 'list', key: 'id', noun: 'place-name id', schema: placeNameSchema },
  /** Investment opportunity profiles. */
  opportunities: { files: 'opportunities/*.json', entries: 'file', schema: opportunitySchema },
  /** North Sulawesi–Japan cooperation events. */
  timeline: { files: 'timeline.json', entries: 'list', key: 'id', noun: 'event id', schema: timelineEventSchema },
  /** The sector hubs; the file name is the page path. */
  hubs: { files: 'hubs/*.json', entries: 'file', schema: hubSchema },
  /** The investor desk's offices, one per file (file name = id). */
  contacts: { files: 'contacts/*.json', entries: 'file', schema: contactSchema },
  /** The investor desk's step-by-step guides (company setup, work in Japan), one per file. */
  setupGuides: { files: 'setup/*.json', entries: 'file', schema: setupGuideSchema },
  /** News, explainers and analyses; the file name is the translation key its languages share. */
  articles: { files: 'articles/*/*.mdx', entries: 'mdx', schema: articleSchema, stored: articleEntrySchema },
  /** Site pages written as prose, per language (the about page, the investor guide). */
  pages: { files: 'pages/*/*.mdx', entries: 'mdx', schema: pageSchema },
  /** Map geometry written by `npm run geo:build`; the folder also keeps its README and raw inputs. */
  geo: { files: 'geo/*.json', entries: 'file', sharedFolder: true, schema: geometryFileSchema },
});

export const collections = astroCollections(CONTENT);
