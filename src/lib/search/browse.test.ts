import { describe, expect, it } from 'vitest';
import { browseSlice } from './browse';

describe('browseSlice', () => {
  it('keeps a short list whole and cuts a long one, saying how many there are', () => {
    expect(browseSlice([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], total: undefined });
    expect(browseSlice([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], total: 4 });
    expect(browseSlice([], 3)).toEqual({ shown: [], total: undefined });
  });
});
