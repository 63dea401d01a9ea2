import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { labFontEnv, systemHasFontFor, woffToSfnt } from './lab-fonts.mjs';

/*
 * The lab browser gets a Japanese font only where the system has none, and then exactly the two lent files,
 * in a fontconfig file that keeps the system's own fonts.
 */
const JA_FILES = ['noto-sans-jp-japanese-400-normal.woff', 'noto-sans-jp-japanese-700-normal.woff'];

/** A stand-in for the font package: its files/ folder with the two lent files and one subset that must stay out. */
function fakePackage() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fonts-'));
  mkdirSync(join(dir, 'files'));
  for (const f of [...JA_FILES, 'noto-sans-jp-0-400-normal.woff']) writeFileSync(join(dir, 'files', f), woff(TABLES).woff);
  return dir;
}

/** Two tables: one that deflate shrinks (stored compressed) and one it cannot (stored as is, 5 bytes: padded). */
const TABLES = [
  { tag: 'cmap', data: Buffer.alloc(200, 7) },
  { tag: 'name', data: Buffer.from([1, 2, 3, 4, 5]) },
];

/** An sfnt with the given tables, and the same font as WOFF 1.0, built the way the WOFF specification lays it out. */
function woff(tables) {
  const pad = (b) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  const sfntHead = Buffer.alloc(12 + 16 * tables.length);
  sfntHead.writeUInt32BE(0x00010000, 0);
  sfntHead.writeUInt16BE(tables.length, 4);
  sfntHead.writeUInt16BE(32, 6);
  sfntHead.writeUInt16BE(1, 8);
  sfntHead.writeUInt16BE(0, 10);
  const woffHead = Buffer.alloc(44 + 20 * tables.length);
  woffHead.write('wOFF', 0, 'latin1');
  woffHead.writeUInt32BE(0x00010000, 4);
  woffHead.writeUInt16BE(tables.length, 12);
  let sfntAt = sfntHead.length;
  let woffAt = woffHead.length;
  const sfntBodies = [];
  const woffBodies = [];
  tables.forEach(({ tag, data }, i) => {
    const deflated = deflateSync(data);
    const stored = deflated.length < data.length ? deflated : data;
    const checksum = 0x01020304 + i;
    [tag.split('').reduce((n, c) => n * 256 + c.charCodeAt(0), 0), checksum, sfntAt, data.length].forEach((v, j) => sfntHead.writeUInt32BE(v, 12 + i * 16 + j * 4));
    [tag.split('').reduce((n, c) => n * 256 + c.charCodeAt(0), 0), woffAt, stored.length, data.length, checksum].forEach((v, j) => woffHead.writeUInt32BE(v, 44 + i * 20 + j * 4));
    sfntBodies.push(pad(data));
    woffBodies.push(pad(stored));
    sfntAt += pad(data).length;
    woffAt += pad(stored).length;
  });
  return { sfnt: Buffer.concat([sfntHead, ...sfntBodies]), woff: Buffer.concat([woffHead, ...woffBodies]) };
}

describe('woffToSfnt', () => {
  it('gives back the font a WOFF was made from, byte for byte (compressed and stored tables, padding)', () => {
    const { sfnt, woff: packed } = woff(TABLES);
    expect(packed.length).toBeLessThan(sfnt.length);
    expect(woffToSfnt(packed).equals(sfnt)).toBe(true);
  });

  it('unpacks the lent Japanese font: every table but head matches its recorded checksum', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'));
    const font = woffToSfnt(readFileSync(join(dir, 'files', JA_FILES[0])));
    const count = font.readUInt16BE(4);
    expect(count).toBeGreaterThan(10);
    const sum = (b) => { let s = 0; for (let i = 0; i < b.length; i += 4) s = (s + (b.length - i >= 4 ? b.readUInt32BE(i) : Buffer.concat([b.subarray(i), Buffer.alloc(4)]).readUInt32BE(0))) >>> 0; return s; };
    let checked = 0;
    for (let i = 0; i < count; i++) {
      const [tag, checksum, offset, length] = [0, 4, 8, 12].map((d) => font.readUInt32BE(12 + i * 16 + d));
      if (tag === 0x68656164) continue; // 'head' holds the whole font's checksum adjustment, counted as 0
      expect(sum(font.subarray(offset, offset + length)), `table ${i}`).toBe(checksum);
      checked++;
    }
    expect(checked).toBe(count - 1);
  });

  it('refuses what is not WOFF 1.0, and a table that unpacks to the wrong size', () => {
    expect(() => woffToSfnt(Buffer.alloc(64))).toThrow(/not a WOFF 1.0 file/);
    const broken = woff(TABLES).woff;
    broken.writeUInt32BE(201, 44 + 12); // the compressed table claims one byte more than it holds
    expect(() => woffToSfnt(broken)).toThrow(/WOFF table 0: 200 bytes unpacked, 201 expected/);
  });
});

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
    expect(readdirSync(dirs[0]).sort()).toEqual(JA_FILES.map((f) => f.replace('.woff', '.ttf')));
    expect(readFileSync(join(dirs[0], 'noto-sans-jp-japanese-400-normal.ttf')).equals(woff(TABLES).sfnt)).toBe(true);
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
