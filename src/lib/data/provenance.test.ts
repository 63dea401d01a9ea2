import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { loadContent } from '../content/read';
import { formatValue } from '../format/formatValue';
import { datasetLicence, licenceKind, licenceStatement } from './licence';
import { nounOf, sourceCredit, sourceIdsOf, textIn } from './provenance';

const registry = loadContent('content', CONTENT);

describe('sourceCredit: the original publisher first', () => {
  it('prints "X, via Y" in each language when the source names the original release', () => {
    const source = { publisher: 'ANTARA Manado', origin: { publisher: 'BPS Sulawesi Utara' } };
    expect(sourceCredit(source, 'en')).toBe('BPS Sulawesi Utara, via ANTARA Manado');
    expect(sourceCredit(source, 'id')).toBe('BPS Sulawesi Utara, melalui ANTARA Manado');
    expect(sourceCredit(source, 'ja')).toBe('BPS Sulawesi Utara（ANTARA Manado経由）');
    expect(sourceCredit({ publisher: 'LPK Saitama (blog)' }, 'en')).toBe('LPK Saitama (blog)');
  });
});

describe('units read as words (real datasets)', () => {
  it('writes a count with its series noun, not "people" before the prose noun', () => {
    const arrivals = registry.datasets.get('foreign-arrivals-bps')!;
    const noun = nounOf(arrivals, 'monthly');
    expect(formatValue(7020, 'people', 'en', undefined, { noun })).toBe('7,020 foreign visitors');
    expect(formatValue(7020, 'people', 'id', undefined, { noun })).toBe('7.020 kunjungan');
    expect(formatValue(7020, 'people', 'ja', undefined, { noun })).toBe('7,020人');
  });
  it('writes a bare count with no generic word ("30 blok" in prose, not "30 unit blok")', () => {
    const blocks = registry.datasets.get('community-mining-blocks')!;
    expect(nounOf(blocks, 'blocks')).toBeUndefined();
    expect(formatValue(30, 'count', 'id')).toBe('30');
  });
  it('keeps units out of measures and series labels, so a header never repeats one', () => {
    const withUnits = /\((?:million |thousand )?(?:US dollars|tonnes|kg|people|ha|%)\)|（(?:百万)?米ドル）|（トン）|（人）|（％）|\((?:juta )?dolar AS\)|\(ton\)|\(orang\)/;
    for (const dataset of registry.datasets.values()) {
      for (const lang of ['ja', 'id', 'en'] as const) {
        expect(dataset.measure[lang], `${dataset.id} measure`).not.toMatch(withUnits);
        for (const s of dataset.series) expect(s.label[lang], `${dataset.id} › ${s.id}`).not.toMatch(withUnits);
      }
    }
  });
});

describe('licences: the compilation is the site\'s, the figures are facts under their sources\' terms', () => {
  it('names open-licence sources where a dataset has them (Wikipedia copies in population)', () => {
    const population = datasetLicence(registry.datasets.get('population')!, registry.sources, registry.datasets);
    expect(population.compilation).toBe('CC-BY-4.0');
    expect(population.openSources.map((o) => o.licence)).toContain('CC-BY-SA-4.0');
    expect(licenceKind(population)).toMatch(/includes CC-BY-SA-4\.0 sources/);
    const wage = datasetLicence(registry.datasets.get('minimum-wage')!, registry.sources, registry.datasets);
    expect(wage.openSources).toEqual([]);
    expect(licenceStatement(wage)).toBe("Compilation CC-BY-4.0 (Sulut Atlas); figures are facts reported by the sources listed, whose own texts stay under their publishers' terms");
  });
  it('counts the sources of computed values\' inputs as the dataset\'s sources', () => {
    const fx = registry.datasets.get('exchange-rate-idr-jpy')!;
    const ids = sourceIdsOf(fx, registry.datasets);
    expect(ids).toContain('livedoor-usdjpy-3mar-2026');
    expect(ids).toContain('mediaindonesia-jisdor-3mar-2026');
  });
  it('reads plain or per-language text', () => {
    expect(textIn('Table 3', 'ja')).toBe('Table 3');
    expect(textIn({ ja: '表3', id: 'Tabel 3', en: 'Table 3' }, 'id')).toBe('Tabel 3');
    expect(textIn(undefined, 'en')).toBeUndefined();
  });
});

describe('published forms live in data, not in notes (real content)', () => {
  const notes = [...registry.datasets.values()].flatMap((d) => d.observations.flatMap((o) => (o.note ? [{ id: d.id, period: o.period, note: o.note }] : [])));
  it('no note restates a published figure in free text', () => {
    expect(notes.length).toBeGreaterThan(20);
    for (const { id, period, note } of notes) expect(note.en, `${id} ${period}`).not.toMatch(/^Published as|, published as Rp/);
  });
  it('no English or Japanese note writes a comma decimal ("Rp604,87 billion", "944,18十億")', () => {
    const commaDecimal = /(?:Rp|US\$)\d+,\d{1,2}(?!\d)|\d+,\d{1,2}(?:十億|兆|億|万)/;
    for (const { id, period, note } of notes) {
      expect(note.en, `${id} ${period}`).not.toMatch(commaDecimal);
      expect(note.ja, `${id} ${period}`).not.toMatch(commaDecimal);
    }
    expect('944,18十億ルピアとして公表').toMatch(commaDecimal);
    expect('Published as Rp604,87 billion.').toMatch(commaDecimal);
  });
  it('keeps 28 published forms, each agreeing with its value (the registry checked them)', () => {
    const forms = [...registry.datasets.values()].flatMap((d) => d.observations.filter((o) => o.published));
    expect(forms).toHaveLength(28);
  });
});
