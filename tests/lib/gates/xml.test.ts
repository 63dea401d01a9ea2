import { describe, expect, it } from 'vitest';
import { parseXml, xmlProblem } from './xml';

const feed = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><language>en</language>${items}</channel></rss>`;

describe('XML well-formedness', () => {
  it('accepts a feed and reads its items', () => {
    const xml = feed('<item><title>A &amp; B</title><link>https://x.test/a/</link></item><item><title><![CDATA[<b>]]></title><link>https://x.test/b/</link></item>');
    expect(xmlProblem(xml, 'rss.xml')).toBeUndefined();
    const doc = parseXml(xml, 'rss.xml', ['item']) as { rss: { channel: { item: { link: string }[] } } };
    expect(doc.rss.channel.item.map((i) => i.link)).toEqual(['https://x.test/a/', 'https://x.test/b/']);
  });

  it('bites: a bare ampersand, crossed tags, an unquoted attribute, an unclosed element', () => {
    for (const bad of [
      feed('<item><title>A & B</title></item>'),
      feed('<item><title>A</item></title>'),
      feed('<item><guid isPermaLink=false>x</guid></item>'),
      feed('<item><title>A</title>'),
    ]) {
      expect(xmlProblem(bad, 'rss.xml'), bad).toMatch(/^rss\.xml:\d+: /);
      expect(() => parseXml(bad, 'rss.xml')).toThrow(/^rss\.xml:\d+: /);
    }
  });
});
