import { describe, expect, it } from 'vitest';
import { pngSize } from '../../tests/lib/png';
import { cardRenderer, rendererVersions } from './ogRender';

describe('preview card renderer', () => {
  it('names the versions that change how cards look', () => {
    expect(rendererVersions()).toMatch(/^satori@\S+ resvg@\S+ @fontsource\/noto-sans-jp@\S+$/);
  });

  it('draws a Japanese card to a 1200×630 PNG', async () => {
    const png = await cardRenderer().render({
      lang: 'ja', site: 'Sulut Atlas', kicker: '水産・海洋 · データセット', title: '北スラウェシ州のカツオ生産量', address: 'example.org/ja/data/x', accent: 'fisheries',
      figure: { value: '54,122トン', label: 'カツオ生産量 · 2023年', source: '出典：BPS Sulawesi Utara' },
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(10_000);
  }, 30_000);

  it('the PNG header reader refuses what is not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a……………………………………'))).toMatch(/not a PNG/);
  });
});
