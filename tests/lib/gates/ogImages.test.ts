import { describe, expect, it } from 'vitest';
import { ogImageProblems } from './ogImages';
import { memorySite } from './site';
import { page } from './fixtures';

/** A PNG header of the given size (enough for the gate, which reads only the header). */
function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}
const head = (src: string, extra = '') =>
  `<meta property="og:image" content="${src}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="A card"><meta name="twitter:card" content="summary_large_image">${extra}`;

describe('og:image gate', () => {
  it('passes a page whose image is a 1200×630 PNG on the site, and skips redirects', () => {
    const site = memorySite({
      'en/index.html': page('', { head: head('http://localhost:4321/og/a.png') }),
      'en/old/index.html': page('', { head: '<meta http-equiv="refresh" content="0;url=/en/">' }),
      'og/a.png': png(1200, 630),
    });
    const { images, problems } = ogImageProblems(site);
    expect(problems).toEqual([]);
    expect([...images]).toEqual([['/en/', 'og/a.png']]);
  });

  it('bites: no image, a missing file, a wrong size, a file that is not a PNG, missing tags', () => {
    const site = memorySite({
      'a/index.html': page(''),
      'b/index.html': page('', { head: head('http://localhost:4321/og/missing.png') }),
      'c/index.html': page('', { head: head('http://localhost:4321/og/small.png') }),
      'd/index.html': page('', { head: head('http://localhost:4321/og/fake.png') }),
      'e/index.html': page('', { head: '<meta property="og:image" content="http://localhost:4321/og/a.png">' }),
      'f/index.html': page('', { head: head('https://elsewhere.example/og.png') }),
      'og/a.png': png(1200, 630),
      'og/small.png': png(600, 315),
      'og/fake.png': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    expect(ogImageProblems(site).problems).toEqual([
      '/a/: no og:image',
      '/b/: og:image http://localhost:4321/og/missing.png is not a file of this site',
      '/c/: og:image og/small.png is 600×315, not 1200×630',
      '/d/: og:image og/fake.png is not a PNG (no PNG signature)',
      '/e/: og:image:width/height are not 1200/630',
      '/e/: og:image:type is not image/png',
      '/e/: no og:image:alt',
      '/e/: twitter:card is not summary_large_image',
      '/f/: og:image https://elsewhere.example/og.png is not a file of this site',
    ]);
  });
});
