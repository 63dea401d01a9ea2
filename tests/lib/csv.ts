/**
 * Strict RFC 4180 reading for tests and the benchmark (csv-parse with its strict defaults): a quote inside an
 * unquoted field, an unterminated quote or a row with a different number of fields throws, so a malformed
 * download fails the test that reads it.
 */
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  return parse(text, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
}
