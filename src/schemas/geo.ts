import { z } from 'astro/zod';

/**
 * A geometry file in content/geo/, written by `npm run geo:build` (content/geo/README.md): GeoJSON features, a
 * TopoJSON topology, or a table of official codes and names with its licence. The build checks the outline
 * only; scripts/lib/geo-tools.test.mjs checks the geometry itself against its sources.
 */
const feature = z.looseObject({ type: z.literal('Feature'), geometry: z.looseObject({ type: z.string() }).nullable(), properties: z.looseObject({}).nullable() });

export const geometryFileSchema = z.union([
  z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(feature).min(1) }),
  z.looseObject({ type: z.literal('Topology'), objects: z.looseObject({}), arcs: z.array(z.unknown()) }),
  z.looseObject({ source: z.string().min(1), license: z.string().min(1) }),
]);
export type GeometryFile = z.output<typeof geometryFileSchema>;
