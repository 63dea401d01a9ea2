import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';
import { isRegencyOf } from '~/lib/regions/regions';

/**
 * Cross-file rules for content/places.json: each place cites a known source, names a known region,
 * and every seat is the seat of exactly one of North Sulawesi's regencies or cities (the regency maps place
 * their symbols at seats; a province or prefecture among them would draw a circle in the wrong country). A
 * spelling in content/place-names.json that adds to an existing place or region (`of`) names one that exists.
 */
export function checkPlaces(registry: Pick<CheckedContent, 'places' | 'sources' | 'regions' | 'placeNames'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seatOf = new Map<string, number>();
  registry.places.forEach((place) => {
    const { file, index } = place;
    const at = (field: string) => [index, field];
    if (!registry.sources.has(place.source)) issues.push({ file, path: at('source'), message: `unknown source id "${place.source}"` });
    if (place.region !== undefined && !registry.regions.has(place.region)) {
      issues.push({ file, path: at('region'), message: `unknown region code "${place.region}"` });
    }
    if (place.kind === 'seat') {
      if (place.region === undefined) {
        issues.push({ file, path: at('region'), message: 'a seat must name the region it is the seat of' });
      } else if (!isRegencyOf(place.region)) {
        issues.push({ file, path: at('region'), message: `a seat belongs to a regency or city of North Sulawesi (71.xx), not "${place.region}"` });
      } else if (seatOf.has(place.region)) {
        issues.push({ file, path: at('region'), message: `region "${place.region}" already has a seat (places[${seatOf.get(place.region)}])` });
      } else {
        seatOf.set(place.region, index);
      }
    }
  });
  registry.placeNames.forEach((name) => {
    if (name.of && !registry.places.has(name.of) && !registry.regions.has(name.of)) {
      issues.push({ file: name.file, path: [name.index, 'of'], message: `"${name.of}" is neither a place id in content/places.json nor a region code` });
    }
  });
  return issues;
}
