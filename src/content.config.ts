import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article';
import { datasetSchema } from './schemas/dataset';
import { placeSchema } from './schemas/place';
import { regionSchema } from './schemas/region';
import { sourceSchema } from './schemas/source';
import { opportunitySchema } from './schemas/opportunity';
import { timelineEventSchema } from './schemas/timelineEvent';
import { hubSchema } from './schemas/hub';
import { contactSchema } from './schemas/contact';
import { setupGuideSchema } from './schemas/setupGuide';
import { articleLoader, registryLoader } from './loaders/registryLoader';

/*
 * content/ → these collections → src/data/ queries → components → pages.
 * JSON content is validated as one registry (see src/lib/content/registry.ts) so that a dataset naming an
 * unknown source or region fails the build with the file, the field and the reason.
 */
const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;

export const collections = {
  sources: defineCollection({
    loader: registryLoader('sources', (r) => [...r.sources.values()].map((s) => ({ id: s.id, data: strip(s) }))),
    schema: sourceSchema,
  }),
  regions: defineCollection({
    loader: registryLoader('regions', (r) => [...r.regions.values()].map((g) => ({ id: g.code, data: g }))),
    schema: regionSchema,
  }),
  datasets: defineCollection({
    loader: registryLoader('datasets', (r) => [...r.datasets.values()].map((d) => ({ id: d.id, data: strip(d) }))),
    schema: datasetSchema,
  }),
  places: defineCollection({
    loader: registryLoader('places', (r) => [...r.places.values()].map(({ file: _file, index: _index, ...p }) => ({ id: p.id, data: p }))),
    schema: placeSchema,
  }),
  opportunities: defineCollection({
    loader: registryLoader('opportunities', (r) => [...r.opportunities.values()].map((o) => ({ id: o.id, data: strip(o) }))),
    schema: opportunitySchema,
  }),
  timeline: defineCollection({
    loader: registryLoader('timeline', (r) => r.timeline.map(({ file: _file, index: _index, ...e }) => ({ id: e.id, data: e }))),
    schema: timelineEventSchema,
  }),
  hubs: defineCollection({
    loader: registryLoader('hubs', (r) => [...r.hubs.values()].map((h) => ({ id: h.id, data: strip(h) }))),
    schema: hubSchema,
  }),
  contacts: defineCollection({
    loader: registryLoader('contacts', (r) => [...r.contacts.values()].map((c) => ({ id: c.id, data: strip(c) }))),
    schema: contactSchema,
  }),
  setupGuides: defineCollection({
    loader: registryLoader('setup', (r) => [...r.setupGuides.values()].map((g) => ({ id: g.id, data: strip(g) }))),
    schema: setupGuideSchema,
  }),
  articles: defineCollection({
    loader: articleLoader(),
    schema: articleSchema,
  }),
};
