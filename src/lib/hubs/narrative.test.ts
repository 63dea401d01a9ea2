import { describe, expect, it } from 'vitest';
import { narrativeProblems, splitNarrative } from './narrative';

describe('splitNarrative', () => {
  it('splits text around figure tokens', () => {
    expect(splitNarrative('Plants ran at {fig:0} of capacity in {fig:1}.')).toEqual([
      { kind: 'text', value: 'Plants ran at ' },
      { kind: 'fig', index: 0 },
      { kind: 'text', value: ' of capacity in ' },
      { kind: 'fig', index: 1 },
      { kind: 'text', value: '.' },
    ]);
  });
  it('keeps a text without tokens whole', () => {
    expect(splitNarrative('No numbers here.')).toEqual([{ kind: 'text', value: 'No numbers here.' }]);
  });
});

describe('narrativeProblems', () => {
  it('accepts bound figures, years and written dates', () => {
    expect(narrativeProblems('In 2024 output fell to {fig:0}; on 11 February 2026 the province met a firm.', 1)).toEqual([]);
    expect(narrativeProblems('2026年2月11日、州は{fig:0}を示した。', 1)).toEqual([]);
  });
  it('rejects a number typed into the text', () => {
    expect(narrativeProblems('Plants run at 30 percent of capacity.', 0)).toEqual([
      'number "30" typed into the text; bind it to an observation with {fig:N}',
    ]);
    expect(narrativeProblems('稼働率は約3割だ。', 0)).toHaveLength(1);
  });
  it('rejects a token that names no figure and a figure never used', () => {
    expect(narrativeProblems('Output was {fig:1}.', 1)).toEqual(['{fig:1} names no figure (the paragraph lists 1)', 'figures[0] is never used ({fig:0} is missing)']);
  });
  it('rejects a malformed token', () => {
    expect(narrativeProblems('Output was {fig: 0}.', 0)[0]).toMatch(/malformed figure token/);
  });
});
