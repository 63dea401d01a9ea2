import { describe, expect, it } from 'vitest';
import { firstSentence, glanceLead } from './glance';

const text = (ja: string, id: string, en: string) => ({ ja, id, en });

describe('glanceLead', () => {
  it('takes the first sentence in each language, keeping decimals and abbreviations whole', () => {
    expect(firstSentence('輸出量は増えています。日本向けは{fig:0}でした。')).toBe('輸出量は増えています。');
    expect(firstSentence('Growth was 5.4% in the U.S. region. More follows.')).toBe('Growth was 5.4% in the U.S. region.');
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });

  it('prefers the editor’s glance line and skips a first sentence that holds a figure', () => {
    const p = { text: text('生産は{fig:0}でした。その後落ちました。', 'Produksi {fig:0}. Lalu turun.', 'Output was {fig:0}. Then it fell.') };
    expect(glanceLead(p, 'en')).toBeUndefined();
    expect(glanceLead({ ...p, glance: text('落ちました。', 'Turun.', 'It fell.') }, 'id')).toBe('Turun.');
    expect(glanceLead({ text: text('資源は豊富です。詳しくは…', 'Sumber dayanya besar. Lagi.', 'The resource is large. More.') }, 'ja')).toBe('資源は豊富です。');
  });
});
