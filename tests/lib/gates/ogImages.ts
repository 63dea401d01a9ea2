import { pngSize } from '../png';
import { classifyRef, fileForPath, sitePages, type Site } from './site';

/**
 * Social previews (issue 15): every HTML page, except a redirect (meta refresh), names an og:image on this site
 * whose file exists and is a 1200×630 PNG, says so in og:image:width/height/type, describes it in
 * og:image:alt, and asks for the large Twitter/X card. Returns the images named, page by page, and the problems.
 */
export function ogImageProblems(site: Site): { images: Map<string, string>; problems: string[] } {
  const problems: string[] = [];
  const images = new Map<string, string>();
  const sizes = new Map<string, ReturnType<typeof pngSize>>();
  for (const page of sitePages(site)) {
    if (page.root.querySelector('meta[http-equiv="refresh"]')) continue;
    const meta = (property: string) => page.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    const src = meta('og:image');
    if (!src) {
      problems.push(`${page.url}: no og:image`);
      continue;
    }
    const ref = classifyRef(site, src, page.url);
    const file = ref.kind === 'internal' ? fileForPath(site, ref.path) : undefined;
    if (!file) {
      problems.push(`${page.url}: og:image ${src} is not a file of this site`);
      continue;
    }
    images.set(page.url, file);
    if (!sizes.has(file)) sizes.set(file, pngSize(site.read(file)));
    const size = sizes.get(file)!;
    if (typeof size === 'string') problems.push(`${page.url}: og:image ${file} is ${size}`);
    else if (size.width !== 1200 || size.height !== 630) problems.push(`${page.url}: og:image ${file} is ${size.width}×${size.height}, not 1200×630`);
    if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630') problems.push(`${page.url}: og:image:width/height are not 1200/630`);
    if (meta('og:image:type') !== 'image/png') problems.push(`${page.url}: og:image:type is not image/png`);
    if (!meta('og:image:alt')?.trim()) problems.push(`${page.url}: no og:image:alt`);
    if (page.root.querySelector('meta[name="twitter:card"]')?.getAttribute('content') !== 'summary_large_image') problems.push(`${page.url}: twitter:card is not summary_large_image`);
  }
  return { images, problems };
}
