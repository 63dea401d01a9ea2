import { isRegencyOf } from '../regions/regions';

/**
 * Regency and city pages live at /[lang]/regions/<slug>/. The slug is the official name without its
 * "Kabupaten" / "Kota" prefix, lower case, with hyphens (the site's id rule): "Kabupaten Minahasa Utara" →
 * "minahasa-utara", "Kota Bitung" → "bitung". Regencies and cities never share a remaining name in North
 * Sulawesi; regionSlugs() fails the build if two ever do.
 */
export function regionSlug(officialName: string): string {
  const slug = officialName
    .replace(/^(Kabupaten|Kota)\s+/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`regionSlug: "${officialName}" gives no usable slug`);
  return slug;
}

/** Slug per regency/city code, for the 15 regencies and cities only (never provinces elsewhere or countries). */
export function regionSlugs(regions: Iterable<{ code: string; kind: string; officialName: string }>): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const r of regions) {
    if (!isRegencyOf(r.code) || (r.kind !== 'regency' && r.kind !== 'city')) continue;
    const slug = regionSlug(r.officialName);
    if (seen.has(slug)) throw new Error(`content/regions.json: ${r.code} and ${seen.get(slug)} both give the page slug "${slug}"`);
    seen.set(slug, r.code);
    out.set(r.code, slug);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The language-independent path of a regency page ("regions/minahasa-utara/"), or undefined for other codes. */
export function regionPagePath(code: string, slugs: ReadonlyMap<string, string>): string | undefined {
  const slug = slugs.get(code);
  return slug ? `regions/${slug}/` : undefined;
}
