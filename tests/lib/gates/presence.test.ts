import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contactProblems, hreflangProblems, leakedKeys, notTranslatedProblems, regencyMapProblems, type PageLike } from './presence.ts';

const p = (url: string, body: string, head = ''): PageLike => ({ url, root: parse(`<html><head>${head}</head><body>${body}</body></html>`) });
const MAP = '<figure><svg class="map-svg" role="img" aria-labelledby="t d"><title id="t">Map</title><desc id="d">Desc</desc><circle class="bubble"/></svg><table></table></figure>';

describe('presence checks bite', () => {
  it('regency map: a missing page, a page without a map, a map without symbols', () => {
    expect(regencyMapProblems([p('/en/data/x/', MAP)], '/en/data/x/')).toEqual([]);
    expect(regencyMapProblems([], '/en/data/x/')).toEqual(['/en/data/x/: no such page in the build']);
    expect(regencyMapProblems([p('/en/data/x/', '<p>no map</p>')], '/en/data/x/')).toEqual(['/en/data/x/: no map']);
    expect(regencyMapProblems([p('/en/data/x/', MAP.replace('<circle class="bubble"/>', ''))], '/en/data/x/')).toEqual(['/en/data/x/: the regency map has no symbols']);
  });

  it('UI keys shown as text', () => {
    expect(leakedKeys(p('/en/search/', '<p>section.comingSoon</p><p>Data (nav.data)</p>'), ['section.comingSoon', 'nav.data', 'nav.news'])).toHaveLength(2);
    expect(leakedKeys(p('/en/search/', '<p>Search the data</p><a href="/x">https://example.org/nav.data.html</a>'), ['nav.data'])).toEqual([]);
  });

  it('contacts: none shown where the content has some', () => {
    const one = '<section class="desk-contacts"><ul><li><a class="contact-name" href="/en/invest/contacts/#contact-x">X</a></li></ul></section>';
    expect(contactProblems(p('/en/invest/o/', one), 1)).toEqual([]);
    expect(contactProblems(p('/en/invest/o/', '<p>none</p>'), 1)).toEqual(['/en/invest/o/: 0 contact(s) shown, 1 in the content']);
    expect(contactProblems(p('/en/invest/o/', '<section class="desk-contacts"><ul><li>no link</li></ul></section>'), 1)).toEqual(['/en/invest/o/: a contact without its link']);
  });

  it('"not yet translated": a missing list, a missing entry, a wrong language mark', () => {
    const list = (a: string) => `<section><h2 id="not-yet-translated">Not yet</h2><ul>${a}</ul></section>`;
    const good = '<li><a href="/en/news/only-en/" hreflang="en" lang="en">Only</a></li>';
    expect(notTranslatedProblems(p('/ja/news/', list(good)), 'ja', ['only-en'])).toEqual([]);
    expect(notTranslatedProblems(p('/ja/news/', ''), 'ja', ['only-en'])).toEqual(['/ja/news/: no "not yet translated" list for only-en']);
    expect(notTranslatedProblems(p('/ja/news/', list(good)), 'ja', [])).toHaveLength(1);
    expect(notTranslatedProblems(p('/ja/news/', list('<li><a href="/en/news/only-en/" hreflang="en">Only</a></li>')), 'ja', ['only-en'])).toEqual(['/ja/news/: /en/news/only-en/ has lang "undefined" but hreflang "en"']);
  });

  it('hreflang: not reciprocal, not listing itself, pointing at a page not built', () => {
    const O = 'https://a.example';
    const alt = (pairs: [string, string][]) => pairs.map(([l, u]) => `<link rel="alternate" hreflang="${l}" href="${O}${u}">`).join('');
    const langOf = (url: string) => url.split('/')[1];
    const ja = p('/ja/x/', '', alt([['ja', '/ja/x/'], ['en', '/en/x/']]));
    const en = p('/en/x/', '', alt([['ja', '/ja/x/'], ['en', '/en/x/']]));
    expect(hreflangProblems([ja, en], O, langOf)).toEqual([]);
    const enOneWay = p('/en/x/', '', alt([['en', '/en/x/']]));
    expect(hreflangProblems([ja, enOneWay], O, langOf)).toEqual(['/ja/x/: /en/x/ does not point back']);
    const noSelf = p('/en/x/', '', alt([['ja', '/ja/x/']]));
    expect(hreflangProblems([ja, noSelf], O, langOf)).toContain('/en/x/: does not list itself as its en alternate');
    expect(hreflangProblems([ja], O, langOf)).toEqual(['/ja/x/: en alternate https://a.example/en/x/ is not built']);
  });
});
