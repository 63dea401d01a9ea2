/**
 * Warning lines in a build's output. A successful build should print only what an editor needs; any warning
 * line other than the ones listed as expected is noise that hides a real warning.
 *  - Astro's logger writes `HH:MM:SS [WARN] [label] text`;
 *  - Vite/Rolldown diagnostics appear as `[WARN] [vite] [CODE] …` or `(!) …` or `warning:` lines.
 */
const WARNING = /\[WARN\]|^\s*\(!\)|\bwarning:/i;

/** The log without terminal colours: CI forces colour on, so `[build] Complete!` arrives wrapped in escape codes. */
export const plainLog = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const strip = plainLog;

export function warningLines(log: string): string[] {
  return log.split('\n').map(strip).filter((line) => WARNING.test(line));
}

/** Warning lines that are not expected: each `expected` string must appear in one line that it excuses. */
export function unexpectedWarnings(log: string, expected: readonly string[]): string[] {
  return warningLines(log).filter((line) => !expected.some((e) => line.includes(e)));
}
