/**
 * XML well-formedness (RSS feeds, sitemaps) by a real parser, fast-xml-parser's validator: balanced and
 * properly nested tags, quoted attributes, declared entities only. Returns "file:line: reason", or nothing.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export function xmlProblem(xml: string, name: string): string | undefined {
  const result = XMLValidator.validate(xml);
  return result === true ? undefined : `${name}:${result.err.line}: ${result.err.msg}`;
}

/** Parses a well-formed document (throws with xmlProblem's line otherwise); repeated elements are always arrays. */
export function parseXml(xml: string, name: string, arrays: readonly string[] = []): Record<string, unknown> {
  const problem = xmlProblem(xml, name);
  if (problem) throw new Error(problem);
  return new XMLParser({ ignoreAttributes: false, isArray: (tag) => arrays.includes(tag) }).parse(xml) as Record<string, unknown>;
}
