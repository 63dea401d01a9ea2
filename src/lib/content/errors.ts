/** One problem in one content file, printed as `file › field.path: reason`. */
export interface ContentIssue {
  file: string;
  path: (string | number)[];
  message: string;
}

/** Formats a field path the way authors read it: observations[3].source */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.path.length ? ` › ${formatPath(issue.path)}` : '';
  return `${issue.file}${where}: ${issue.message}`;
}

/** Thrown by the content loaders; the message lists every problem, one line each. */
export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const lines = issues.map(formatIssue);
    super(`Content validation failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
    this.name = 'ContentValidationError';
    this.issues = issues;
    // The lines above are the whole message: Astro prints a stack trace and "Location" only when an error has
    // a stack, and for bad content they point into our own code, not at the file an editor must fix.
    this.stack = '';
  }
}

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/** Turns Zod issues into content issues, naming unknown keys so a typo is obvious. */
export function zodIssues(file: string, issues: readonly ZodLikeIssue[], prefix: (string | number)[] = []): ContentIssue[] {
  return issues.map((issue) => ({
    file,
    path: [...prefix, ...(issue.path as (string | number)[])],
    message:
      issue.code === 'unrecognized_keys' && issue.keys
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message,
  }));
}

/** A path as authors see it: relative to the project when inside it, absolute otherwise. */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const rel = absolute.startsWith(cwd + '/') ? absolute.slice(cwd.length + 1) : absolute;
  return rel || absolute;
}
