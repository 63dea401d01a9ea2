import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ArticleBodyError, articleBodyPlugins, unsafeScheme } from './mdxSafety';

/** Compiles an MDX body through the same plugins the build installs; returns the problem lines. */
function problems(body: string): string[] {
  try {
    mdxToJs(body, { mdastPlugins: articleBodyPlugins as never, fileURL: pathToFileURL(join(process.cwd(), 'content/articles/en/x.mdx')) });
    return [];
  } catch (error) {
    if (error instanceof ArticleBodyError) return error.lines;
    throw error;
  }
}

describe('article body checks', () => {
  it('accept prose, links, <Fig>, <time> and comments', () => {
    expect(problems('Text with [a link](https://example.org/) and [mail](mailto:a@example.org) and [rel](/en/data/).\n\n<Fig d="wage" period="2026" /> on <time datetime="2026-02-11">11 February</time>.\n\n{/* editor note */}\n')).toEqual([]);
  });

  it.each([
    ['a javascript: link', 'Line one.\n\n[click](javascript:alert(1))\n', 'content/articles/en/x.mdx:3: a link to a javascript: address'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', 'x.mdx:1: a link to a data: address'],
    ['a JAVASCRIPT: link with a tab', '[x](<JAVA\tSCRIPT:alert(1)>)\n', 'a link to a javascript: address'],
    ['a javascript: image', '![x](javascript:alert(1))\n', 'an image to a javascript: address'],
    ['a javascript: reference definition', '[x][r]\n\n[r]: javascript:alert(1)\n', 'a link definition to a javascript: address'],
    ['a <script> element', 'Para.\n\n<script>alert(1)</script>\n', 'x.mdx:3: <script> is not allowed'],
    ['an inline <script>', 'Text <script>alert</script> more.\n', '<script> is not allowed'],
    ['an onclick handler', '<a href="/" onclick="alert(1)">x</a>\n', 'has an event handler attribute "onclick"'],
    ['an onerror handler on an image', '<img src="/x.png" alt="" onError="alert(1)" />\n', 'event handler attribute "onError"'],
    ['a javascript: href on a JSX link', '<a href="javascript:alert(1)">x</a>\n', '<a href="javascript:…"> is not allowed'],
    ['a data: src', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="" />\n', '<img src="data:…"> is not allowed'],
    ['an expression href', '<a href={"javascript:alert(1)"}>x</a>\n', 'holds a script or a javascript: address'],
    ['a spread attribute', '<a {...{ onclick: "x" }}>x</a>\n', 'has a {...spread} attribute'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>\n', '<iframe> is not allowed'],
    ['an import', 'import X from "./x.js";\n\nText.\n', 'import/export is not allowed'],
    ['an expression', 'Total: {1 + 1}\n', 'is code; an article body holds only'],
  ])('refuse %s, naming file and line', (_label, body, expected) => {
    const lines = problems(body);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    expect(lines[0]).toMatch(/^content\/articles\/en\/x\.mdx:\d+: /);
  });

  it('report every problem of a file together', () => {
    expect(problems('[a](javascript:a)\n\n<script>b</script>\n\n<b onclick="c">d</b>\n')).toHaveLength(3);
  });

  it('read schemes the way a browser does', () => {
    expect(unsafeScheme(' javascript:x')).toBe('javascript');
    expect(unsafeScheme('java\nscript:x')).toBe('javascript');
    expect(unsafeScheme('https://example.org/javascript:')).toBeUndefined();
    expect(unsafeScheme('/data:x')).toBeUndefined();
  });
});
