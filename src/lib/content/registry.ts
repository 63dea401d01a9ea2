import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'astro/zod';
import { datasetFileSchema, type Dataset, type DatasetFile } from '../../schemas/dataset';
import { placeFileSchema, type Place } from '../../schemas/place';
import { regionFileSchema, type Region } from '../../schemas/region';
import { sourceFileSchema, type Source } from '../../schemas/source';
import { ContentValidationError, displayPath, zodIssues, type ContentIssue } from './errors';
import { checkDatasets } from './integrity';
import { checkProvenance } from './provenance';
import { computeDerived } from '../data/derived';
import { checkPlaces } from './places';
import { opportunitySchema, type Opportunity } from '../../schemas/opportunity';
import { timelineFileSchema, type TimelineEvent } from '../../schemas/timelineEvent';
import { checkOpportunities, checkTimeline } from '../invest/validate';
import { hubSchema, type Hub } from '../../schemas/hub';
import { checkHubs } from '../hubs/validate';

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
  /** content/timeline.json (optional): North Sulawesi–Japan cooperation events in file order. */
  timeline: (TimelineEvent & { file: string })[];
  /** content/hubs/*.json: one sector hub per file (file name = id = page path). */
  hubs: Map<string, Hub & { file: string }>;
}

function readJson(absolute: string, file: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    issues.push({ file, path: [], message: `not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, issues: ContentIssue[]): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (!result.success) {
    issues.push(...zodIssues(file, result.error.issues));
    return undefined;
  }
  return result.data;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads and validates content/: sources, regions and datasets. Returns the registry and every issue found;
 * `loadRegistry` throws instead. Paths in issues are relative to the working directory, as authors see them.
 */
export function readRegistry(root: string): { registry: Registry; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const rel = (p: string) => displayPath(p);
  const registry: Registry = { root, sources: new Map(), regions: new Map(), datasets: new Map(), places: new Map(), opportunities: new Map(), timeline: [], hubs: new Map() };

  for (const path of jsonFiles(join(root, 'sources'))) {
    const file = rel(path);
    const list = parseWith(sourceFileSchema, readJson(path, file, issues), file, issues) ?? [];
    list.forEach((source, i) => {
      const existing = registry.sources.get(source.id);
      if (existing) {
        issues.push({ file, path: [i, 'id'], message: `duplicate source id "${source.id}" (also in ${existing.file})` });
      } else {
        registry.sources.set(source.id, { ...source, file });
      }
    });
  }

  const regionsPath = join(root, 'regions.json');
  if (existsSync(regionsPath)) {
    const file = rel(regionsPath);
    const list = parseWith(regionFileSchema, readJson(regionsPath, file, issues), file, issues) ?? [];
    list.forEach((region, i) => {
      if (registry.regions.has(region.code)) {
        issues.push({ file, path: [i, 'code'], message: `duplicate region code "${region.code}"` });
      }
      registry.regions.set(region.code, region);
    });
  } else {
    issues.push({ file: rel(regionsPath), path: [], message: 'missing: the regions file is required' });
  }

  // Derived observations are written without value and source; computeDerived fills both once every
  // dataset is read (their inputs may sit in other datasets), so the registry only ever holds full datasets.
  const parsed = new Map<string, DatasetFile & { file: string }>();
  const rawDatasets = new Map<string, unknown>();
  for (const path of jsonFiles(join(root, 'datasets'))) {
    const file = rel(path);
    const raw = readJson(path, file, issues);
    const dataset = parseWith(datasetFileSchema, raw, file, issues);
    if (!dataset) continue;
    const expectedId = basename(path, '.json');
    if (dataset.id !== expectedId) {
      issues.push({ file, path: ['id'], message: `id "${dataset.id}" must equal the file name "${expectedId}"` });
      continue;
    }
    parsed.set(dataset.id, { ...dataset, file });
    rawDatasets.set(dataset.id, raw);
  }
  issues.push(...computeDerived(parsed, registry.sources, rawDatasets));
  // With issues above the build stops anyway; the datasets stay registered so later checks do not cascade.
  for (const [id, dataset] of parsed) registry.datasets.set(id, dataset as Dataset & { file: string });

  const placesPath = join(root, 'places.json');
  if (existsSync(placesPath)) {
    const file = rel(placesPath);
    const list = parseWith(placeFileSchema, readJson(placesPath, file, issues), file, issues) ?? [];
    list.forEach((place, index) => {
      if (registry.places.has(place.id)) issues.push({ file, path: [index, 'id'], message: `duplicate place id "${place.id}"` });
      else registry.places.set(place.id, { ...place, file, index });
    });
  }

  for (const path of jsonFiles(join(root, 'opportunities'))) {
    const file = rel(path);
    const opportunity = parseWith(opportunitySchema, readJson(path, file, issues), file, issues);
    if (!opportunity) continue;
    const expectedId = basename(path, '.json');
    if (opportunity.id !== expectedId) issues.push({ file, path: ['id'], message: `id "${opportunity.id}" must equal the file name "${expectedId}"` });
    else registry.opportunities.set(opportunity.id, { ...opportunity, file });
  }

  const timelinePath = join(root, 'timeline.json');
  if (existsSync(timelinePath)) {
    const file = rel(timelinePath);
    const list = parseWith(timelineFileSchema, readJson(timelinePath, file, issues), file, issues) ?? [];
    registry.timeline = list.map((event) => ({ ...event, file }));
  }

  for (const path of jsonFiles(join(root, 'hubs'))) {
    const file = rel(path);
    const hub = parseWith(hubSchema, readJson(path, file, issues), file, issues);
    if (!hub) continue;
    const expectedId = basename(path, '.json');
    if (hub.id !== expectedId) issues.push({ file, path: ['id'], message: `id "${hub.id}" must equal the file name "${expectedId}"` });
    else registry.hubs.set(hub.id, { ...hub, file });
  }

  issues.push(...checkDatasets(registry));
  issues.push(...checkProvenance(registry));
  issues.push(...checkPlaces(registry));
  issues.push(...checkOpportunities(registry));
  issues.push(...checkTimeline(registry));
  issues.push(...checkHubs(registry));
  return { registry, issues };
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
