import { describe, expect, it } from 'vitest';
import { LANGS, dictionary, t } from './index';
import { placeholders as inOrder } from './template';

const placeholders = (s: string) => inOrder(s).sort();

describe('UI dictionaries', () => {
  const keys = Object.keys(dictionary('en')).sort();

  it.each(LANGS)('%s has exactly the same keys as en', (lang) => {
    expect(Object.keys(dictionary(lang)).sort()).toEqual(keys);
  });

  it.each(LANGS)('%s has no empty strings and the same placeholders as en', (lang) => {
    for (const key of keys) {
      const value = dictionary(lang)[key as keyof ReturnType<typeof dictionary>];
      expect(value.trim(), `${lang}: ${key}`).not.toBe('');
      expect(placeholders(value), `${lang}: ${key}`).toEqual(
        placeholders(dictionary('en')[key as keyof ReturnType<typeof dictionary>]),
      );
    }
  });

  it('t fills placeholders and refuses an unknown key or a missing value', () => {
    expect(t('en', 'news.by', { author: 'Data desk' })).toBe('By Data desk');
    expect(() => t('en', 'no.such.key' as never)).toThrow(/missing UI string "no.such.key"/);
    expect(() => t('ja', 'news.by')).toThrow(/needs a value for \{author\}/);
  });
});
