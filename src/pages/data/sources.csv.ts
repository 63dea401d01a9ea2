import type { APIRoute } from 'astro';
import { getSources } from '../../data/content';
import { toCsv } from '../../lib/data/csv';

/** Every source the site cites, one row each. */
export const GET: APIRoute = async () => {
  const sources = [...(await getSources()).values()].sort((a, b) => a.id.localeCompare(b.id));
  const header = ['id', 'publisher', 'title', 'url', 'published', 'accessed', 'language', 'grade', 'note'];
  const rows = sources.map((s) => [s.id, s.publisher, s.title, s.url, s.published, s.accessed, s.language, s.grade, s.note]);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
