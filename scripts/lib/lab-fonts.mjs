// Fonts for a lab browser (Lighthouse). A Japanese reader's phone or computer always has a Japanese font, but a
// bare Linux machine may have none. Chromium then asks the system for a fallback font once per character it
// cannot draw (about 2,000 such requests on a long Japanese article), and that search, not the page, filled
// the main thread: Lighthouse measured it as blocking time. So when no installed font covers the language,
// the Japanese glyphs of @fontsource/noto-sans-jp (a build-time dependency of the preview images) are added
// to the browser's system fonts through a fontconfig file. The pages are measured exactly as built.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';

/** Languages whose script the system may lack, and the files that draw it (regular and bold, as the site uses). */
const LENDABLE = {
  ja: { package: '@fontsource/noto-sans-jp', family: 'Noto Sans JP', files: ['noto-sans-jp-japanese-400-normal.woff2', 'noto-sans-jp-japanese-700-normal.woff2'] },
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
  // A folder of its own holding copies of the two files, so fontconfig scans those and not the ~2,000 subsets.
  const fontDir = resolve(tmpDir, `fonts-${lang}`);
  mkdirSync(fontDir, { recursive: true });
  for (const f of files) copyFileSync(f, join(fontDir, basename(f)));
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

function packageDir(name) {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}
