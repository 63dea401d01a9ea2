// Fonts for a lab browser (Lighthouse). A Japanese reader's phone or computer always has a Japanese font, but a
// bare Linux machine may have none. Chromium then asks the system for a fallback font once per character it
// cannot draw (about 2,000 such requests on a long Japanese article), and that search, not the page, filled
// the main thread: Lighthouse measured it as blocking time. So when no installed font covers the language,
// the Japanese glyphs of @fontsource/noto-sans-jp (a build-time dependency of the preview images) are added
// to the browser's system fonts through a fontconfig file. The pages are measured exactly as built.
// Chromium draws no system font shipped as WOFF (it falls back to empty boxes), so the WOFF 1.0 files are
// unpacked to plain OpenType first: a WOFF is the font's tables, each zlib-compressed when that is smaller.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';

/** Languages whose script the system may lack, and the files that draw it (regular and bold, as the site uses). */
const LENDABLE = {
  ja: { package: '@fontsource/noto-sans-jp', family: 'Noto Sans JP', files: ['noto-sans-jp-japanese-400-normal.woff', 'noto-sans-jp-japanese-700-normal.woff'] },
};

/** Whether fontconfig knows an installed font for the language (`fc-list :lang=ja`); undefined without fc-list. */
export function systemHasFontFor(lang, run = spawnSync) {
  const listed = run('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
  if (listed.error || listed.status !== 0) return undefined;
  return listed.stdout.trim() !== '';
}

/**
 * The environment for a browser measuring pages in `lang`: `{ env: {} }` when the system can draw the language
 * (or nothing can be lent), else `{ env: { FONTCONFIG_FILE }, lent }` with a fontconfig file in `tmpDir` that
 * keeps the system's fonts and adds the lent ones.
 */
export function labFontEnv(lang, tmpDir, { hasFont = systemHasFontFor, resolvePackage = packageDir } = {}) {
  const lendable = LENDABLE[lang];
  if (!lendable || hasFont(lang) !== false) return { env: {} };
  const dir = resolvePackage(lendable.package);
  const files = dir ? lendable.files.map((f) => join(dir, 'files', f)) : [];
  if (files.length === 0 || !files.every((f) => existsSync(f))) return { env: {}, missing: lendable.package };
  // A folder of its own holding the two fonts, unpacked, so fontconfig scans those and not the ~2,000 subsets.
  const fontDir = resolve(tmpDir, `fonts-${lang}`);
  mkdirSync(fontDir, { recursive: true });
  for (const f of files) writeFileSync(join(fontDir, basename(f).replace(/\.woff$/, '.ttf')), woffToSfnt(readFileSync(f)));
  const config = resolve(tmpDir, `fonts-${lang}.conf`);
  const xml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  writeFileSync(
    config,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      // First, so the scan of the lent folder is cached here and not in the system's or the user's cache.
      `  <cachedir>${xml(resolve(tmpDir, 'fontconfig-cache'))}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${xml(fontDir)}</dir>`,
      // The subsets call themselves "Noto Sans JP Thin"; renamed, they answer to the name in the site's font
      // stack as an installed Noto Sans JP would, instead of being found character by character as a fallback.
      '  <match target="scan">',
      `    <test name="file" compare="contains"><string>${xml(fontDir)}/</string></test>`,
      `    <edit name="family" mode="assign_replace" binding="same"><string>${xml(lendable.family)}</string></edit>`,
      '  </match>',
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { env: { FONTCONFIG_FILE: config }, lent: `${lendable.package} (${lendable.files.join(', ')})` };
}

/** The OpenType font inside a WOFF 1.0 file (W3C WOFF 1.0, sections 3–5): header, table directory, tables. */
export function woffToSfnt(woff) {
  if (woff.length < 44 || woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file (no "wOFF" signature)');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((d) => woff.readUInt32BE(at + d));
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`WOFF table ${i}: ${data.length} bytes unpacked, ${origLength} expected`);
    return { tag, checksum, data };
  });
  // The sfnt header's binary-search fields, from the table count (OpenType "Table directory").
  const power = 2 ** Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(power * 16, 6);
  head.writeUInt16BE(Math.log2(power), 8);
  head.writeUInt16BE(count * 16 - power * 16, 10);
  const parts = [head];
  let offset = head.length;
  tables.forEach(({ tag, checksum, data }, i) => {
    [tag, checksum, offset, data.length].forEach((v, j) => head.writeUInt32BE(v, 12 + i * 16 + j * 4));
    const padding = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(padding));
    offset += data.length + padding;
  });
  return Buffer.concat(parts);
}

function packageDir(name) {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}
