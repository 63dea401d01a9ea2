import type { APIRoute } from 'astro';
import { getSources } from '~/data/content';
import { sourcesCsv } from '~/lib/data/downloads';

/** Every source the site cites, one row each (columns in src/lib/data/downloads.ts, SOURCE_FIELDS). */
export const GET: APIRoute = async () =>
  new Response(sourcesCsv((await getSources()).values()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
