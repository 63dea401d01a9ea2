import { describe, expect, it } from 'vitest';
import { readingMinutes } from './readingTime';

describe('readingMinutes', () => {
  it('counts words for Latin text and characters for Japanese', () => {
    expect(readingMinutes('word '.repeat(600), 'en')).toBe(3);
    expect(readingMinutes('語'.repeat(1500), 'ja')).toBe(3);
  });
  it('ignores MDX tags and never returns zero', () => {
    expect(readingMinutes('<Fig dataset="x" period="2026" />', 'en')).toBe(1);
  });
});
