import { execFileSync } from 'node:child_process';

/** The committer date of HEAD (ISO 8601), or undefined outside a git checkout. */
export function lastCommitDate(cwd = process.cwd()): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
