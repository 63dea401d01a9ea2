import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { sitePages, type Site } from './site.ts';

/** The project's rule set (.htmlvalidate.json at the repository root; why each rule is off: docs/quality.md). */
export function projectConfig(): ConfigData {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../.htmlvalidate.json'), 'utf8')) as ConfigData;
}

export interface HtmlError {
  url: string;
  rule: string;
  message: string;
  line: number;
  selector: string | null;
}

/** html-validate over every built page; returns errors (severity 2) only. */
export async function htmlErrors(site: Site, config: ConfigData = projectConfig()): Promise<HtmlError[]> {
  const validator = new HtmlValidate({ ...config, root: true });
  const out: HtmlError[] = [];
  for (const page of sitePages(site)) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) out.push({ url: page.url, rule: m.ruleId, message: m.message, line: m.line, selector: m.selector });
      }
    }
  }
  return out;
}

/** Groups errors by rule with one example each, for a readable failure. */
export function summarise(errors: HtmlError[]): string[] {
  const byRule = new Map<string, HtmlError[]>();
  for (const e of errors) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  return [...byRule].map(([rule, [first, ...rest]]) => `${rule} ×${rest.length + 1}: ${first!.url} line ${first!.line}: ${first!.message} [${first!.selector ?? ''}]`);
}
