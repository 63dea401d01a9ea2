import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { CONTENT } from '~/content.config';
import { formatIssue } from '~/lib/content/errors';
import { readContent } from '~/lib/content/read';

describe('the real content/', () => {
  it('passes the content pass (schemas, cross-file rules, MDX body checks including bare figures) without a build', () => {
    const root = resolve('content');
    const { content, issues } = readContent(root, CONTENT);
    expect(content.articles.size).toBeGreaterThan(30);
    expect(content.pages.size).toBe(6);
    expect(issues.map(formatIssue).map((l) => l.replaceAll(root, 'content'))).toEqual([]);
  });
});
