import { describe, expect, it } from 'vitest';
import type { Dataset } from '~/schemas/dataset';
import { figureLocation, resolveFigure } from './figure';
import { wageDataset } from '../../../tests/fixtures/factory';

const where = 'content/articles/en/x.mdx';
const single = wageDataset({
  id: 'single',
  series: [],
  observations: [{ period: '2026', region: '71', series: 'value', value: 5, source: 'bps', status: 'final' }],
  conflicts: [],
});
const datasets = new Map<string, Dataset>([['wage', wageDataset()], ['single', single]]);

describe('resolveFigure', () => {
  it('finds one observation, defaulting region to 71 and series to the only one', () => {
    const fig = resolveFigure(datasets, { d: 'single', period: '2026' }, where);
    expect(fig.observation.value).toBe(5);
    expect(fig.anchor).toBe('obs-value-71-2026');
    expect(fig.unit).toBe('idr');
  });
  it('uses the series unit and a region other than the province', () => {
    expect(resolveFigure(datasets, { d: 'wage', period: '2026', series: 'share' }, where).unit).toBe('percent');
    expect(resolveFigure(datasets, { d: 'wage', period: '2026', series: 'ump', region: '71.71' }, where).observation.value).toBe(4100000);
  });
  it('names the file, the dataset and the key for an unknown dataset', () => {
    expect(() => resolveFigure(datasets, { d: 'nope', period: '2026' }, where)).toThrow('content/articles/en/x.mdx: <Fig d="nope" period="2026" />: unknown dataset "nope"');
  });
  it('refuses an unknown observation and an unknown series', () => {
    expect(() => resolveFigure(datasets, { d: 'single', period: '1999' }, where)).toThrow(/x\.mdx: <Fig d="single" period="1999" \/>: no observation for period 1999, region 71, series value in dataset "single"/);
    expect(() => resolveFigure(datasets, { d: 'wage', period: '2026', series: 'umk' }, where)).toThrow(/unknown series "umk"/);
  });
  it('refuses an ambiguous figure when several series match', () => {
    expect(() => resolveFigure(datasets, { d: 'wage', period: '2026' }, where)).toThrow(/ambiguous: series "ump", "share" all have period 2026, region 71.*add series=/);
  });
  it('refuses a disputed figure without a source, and takes it with one', () => {
    expect(() => resolveFigure(datasets, { d: 'wage', period: '2026', series: 'ump' }, where)).toThrow(/sources disagree .*bps: 4002630; news: 4002000.*add source=/);
    const fig = resolveFigure(datasets, { d: 'wage', period: '2026', series: 'ump', source: 'news' }, where);
    expect(fig.observation.value).toBe(4002000);
    expect(fig.anchor).toBe('obs-ump-71-2026--news');
    expect(() => resolveFigure(datasets, { d: 'wage', period: '2026', series: 'ump', source: 'other' }, where)).toThrow(/source "other" does not record/);
  });
});

describe('figureLocation', () => {
  it('names the article file for article pages', () => {
    expect(figureLocation('ja', 'news/ina-group/')).toBe('content/articles/ja/ina-group.mdx');
    expect(figureLocation('en', 'fisheries/')).toBe('page /en/fisheries/');
  });
});
