import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ASK_MESSAGE, HEIGHT_MESSAGE, MAX_HEIGHT, MIN_HEIGHT, heightMessage, isAskMessage, isHeightMessage } from './messages';

describe('embed messages', () => {
  it('accepts a well-formed height and rounds it up', () => {
    expect(heightMessage(612.2)).toEqual({ type: HEIGHT_MESSAGE, height: 613 });
    expect(isHeightMessage(heightMessage(612.2))).toBe(true);
  });

  it('refuses anything else: other types, strings, missing, non-finite or out-of-range heights', () => {
    for (const bad of [null, 'sulut-atlas:embed-height', 640, {}, { type: 'other', height: 640 }, { type: HEIGHT_MESSAGE }, { type: HEIGHT_MESSAGE, height: '640' },
      { type: HEIGHT_MESSAGE, height: Number.NaN }, { type: HEIGHT_MESSAGE, height: Infinity }, { type: HEIGHT_MESSAGE, height: MIN_HEIGHT - 1 }, { type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 }]) {
      expect(isHeightMessage(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isAskMessage({ type: ASK_MESSAGE })).toBe(true);
    expect(isAskMessage({ type: HEIGHT_MESSAGE })).toBe(false);
    expect(isAskMessage(ASK_MESSAGE)).toBe(false);
  });

  it('is mirrored exactly by the host script in public/embed/resize.js', () => {
    const host = readFileSync('public/embed/resize.js', 'utf8');
    expect(host).toContain(`var HEIGHT = '${HEIGHT_MESSAGE}';`);
    expect(host).toContain(`var ASK = '${ASK_MESSAGE}';`);
    expect(host).toContain(`var MIN = ${MIN_HEIGHT};`);
    expect(host).toContain(`var MAX = ${MAX_HEIGHT.toString()};`);
  });
});
