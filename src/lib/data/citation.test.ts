import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, citationDate, formatBibtex, formatCitation, type CitationInput } from './citation';

const input: CitationInput = {
  publisher: 'Sulut Atlas',
  year: '2026',
  title: 'North Sulawesi minimum wage, 2024–2026',
  version: 'abc12345',
  url: 'https://atlas.example.org/en/data/minimum-wage/',
  accessed: '2026-11-29',
};

describe('formatCitation', () => {
  it('follows the English style of the design brief', () => {
    expect(formatCitation(input, 'en')).toBe(
      'Sulut Atlas (2026). North Sulawesi minimum wage, 2024–2026 [dataset, version abc12345]. Sulut Atlas. https://atlas.example.org/en/data/minimum-wage/ (accessed 29 Nov 2026).',
    );
  });
  it('follows the Indonesian style', () => {
    expect(formatCitation({ ...input, title: 'Upah minimum' }, 'id')).toBe(
      'Sulut Atlas (2026). Upah minimum [dataset, versi abc12345]. Sulut Atlas. https://atlas.example.org/en/data/minimum-wage/ (diakses 29 November 2026).',
    );
  });
  it('follows the Japanese style', () => {
    expect(formatCitation({ ...input, title: '最低賃金' }, 'ja')).toBe(
      '出典：Sulut Atlas「最低賃金」（2026）、Sulut Atlas（データセット版 abc12345）、https://atlas.example.org/en/data/minimum-wage/（2026年11月29日閲覧）',
    );
  });
  it('refuses a malformed accessed date', () => {
    expect(() => formatCitation({ ...input, accessed: '29/11/2026' }, 'en')).toThrow(/not YYYY-MM-DD/);
    expect(() => formatCitation({ ...input, accessed: '2026-13-01' }, 'en')).toThrow(/not YYYY-MM-DD/);
  });
});

describe('citationDate', () => {
  it('uses fixed month names and no leading zero', () => {
    expect(citationDate('2026-09-05', 'en')).toBe('5 Sep 2026');
    expect(citationDate('2026-08-05', 'id')).toBe('5 Agustus 2026');
    expect(citationDate('2026-01-05', 'ja')).toBe('2026年1月5日');
  });
});

describe('formatBibtex', () => {
  it('writes a @misc entry with braces protecting the corporate author', () => {
    const bib = formatBibtex({ ...input, key: 'sulut-atlas:minimum-wage:abc12345' });
    expect(bib.startsWith('@misc{sulut-atlas:minimum-wage:abc12345,\n')).toBe(true);
    expect(bib).toContain('author       = {{Sulut Atlas}}');
    expect(bib).toContain('title        = {{North Sulawesi minimum wage, 2024–2026}}');
    expect(bib).toContain('version      = {abc12345}');
    expect(bib).toContain('url          = {https://atlas.example.org/en/data/minimum-wage/}');
    expect(bib).toContain('urldate      = {2026-11-29}');
    expect(bib.endsWith('\n}')).toBe(true);
  });
  it('escapes LaTeX specials in titles', () => {
    expect(bibtexEscape('Ekspor & impor 100% {x}_#$')).toBe('Ekspor \\& impor 100\\% \\{x\\}\\_\\#\\$');
    expect(formatBibtex({ ...input, title: 'A & B', key: 'k' })).toContain('{{A \\& B}}');
  });
  it('cleans keys to ASCII', () => {
    expect(bibtexKey('sulut atlas', 'データ', 'x')).toBe('sulut-atlas:-:x');
  });
});
