import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labFontEnv, systemHasFontFor } from './lab-fonts.mjs';

/*
 * The lab browser gets a Japanese font only where the system has none, and then exactly the two lent files,
 * in a fontconfig file that keeps the system's own fonts.
 */
const JA_FILES = ['noto-sans-jp-japanese-400-normal.woff2', 'noto-sans-jp-japanese-700-normal.woff2'];

/** A stand-in for the font package: its files/ folder with the two lent files and one subset that must stay out. */
function fakePackage() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fonts-'));
  mkdirSync(join(dir, 'files'));
  for (const f of [...JA_FILES, 'noto-sans-jp-0-400-normal.woff2']) writeFileSync(join(dir, 'files', f), f);
  return dir;
}

describe('labFontEnv', () => {
  it('lends the two Japanese files when no installed font covers Japanese', () => {
    const pkg = fakePackage();
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-lab-'));
    const result = labFontEnv('ja', tmp, { hasFont: () => false, resolvePackage: () => pkg });
    expect(result.lent).toContain('@fontsource/noto-sans-jp');
    const config = readFileSync(result.env.FONTCONFIG_FILE, 'utf8');
    expect(config).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    // The cache comes first (else fontconfig writes the scan into the system's cache) and the family is renamed.
    expect(config.indexOf('<cachedir>')).toBeLessThan(config.indexOf('<include'));
    expect(config).toContain('<string>Noto Sans JP</string></edit>');
    const dirs = [...config.matchAll(/<dir>([^<]+)<\/dir>/g)].map((m) => m[1]);
    expect(dirs).toHaveLength(1);
    expect(readdirSync(dirs[0]).sort()).toEqual(JA_FILES);
  });

  it('changes nothing when the system has a Japanese font, for languages it cannot lend, or when fc-list is missing', () => {
    const pkg = fakePackage();
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-lab-'));
    expect(labFontEnv('ja', tmp, { hasFont: () => true, resolvePackage: () => pkg })).toEqual({ env: {} });
    expect(labFontEnv('ja', tmp, { hasFont: () => undefined, resolvePackage: () => pkg })).toEqual({ env: {} });
    expect(labFontEnv('en', tmp, { hasFont: () => false, resolvePackage: () => pkg })).toEqual({ env: {} });
    expect(existsSync(join(tmp, 'fonts-ja.conf'))).toBe(false);
  });

  it('says which package is missing instead of writing a config without fonts', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-lab-'));
    expect(labFontEnv('ja', tmp, { hasFont: () => false, resolvePackage: () => undefined })).toEqual({ env: {}, missing: '@fontsource/noto-sans-jp' });
    expect(existsSync(join(tmp, 'fonts-ja.conf'))).toBe(false);
  });
});

describe('systemHasFontFor', () => {
  it('reads fc-list: some output is a font, none is no font, a failed run is unknown', () => {
    expect(systemHasFontFor('ja', () => ({ status: 0, stdout: 'Noto Sans CJK JP\n' }))).toBe(true);
    expect(systemHasFontFor('ja', () => ({ status: 0, stdout: '\n' }))).toBe(false);
    expect(systemHasFontFor('ja', () => ({ status: null, error: new Error('ENOENT'), stdout: '' }))).toBeUndefined();
  });
});
