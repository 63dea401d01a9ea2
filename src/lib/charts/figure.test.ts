import { describe, expect, it } from 'vitest';
import { embedSnippet, plottedSources, specJson } from './figure';
import { dataset as makeDataset } from '../../../tests/fixtures/factory';
import { buildChartSpec } from './spec';

describe('figure helpers', () => {
  it('escapes the embed snippet and keeps it responsive', () => {
    const html = embedSnippet('https://x.org/embed/en/a/', 'Wages "2026" & <more>', 'https://x.org/embed/resize.js');
    expect(html).toContain('title="Wages &quot;2026&quot; &amp; &lt;more>"');
    expect(html).toContain('width="100%"');
    // The resize script comes with the iframe, so pasting the snippet is enough for the frame to fit its chart.
    expect(html).toMatch(/<\/iframe>\n<script src="https:\/\/x\.org\/embed\/resize\.js" async><\/script>$/);
  });

  it('lists the sources of plotted values and fails on an unknown one', () => {
    const spec = buildChartSpec(makeDataset({ observations: [{ value: 1, source: 'a' }, { period: '2025', value: 2, source: 'b' }] }), { lang: 'en' });
    const source = (id: string) => ({ id, publisher: id, title: id, url: 'https://x.org', published: '2025', accessed: '2026-01-01', language: 'en' as const, grade: 'A' as const });
    expect(plottedSources(spec, new Map([['a', source('a')], ['b', source('b')]])).map((s) => s.id)).toEqual(['a', 'b']);
    expect(() => plottedSources(spec, new Map([['a', source('a')]]))).toThrow(/unknown source id "b"/);
  });

  it('never lets the embedded JSON close its script tag', () => {
    const spec = buildChartSpec(makeDataset({ title: { ja: '</script>', id: 'x', en: 'x' }, observations: [{ value: 1 }] }), { lang: 'ja' });
    expect(specJson(spec)).not.toContain('</script>');
    expect(JSON.parse(specJson(spec)).title).toBe('</script>');
  });
});
