import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'astro/zod';
import { datasetFileSchema, type Dataset, type DatasetFile } from '../../schemas/dataset';
import { placeSchema, type Place } from '../../schemas/place';
import { regionSchema, type Region } from '../../schemas/region';
import { sourceSchema, type Source } from '../../schemas/source';
import { ContentValidationError, displayPath, zodIssues, type ContentIssue } from './errors';
import { checkDatasets } from './integrity';
import { checkProvenance } from './provenance';
import { computeDerived } from '../data/derived';
import { checkPlaces } from './places';
import { opportunitySchema, type Opportunity } from '../../schemas/opportunity';
import { timelineEventSchema, type TimelineEvent } from '../../schemas/timelineEvent';
import { checkOpportunities, checkTimeline } from '../invest/validate';
import { hubSchema, type Hub } from '../../schemas/hub';
import { placeNameSchema, type PlaceName } from '../../schemas/placeName';
import { checkHubs } from '../hubs/validate';
import { readContentFiles } from './files';
import { textLengthIssues } from './limits';
import { contactSchema, type DeskContact } from '../../schemas/contact';
import { checkDeskContacts } from '../invest/deskContacts';
import { setupGuideSchema, type SetupGuide } from '../../schemas/setupGuide';
import { checkSetupGuides } from '../invest/setupGuide';

/** Everything in content/ that is JSON, validated and cross-checked. */
export interface Registry {
  root: string;
  sources: Map<string, Source & { file: string }>;
  regions: Map<string, Region>;
  datasets: Map<string, Dataset & { file: string }>;
  /** content/places.json (optional): map points, each with its position in the file for error paths. */
  places: Map<string, Place & { file: string; index: number }>;
  /** content/opportunities/*.json: investment opportunity profiles, one per file (file name = id). */
  opportunities: Map<string, Opportunity & { file: string }>;
  /** content/timeline.json (optional): North Sulawesi–Japan cooperation events in file order, with their index. */
  timeline: (TimelineEvent & { file: string; index: number })[];
  /** content/place-names.json (optional): spellings of places without a sourced position, and variants to avoid. */
  placeNames: (PlaceName & { file: string })[];
  /** content/hubs/*.json: one sector hub per file (file name = id = page path). */
  hubs: Map<string, Hub & { file: string }>;
  /** content/contacts/*.json: the investor desk's offices, one per file (file name = id). */
  contacts: Map<string, DeskContact & { file: string }>;
  /** content/setup/*.json: the desk's step-by-step guides, one per file (file name = id). */
  setupGuides: Map<string, SetupGuide & { file: string }>;
}

/**
 * Ids whose own entry failed validation. A reference to one of them is not reported again as "unknown": the
 * entry's own problem is the one line an editor needs (no cascade of "unknown dataset" from hubs and articles).
 */
export interface FailedIds {
  datasets: Set<string>;
  sources: Set<string>;
  regions: Set<string>;
  places: Set<string>;
  /** Collections whose file could not be read at all: every reference into them is unverifiable. */
  collections: Set<'sources' | 'regions' | 'places' | 'datasets'>;
}

const BOM = '\uFEFF';

/**
 * Reads a JSON file. A syntax error is one issue and nothing else is checked in that file (no follow-on schema
 * lines); a leading byte-order mark is reported in words, then ignored so the rest of the file is checked.
 */
export function readJson(absolute: string, file: string, issues: ContentIssue[]): { ok: true; value: unknown } | { ok: false } {
  let text = readFileSync(absolute, 'utf8');
  if (text.startsWith(BOM)) {
    issues.push({ file, path: [], message: 'starts with a byte-order mark (U+FEFF): remove the byte-order mark (save the file as UTF-8 without BOM)' });
    text = text.slice(1);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    issues.push({ file, path: [], message: `not valid JSON (${(error as Error).message})` });
    return { ok: false };
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, issues: ContentIssue[], prefix: (string | number)[] = []): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (!result.success) {
    issues.push(...zodIssues(file, result.error.issues, prefix));
    return undefined;
  }
  return result.data;
}

/** Reads, length-checks and validates one JSON file; undefined when it cannot be used. */
function readFile<S extends z.ZodType>(schema: S, absolute: string, file: string, issues: ContentIssue[]): z.output<S> | undefined {
  const json = readJson(absolute, file, issues);
  if (!json.ok) return undefined;
  issues.push(...textLengthIssues(file, json.value));
  return parseWith(schema, json.value, file, issues);
}

/**
 * Reads a file holding an array of entries (sources, regions, places, timeline events) entry by entry, so one
 * bad field drops only its own entry: the file's other entries stay known and references to them resolve.
 * Returns the valid entries with their index, and the ids of the entries that failed.
 */
function readList<S extends z.ZodType>(schema: S, absolute: string, file: string, issues: ContentIssue[], idKey: string, minEntries = 1): { entries: { value: z.output<S>; index: number }[]; failedIds: string[]; unreadable: boolean } {
  const json = readJson(absolute, file, issues);
  if (!json.ok) return { entries: [], failedIds: [], unreadable: true };
  issues.push(...textLengthIssues(file, json.value));
  if (!Array.isArray(json.value) || json.value.length < minEntries) {
    issues.push({ file, path: [], message: minEntries > 0 ? 'expected a list [ … ] with at least one entry' : 'expected a list [ … ]' });
    return { entries: [], failedIds: [], unreadable: true };
  }
  const entries: { value: z.output<S>; index: number }[] = [];
  const failedIds: string[] = [];
  json.value.forEach((raw, index) => {
    const value = parseWith(schema, raw, file, issues, [index]);
    if (value !== undefined) entries.push({ value, index });
    else {
      const id = (raw as Record<string, unknown> | null)?.[idKey];
      if (typeof id === 'string') failedIds.push(id);
    }
  });
  return { entries, failedIds, unreadable: false };
}

/** Files directly in a folder with the exact extension; other files are reported by contentFileIssues. */
function filesIn(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}

/** A reference message from the cross-checks, e.g. `unknown dataset id "x"` or `unknown region code "71.99"`. */
const UNKNOWN_REFERENCE = /unknown (dataset|source|region|place)(?: id| code)? "([^"]+)"/;

/** Drops "unknown …" lines about entries that failed on their own (their own line says why). */
export function withoutCascades(issues: ContentIssue[], failed: FailedIds): ContentIssue[] {
  return issues.filter((issue) => {
    const match = UNKNOWN_REFERENCE.exec(issue.message);
    if (!match) return true;
    const kind = `${match[1]}s` as 'datasets' | 'sources' | 'regions' | 'places';
    return !failed.collections.has(kind) && !failed[kind].has(match[2]!);
  });
}

/**
 * Reads and validates content/: sources, regions and datasets. Returns the registry and every issue found;
 * `loadRegistry` throws instead. Paths in issues are relative to the working directory, as authors see them.
 */
export function readRegistry(root: string): { registry: Registry; issues: ContentIssue[]; failed: FailedIds } {
  const files = readContentFiles(root);
  const issues: ContentIssue[] = [...files.issues];
  const rel = (p: string) => displayPath(p);
  const registry: Registry = { root, sources: new Map(), regions: new Map(), datasets: new Map(), places: new Map(), opportunities: new Map(), timeline: [], placeNames: [], hubs: new Map(), contacts: new Map(), setupGuides: new Map() };
  const failed: FailedIds = { datasets: new Set(files.ignored.get('datasets')), sources: new Set(), regions: new Set(), places: new Set(), collections: new Set() };
  // A sources file with the wrong extension: none of its ids is known, so no reference to a source is checkable.
  if (files.ignored.has('sources')) failed.collections.add('sources');

  for (const path of filesIn(join(root, 'sources'), '.json')) {
    const file = rel(path);
    const { entries, failedIds, unreadable } = readList(sourceSchema, path, file, issues, 'id');
    failedIds.forEach((id) => failed.sources.add(id));
    if (unreadable) failed.collections.add('sources');
    for (const { value: source, index } of entries) {
      const existing = registry.sources.get(source.id);
      if (existing) {
        issues.push({ file, path: [index, 'id'], message: `duplicate source id "${source.id}" (also in ${existing.file})` });
      } else {
        registry.sources.set(source.id, { ...source, file });
      }
    }
  }

  const regionsPath = join(root, 'regions.json');
  if (existsSync(regionsPath)) {
    const file = rel(regionsPath);
    const { entries, failedIds, unreadable } = readList(regionSchema, regionsPath, file, issues, 'code');
    failedIds.forEach((code) => failed.regions.add(code));
    if (unreadable) failed.collections.add('regions');
    for (const { value: region, index } of entries) {
      if (registry.regions.has(region.code)) {
        issues.push({ file, path: [index, 'code'], message: `duplicate region code "${region.code}"` });
      }
      registry.regions.set(region.code, region);
    }
  } else {
    issues.push({ file: rel(regionsPath), path: [], message: 'missing: the regions file is required' });
    failed.collections.add('regions');
  }

  // Derived observations are written without value and source; computeDerived fills both once every
  // dataset is read (their inputs may sit in other datasets), so the registry only ever holds full datasets.
  const parsed = new Map<string, DatasetFile & { file: string }>();
  const rawDatasets = new Map<string, unknown>();
  for (const path of filesIn(join(root, 'datasets'), '.json')) {
    const file = rel(path);
    const expectedId = basename(path, '.json');
    const json = readJson(path, file, issues);
    if (json.ok) issues.push(...textLengthIssues(file, json.value));
    const dataset = json.ok ? parseWith(datasetFileSchema, json.value, file, issues) : undefined;
    if (!dataset) {
      failed.datasets.add(expectedId);
      continue;
    }
    if (dataset.id !== expectedId) {
      issues.push({ file, path: ['id'], message: `id "${dataset.id}" must equal the file name "${expectedId}"` });
      failed.datasets.add(expectedId);
      continue;
    }
    parsed.set(dataset.id, { ...dataset, file });
    if (json.ok) rawDatasets.set(dataset.id, json.value);
  }
  // A derivation whose input dataset failed on its own says nothing new: that file's own line says why.
  const derivationIssues = computeDerived(parsed, registry.sources, rawDatasets);
  issues.push(...withoutCascades(derivationIssues, failed));
  // With issues above the build stops anyway; the datasets stay registered so later checks do not cascade.
  for (const [id, dataset] of parsed) registry.datasets.set(id, dataset as Dataset & { file: string });

  const placesPath = join(root, 'places.json');
  if (existsSync(placesPath)) {
    const file = rel(placesPath);
    const { entries, failedIds, unreadable } = readList(placeSchema, placesPath, file, issues, 'id', 0);
    failedIds.forEach((id) => failed.places.add(id));
    if (unreadable) failed.collections.add('places');
    for (const { value: place, index } of entries) {
      if (registry.places.has(place.id)) issues.push({ file, path: [index, 'id'], message: `duplicate place id "${place.id}"` });
      else registry.places.set(place.id, { ...place, file, index });
    }
  }

  for (const path of filesIn(join(root, 'opportunities'), '.json')) {
    const file = rel(path);
    const opportunity = readFile(opportunitySchema, path, file, issues);
    if (!opportunity) continue;
    const expectedId = basename(path, '.json');
    if (opportunity.id !== expectedId) issues.push({ file, path: ['id'], message: `id "${opportunity.id}" must equal the file name "${expectedId}"` });
    else registry.opportunities.set(opportunity.id, { ...opportunity, file });
  }

  const placeNamesPath = join(root, 'place-names.json');
  if (existsSync(placeNamesPath)) {
    const file = rel(placeNamesPath);
    for (const { value, index } of readList(placeNameSchema, placeNamesPath, file, issues, 'id').entries) {
      if (value.of && !registry.places.has(value.of) && !registry.regions.has(value.of)) {
        issues.push({ file, path: [index, 'of'], message: `"${value.of}" is neither a place id in content/places.json nor a region code` });
      }
      registry.placeNames.push({ ...value, file });
    }
  }

  const timelinePath = join(root, 'timeline.json');
  if (existsSync(timelinePath)) {
    const file = rel(timelinePath);
    registry.timeline = readList(timelineEventSchema, timelinePath, file, issues, 'id').entries.map(({ value, index }) => ({ ...value, file, index }));
  }

  for (const path of filesIn(join(root, 'hubs'), '.json')) {
    const file = rel(path);
    const hub = readFile(hubSchema, path, file, issues);
    if (!hub) continue;
    const expectedId = basename(path, '.json');
    if (hub.id !== expectedId) issues.push({ file, path: ['id'], message: `id "${hub.id}" must equal the file name "${expectedId}"` });
    else registry.hubs.set(hub.id, { ...hub, file });
  }

  for (const path of filesIn(join(root, 'contacts'), '.json')) {
    const file = rel(path);
    const contact = readFile(contactSchema, path, file, issues);
    if (!contact) continue;
    const expectedId = basename(path, '.json');
    if (contact.id !== expectedId) issues.push({ file, path: ['id'], message: `id "${contact.id}" must equal the file name "${expectedId}"` });
    else registry.contacts.set(contact.id, { ...contact, file });
  }

  for (const path of filesIn(join(root, 'setup'), '.json')) {
    const file = rel(path);
    const guide = readFile(setupGuideSchema, path, file, issues);
    if (!guide) continue;
    const expectedId = basename(path, '.json');
    if (guide.id !== expectedId) issues.push({ file, path: ['id'], message: `id "${guide.id}" must equal the file name "${expectedId}"` });
    else registry.setupGuides.set(guide.id, { ...guide, file });
  }

  const crossChecks = [...checkDatasets(registry), ...checkProvenance(registry), ...checkPlaces(registry), ...checkOpportunities(registry), ...checkTimeline(registry), ...checkHubs(registry), ...checkDeskContacts(registry), ...checkSetupGuides(registry)];
  issues.push(...withoutCascades(crossChecks, failed));
  return { registry, issues, failed };
}

const cache = new Map<string, Registry>();

/** Validated registry for a content root, cached per process; throws ContentValidationError on any issue. */
export function loadRegistry(root: string): Registry {
  const cached = cache.get(root);
  if (cached) return cached;
  const { registry, issues } = readRegistry(root);
  if (issues.length) throw new ContentValidationError(issues);
  cache.set(root, registry);
  return registry;
}
