/**
 * What the download files contain: one tidy CSV per dataset (one row per observation), one JSON per
 * dataset (its data and full metadata) and a Frictionless Data Package describing every CSV.
 * The endpoints in src/pages/data/ only call these functions, so the formats are tested here.
 */
import { DERIVATION_METHODS, OBSERVATION_STATUSES, type Dataset, type Observation } from '~/schemas/dataset';
import type { Region } from '~/schemas/region';
import type { Source } from '~/schemas/source';
import { UNITS, type UnitId } from '~/schemas/units';
import { quantityKey, unitOf } from './quantity';
import { noteText } from '../content/note';
import { toCsv, type CsvValue } from './csv';
import { refKey } from './derived';
import { sourceIdsOf } from './provenance';
import { datasetLicence, LICENCE_URLS, licenceStatement, SITE_LICENCE } from './licence';

export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

export { OBSERVATION_STATUSES };

/** Columns of every dataset CSV, in order. The Data Package schema is generated from this list. */
export const OBSERVATION_FIELDS: readonly TableField[] = [
  { name: 'dataset', type: 'string', description: 'Dataset id (the file name on Sulut Atlas)', constraints: { required: true } },
  { name: 'period', type: 'string', description: 'Period as recorded: YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, or a span START/END', constraints: { required: true } },
  { name: 'region', type: 'string', description: 'BPS/Kemendagri region code: 71 is the province, 71.xx a regency or city', constraints: { required: true } },
  { name: 'region_name', type: 'string', description: 'Official Indonesian name of the region' },
  { name: 'series', type: 'string', description: 'Series id within the dataset ("value" when the dataset has one series)', constraints: { required: true } },
  { name: 'series_label', type: 'string', description: 'Series name in English' },
  { name: 'value', type: 'number', description: 'The value exactly as the source published it, in the unit of the "unit" column', constraints: { required: true } },
  { name: 'unit', type: 'string', description: 'Unit id (e.g. idr = rupiah, tonnes, people); unit_label spells it out' },
  { name: 'unit_label', type: 'string', description: 'Unit in English' },
  { name: 'published_value', type: 'string', description: 'The figure as printed by the source, when it was recorded in another unit or rounded (exact digits, point decimal)' },
  { name: 'published_unit', type: 'string', description: 'Unit id of published_value' },
  { name: 'status', type: 'string', description: 'Kind of figure: final or preliminary (actuals), estimate, or target, plan, capacity, claimed (never compared with actuals)', constraints: { enum: [...OBSERVATION_STATUSES] } },
  { name: 'computed', type: 'boolean', description: 'true when Sulut Atlas computed the value from other observations (see derived_method and derived_inputs); no source printed it' },
  { name: 'derived_method', type: 'string', description: 'How a computed value is made: ratio (a ÷ b), share (a ÷ b × 100), sum, difference (a − b) or density (a count ÷ an area), in base units, rounded to the value\'s decimals', constraints: { enum: [...DERIVATION_METHODS] } },
  { name: 'derived_inputs', type: 'string', description: 'Inputs of a computed value, in order, separated by " ; ": dataset/series/region/period[/source]' },
  { name: 'conflict', type: 'boolean', description: 'true when another source records a different value for the same period, region and series (see the dataset page)' },
  { name: 'source', type: 'string', description: 'Source id; see sources.csv. Empty for a computed value (its inputs name theirs)' },
  { name: 'source_publisher', type: 'string', description: 'Publisher of the source (the outlet the figure was read in)' },
  { name: 'origin_publisher', type: 'string', description: 'Original publisher of an official figure the source reports (e.g. BPS Sulawesi Utara)' },
  { name: 'origin_release', type: 'string', description: 'The original release, as the source names it' },
  { name: 'source_url', type: 'string', format: 'uri', description: 'Address of the source' },
  { name: 'source_grade', type: 'string', description: 'Reliability grade: A official or company disclosure, B news report quoting an official, C secondary; for a computed value the weakest grade of its inputs', constraints: { enum: ['A', 'B', 'C'] } },
  { name: 'source_licence', type: 'string', description: 'Open licence of the source\'s own text, if any (e.g. CC-BY-SA-4.0); empty: the publisher\'s own terms. The figure is reused as a fact' },
  { name: 'locator', type: 'string', description: 'Where in the source the figure stands (in English; the dataset JSON has it in all three languages)' },
  { name: 'licence', type: 'string', description: 'Licence of this compilation (Sulut Atlas); the figures are facts reported by the sources' },
  { name: 'version', type: 'string', description: 'Dataset version (content hash); cite it with the figure' },
];

/** Columns of sources.csv. */
export const SOURCE_FIELDS: readonly TableField[] = [
  { name: 'id', type: 'string', description: 'Source id used by the dataset CSVs', constraints: { required: true } },
  { name: 'publisher', type: 'string', description: 'Publisher' },
  { name: 'title', type: 'string', description: 'Title as published' },
  { name: 'url', type: 'string', format: 'uri', description: 'Address' },
  { name: 'published', type: 'string', description: 'Publication date, as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD)' },
  { name: 'accessed', type: 'date', description: 'When a person last opened the address and checked the figures' },
  { name: 'language', type: 'string', description: 'Language of the source (id, en, ja or other)' },
  { name: 'grade', type: 'string', description: 'Reliability grade A, B or C', constraints: { enum: ['A', 'B', 'C'] } },
  { name: 'note', type: 'string', description: 'Remarks on the source (in English; the site shows them in each language)' },
  { name: 'origin_publisher', type: 'string', description: 'Original publisher of the official figures the source reports' },
  { name: 'origin_release', type: 'string', description: 'The original release (title or number) as the source names it' },
  { name: 'origin_date', type: 'string', description: 'Date of the original release, as precise as known' },
  { name: 'origin_url', type: 'string', format: 'uri', description: 'Address of the original release, where the source cites one' },
  { name: 'licence', type: 'string', description: 'Open licence of the source\'s own text, if any; empty: the publisher\'s own terms' },
];

/** Licence identifiers used in content, with their canonical addresses (src/lib/data/licence.ts). */
export const LICENSE_URLS: Record<string, string> = LICENCE_URLS;

/**
 * A value as text that parses back to exactly the same number, keeping published trailing zeros:
 * (2.5, 2) → "2.50". String() is exact for doubles; padding zeros never changes the number.
 */
export function valueText(value: number, decimals?: number): string {
  const text = String(value);
  if (decimals === undefined || /e/i.test(text)) return text;
  const dot = text.indexOf('.');
  const have = dot === -1 ? 0 : text.length - dot - 1;
  if (have >= decimals) return text;
  return `${text}${dot === -1 ? '.' : ''}${'0'.repeat(decimals - have)}`;
}

export interface TableContext {
  regions: ReadonlyMap<string, Region>;
  sources: ReadonlyMap<string, Source>;
  version: string;
  /** All datasets, so the sources of a computed value's inputs (in other datasets) are listed too. */
  datasets?: ReadonlyMap<string, Dataset>;
}

const sortObservations = (list: readonly Observation[]) =>
  [...list].sort((a, b) => a.series.localeCompare(b.series) || a.region.localeCompare(b.region) || a.period.localeCompare(b.period) || a.source.localeCompare(b.source));

/** The tidy table of a dataset: one row per observation, in OBSERVATION_FIELDS order. */
export function csvRows(dataset: Dataset, ctx: TableContext): CsvValue[][] {
  const counts = new Map<string, number>();
  for (const o of dataset.observations) counts.set(quantityKey(o), (counts.get(quantityKey(o)) ?? 0) + 1);
  return sortObservations(dataset.observations).map((o) => {
    const source = ctx.sources.get(o.source);
    const region = ctx.regions.get(o.region);
    if (!source) throw new Error(`content/datasets/${dataset.id}.json: unknown source id "${o.source}"`);
    if (!region) throw new Error(`content/datasets/${dataset.id}.json: unknown region code "${o.region}"`);
    const unit = unitOf(dataset, o.series);
    const series = dataset.series.find((s) => s.id === o.series);
    // A computed value names no source of its own: its inputs (derived_inputs) carry theirs; the grade is the weakest.
    const computed = o.derived !== undefined;
    return [
      dataset.id,
      o.period,
      o.region,
      region.officialName,
      o.series,
      series ? series.label.en : dataset.measure.en,
      valueText(o.value, o.decimals),
      unit,
      UNITS[unit].label.en || unit,
      o.published?.value,
      o.published?.unit,
      o.status,
      computed ? 'true' : 'false',
      o.derived?.method,
      o.derived?.inputs.map((ref) => refKey(ref, dataset.id)).join(' ; '),
      (counts.get(quantityKey(o)) ?? 0) > 1 ? 'true' : 'false',
      computed ? '' : o.source,
      computed ? 'Sulut Atlas (computed)' : source.publisher,
      computed ? '' : source.origin?.publisher,
      computed ? '' : source.origin?.release,
      computed ? '' : source.url,
      source.grade,
      computed ? '' : source.licence,
      o.locator ? noteText(o.locator, 'en') : undefined,
      SITE_LICENCE,
      ctx.version,
    ];
  });
}

export function datasetCsv(dataset: Dataset, ctx: TableContext): string {
  return toCsv(OBSERVATION_FIELDS.map((f) => f.name), csvRows(dataset, ctx));
}

export function sourcesCsv(sources: Iterable<Source>): string {
  const list = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  return toCsv(
    SOURCE_FIELDS.map((f) => f.name),
    list.map((s) => [
      s.id, s.publisher, s.title, s.url, s.published, s.accessed, s.language, s.grade,
      s.note ? noteText(s.note, 'en') : undefined,
      s.origin?.publisher, s.origin?.release, s.origin?.date, s.origin?.url, s.licence,
    ]),
  );
}

export interface DatasetLinks {
  /** Absolute page URL per language. */
  pages: Record<'ja' | 'id' | 'en', string>;
  csv: string;
  json: string;
}

/** The JSON download: the dataset as recorded, plus its version, links, units spelled out and full sources. */
export function datasetJson(dataset: Dataset, ctx: TableContext & { links: DatasetLinks }) {
  const { file: _file, ...data } = dataset as Dataset & { file?: string };
  const sourceIds = sourceIdsOf(dataset, ctx.datasets);
  const units = [...new Set([dataset.unit, ...dataset.series.map((s) => s.unit).filter((u): u is UnitId => !!u)])];
  const licence = datasetLicence(dataset, ctx.sources, ctx.datasets);
  return {
    ...data,
    // A computed observation says so, names no source of its own and keeps its inputs and method.
    observations: dataset.observations.map(({ source, ...o }) => (o.derived ? { ...o, computed: true } : { ...o, source })),
    version: ctx.version,
    publisher: 'Sulut Atlas',
    licence: { ...licence, statement: licenceStatement(licence), url: LICENCE_URLS[licence.compilation] },
    links: ctx.links,
    units: Object.fromEntries(units.map((u) => [u, { kind: UNITS[u].kind, scale: UNITS[u].scale, label: UNITS[u].label }])),
    regions: Object.fromEntries(dataset.geography.map((code) => [code, ctx.regions.get(code)])),
    sources: sourceIds.map((id) => {
      const source = ctx.sources.get(id);
      if (!source) throw new Error(`content/datasets/${dataset.id}.json: unknown source id "${id}"`);
      const { file: _f, ...rest } = source as Source & { file?: string };
      return rest;
    }),
  };
}

const licenses = (id: string) => [{ name: id, ...(LICENSE_URLS[id] ? { path: LICENSE_URLS[id] } : {}) }];

const tableSchema = (fields: readonly TableField[]) => ({ fields: fields.map((f) => ({ ...f })) });

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) listing every CSV:
 * one tabular resource per dataset plus sources.csv. Paths are relative to datapackage.json, which
 * sits beside the CSVs in /data/. Units are given per resource in `units` (series id → unit id) and
 * in the value field's description.
 */
export function dataPackage(entries: readonly { dataset: Dataset; version: string }[], ctx: { homepage: string; sources: ReadonlyMap<string, Source> }) {
  const datasets = new Map(entries.map((e) => [e.dataset.id, e.dataset]));
  const resources = entries.map(({ dataset, version }) => {
    const seriesIds = dataset.series.length ? dataset.series.map((s) => s.id) : ['value'];
    const units = Object.fromEntries(seriesIds.map((s) => [s, unitOf(dataset, s)]));
    const unitText = [...new Set(Object.values(units))].map((u) => `${u} (${UNITS[u].label.en || 'count'})`).join(', ');
    const sourceIds = sourceIdsOf(dataset, datasets);
    return {
      name: dataset.id,
      path: `${dataset.id}.csv`,
      profile: 'tabular-data-resource',
      title: dataset.title.en,
      description: dataset.description.en,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      version,
      // The compilation is the site's (CC BY 4.0); the figures are facts under their sources' terms (rights).
      licenses: [{ ...licenses(dataset.license)[0]!, title: 'Compilation by Sulut Atlas (selection, arrangement, notes, translations)' }],
      rights: licenceStatement(datasetLicence(dataset, ctx.sources, datasets)),
      units,
      sources: sourceIds.map((id) => {
        const source = ctx.sources.get(id);
        return {
          title: `${source?.origin ? `${source.origin.publisher}, via ` : ''}${source?.publisher}: ${source?.title}`,
          path: source?.url,
          ...(source?.licence ? { licenses: licenses(source.licence) } : {}),
        };
      }),
      schema: tableSchema(
        OBSERVATION_FIELDS.map((f) => (f.name === 'value' ? { ...f, description: `${f.description}. Units: ${unitText}` } : f)),
      ),
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'sulut-atlas',
    title: 'Sulut Atlas datasets',
    description: 'Sourced figures on North Sulawesi (Indonesia) and its ties with Japan. Every value names its source.',
    homepage: ctx.homepage,
    licenses: [{ ...licenses(SITE_LICENCE)[0]!, title: 'Compilation by Sulut Atlas (selection, arrangement, notes, translations)' }],
    rights: 'The figures are facts reported by the sources named in each resource; the sources\' own texts and tables stay under their publishers\' terms. Each resource lists sources under an open licence.',
    resources: [
      ...resources,
      {
        name: 'sources',
        path: 'sources.csv',
        profile: 'tabular-data-resource',
        title: 'Sources cited by Sulut Atlas',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        licenses: licenses('CC-BY-4.0'),
        schema: tableSchema(SOURCE_FIELDS),
      },
    ],
  };
}
