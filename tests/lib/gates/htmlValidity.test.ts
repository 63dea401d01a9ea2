import { describe, expect, it } from 'vitest';
import { htmlErrors, projectConfig } from './htmlValidity.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';

describe('HTML validity gate', () => {
  it('passes a valid page with the project rule set', async () => {
    const site = memorySite({ 'index.html': page('<h1>Title</h1><h2 id="2024-weekly-flights">2024: weekly flights</h2><div class="table-scroll" role="region" aria-label="data" tabindex="0"><table><tbody><tr><th>a</th></tr></tbody></table></div>') });
    expect(await htmlErrors(site, projectConfig())).toEqual([]);
  });

  it('catches invalid nesting, duplicate ids and inline styles', async () => {
    const site = memorySite({ 'index.html': page('<p><div id="x">block in p</div></p><span id="x" style="color:red">dup</span>') });
    const rules = new Set((await htmlErrors(site, projectConfig())).map((e) => e.rule));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('no-inline-style');
    expect([...rules].some((r) => r === 'element-permitted-content' || r === 'close-order' || r === 'no-implicit-close')).toBe(true);
  });
});
