import { describe, expect, it } from 'vitest';
import { validContent, writeContent, type ContentTree, treeProblems } from '../../../tests/fixtures/contentFixture';
import { CONTENT } from '~/content.config';
import { loadContent } from '../content/read';
import { applyMethod, derivedStatus } from './derived';

const text = (s: string) => ({ ja: `${s}（ja）`, id: `${s} (id)`, en: s });

/** The real cross-rate case: JISDOR 16,870 rupiah per dollar and Tokyo 157.41 yen per dollar on 3 March 2026. */
function withRates(tree: ContentTree): ContentTree {
  tree.regions.push({ code: 'IDN', kind: 'country', officialName: 'Indonesia', name: text('Indonesia') }, { code: 'JPN', kind: 'country', officialName: 'Japan', name: text('Japan') });
  const base = { sector: 'economy', description: text('Rates'), periodType: 'date', caveats: text('National'), gaps: text('None'), lastVerified: '2026-11-29', cadence: 'daily' };
  tree.datasets['idr-usd.json'] = { ...base, id: 'idr-usd', title: text('IDR per USD'), unit: 'idr-per-usd', measure: text('rupiah per dollar'), geography: ['IDN'], observations: [{ period: '2026-03-03', region: 'IDN', value: 16870, source: 'src-b' }] };
  tree.datasets['jpy-usd.json'] = { ...base, id: 'jpy-usd', title: text('JPY per USD'), unit: 'jpy-per-usd', measure: text('yen per dollar'), geography: ['JPN'], observations: [{ period: '2026-03-03', region: 'JPN', value: 157.41, source: 'src-a' }] };
  tree.datasets['idr-jpy.json'] = {
    ...base,
    id: 'idr-jpy',
    title: text('IDR per JPY'),
    unit: 'idr-per-jpy',
    measure: text('rupiah per yen'),
    geography: ['IDN'],
    observations: [
      {
        period: '2026-03-03',
        region: 'IDN',
        decimals: 2,
        derived: {
          method: 'ratio',
          inputs: [
            { dataset: 'idr-usd', region: 'IDN', period: '2026-03-03' },
            { dataset: 'jpy-usd', region: 'JPN', period: '2026-03-03' },
          ],
        },
      },
    ],
  };
  return tree;
}

function problems(change: (tree: ContentTree) => void = () => {}): string[] {
  const tree = withRates(validContent());
  change(tree);
  return treeProblems(tree);
}
const crossRate = (tree: ContentTree) => tree.datasets['idr-jpy.json']!.observations[0];

describe('derived observations: computed at build time, never typed', () => {
  it('computes the cross rate, its status and the weakest input source', () => {
    const root = writeContent(withRates(validContent()));
    const o = loadContent(root, CONTENT).datasets.get('idr-jpy')!.observations[0]!;
    expect(o.value).toBe(107.17);
    expect(o.status).toBe('final');
    expect(o.source).toBe('src-b'); // grade B beats grade A as the weaker input
  });

  it('fails the build when a value is typed beside its derivation, even a correct one', () => {
    expect(problems((t) => (crossRate(t).value = 107.17))).toEqual([
      'content/datasets/idr-jpy.json › observations[0].value: a derived value is computed from derived.inputs at build time; remove the typed value',
    ]);
  });

  it('names a missing input, a missing rounding and a wrong status', () => {
    expect(problems((t) => (crossRate(t).derived.inputs[1].period = '2026-03-04'))).toEqual([
      'content/datasets/idr-jpy.json › observations[0].derived.inputs[1]: no observation jpy-usd/value/JPN/2026-03-04',
    ]);
    expect(problems((t) => delete crossRate(t).decimals)).toEqual([
      'content/datasets/idr-jpy.json › observations[0].decimals: required on a derived observation: the decimal places the computed value is rounded to',
    ]);
    expect(problems((t) => (crossRate(t).status = 'estimate'))).toEqual([
      'content/datasets/idr-jpy.json › observations[0].status: a value derived from final and final inputs is "final", not "estimate"',
    ]);
  });

  it('refuses to derive from a target and from two units of different kinds', () => {
    expect(problems((t) => (t.datasets['jpy-usd.json']!.observations[0].status = 'target'))[0]).toMatch(/is a target, not a measured or estimated value/);
    expect(
      problems((t) => {
        crossRate(t).derived.method = 'sum';
      })[0],
    ).toMatch(/method "sum" needs inputs measured alike/);
  });

  it('still requires value and source on recorded observations', () => {
    expect(problems((t) => delete t.datasets['wage.json']!.observations[0].value)).toEqual([
      'content/datasets/wage.json › observations[0].value: required: a recorded observation needs its value (only derived observations compute theirs)',
    ]);
  });
});

/** Manado: 459,409 people (civil registry, end of 2024) on 161.76 km² (BIG 2024). */
function withDensity(tree: ContentTree): ContentTree {
  const base = { sector: 'economy', description: text('D'), periodType: 'year', caveats: text('C'), gaps: text('G'), lastVerified: '2026-12-05', cadence: 'annual' };
  tree.datasets['people.json'] = { ...base, id: 'people', title: text('People'), unit: 'people', measure: text('residents'), geography: ['71.71'], observations: [{ period: '2024', region: '71.71', value: 459409, source: 'src-b' }] };
  tree.datasets['area.json'] = { ...base, id: 'area', title: text('Area'), unit: 'km2', measure: text('area'), geography: ['71.71'], observations: [{ period: '2024', region: '71.71', value: 161.76, decimals: 3, source: 'src-a' }] };
  tree.datasets['density.json'] = {
    ...base, id: 'density', title: text('Density'), unit: 'people-per-km2', measure: text('residents per km²'), geography: ['71.71'],
    observations: [{ period: '2024', region: '71.71', decimals: 0, derived: { method: 'density', inputs: [{ dataset: 'people', region: '71.71', period: '2024' }, { dataset: 'area', region: '71.71', period: '2024' }] } }],
  };
  return tree;
}
function densityProblems(change: (tree: ContentTree) => void = () => {}): string[] {
  const tree = withDensity(validContent());
  change(tree);
  return treeProblems(tree);
}
const density = (tree: ContentTree) => tree.datasets['density.json']!;

describe('density: a count divided by an area, checked for both', () => {
  it('computes people per km² from a population and an area, rounded to the declared decimals', () => {
    const o = loadContent(writeContent(withDensity(validContent())), CONTENT).datasets.get('density')!.observations[0]!;
    expect(o.value).toBe(2840); // 459,409 ÷ 161.76 = 2,840.07
    expect(o.status).toBe('final');
    expect(o.source).toBe('src-b');
    expect(densityProblems()).toEqual([]);
  });

  it('refuses inputs in the wrong order, an area in another unit than the result is per, and a result that is not a density', () => {
    expect(densityProblems((t) => density(t).observations[0].derived.inputs.reverse())).toEqual([
      'content/datasets/density.json › observations[0].derived: method "density" divides a count by an area; the first input is in "km2", not a count',
    ]);
    expect(densityProblems((t) => (t.datasets['area.json']!.unit = 'hectares'))).toEqual([
      'content/datasets/density.json › observations[0].derived: the unit in force "people-per-km2" is per km2, but the area input is in "hectares"',
    ]);
    expect(densityProblems((t) => (density(t).unit = 'days'))).toEqual([
      'content/datasets/density.json › observations[0].derived: method "density" gives a value per area; the unit in force "days" is not a density',
    ]);
    expect(densityProblems((t) => (t.datasets['people.json']!.unit = 'idr'))[0]).toMatch(/the first input is in "idr", not a count/);
  });

  it('an input dataset that fails on its own is reported once, not again by every figure derived from it', () => {
    expect(densityProblems((t) => (t.datasets['people.json']!.unit = 'persons'))).toEqual([
      expect.stringMatching(/^content\/datasets\/people\.json › unit: /),
    ]);
  });
});

describe('derivation arithmetic', () => {
  it('applies each method in base units', () => {
    expect(applyMethod('ratio', [16870, 157.41])).toBeCloseTo(107.1724, 3);
    expect(applyMethod('share', [1, 4])).toBe(25);
    expect(applyMethod('sum', [311652.02, 491442.11])).toBeCloseTo(803094.13, 6);
    expect(applyMethod('difference', [5, 3])).toBe(2);
    expect(applyMethod('density', [459409, 161.76])).toBeCloseTo(2840.066, 3);
    expect(derivedStatus(['final', 'preliminary'])).toBe('preliminary');
    expect(derivedStatus(['preliminary', 'estimate'])).toBe('estimate');
  });
});

describe('provenance rules', () => {
  it('rejects a published form that disagrees with the value', () => {
    expect(problems((t) => (t.datasets['wage.json']!.observations[1].published = { value: '4.1', unit: 'idr-million' }))).toEqual([
      'content/datasets/wage.json › observations[1].published: value 4002630 idr does not equal the published 4.1 idr-million (= 4100000 idr)',
    ]);
    expect(problems((t) => (t.datasets['wage.json']!.observations[1].published = { value: '4.00263', unit: 'idr-million' }))).toEqual([]);
  });

  it('allows a noun only on counts and a topic only with a cite-for line, shared by two datasets', () => {
    expect(problems((t) => (t.datasets['wage.json']!.noun = text('wages')))).toEqual([
      'content/datasets/wage.json › noun: a noun names what a count counts; unit "idr" is not a count',
    ]);
    expect(problems((t) => (t.datasets['wage.json']!.topic = 'pay'))).toEqual([
      'content/datasets/wage.json › citeFor: required with "topic": one line saying what to cite this dataset for',
      'content/datasets/wage.json › topic: topic "pay" has only this dataset; a topic groups two or more',
    ]);
  });
});
