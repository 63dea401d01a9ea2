/**
 * Strict RFC 4180 reading (csv-parse with its strict defaults): a quote inside an unquoted field, an
 * unterminated quote or a row with a different number of fields throws, so a malformed file fails the test or
 * the script that reads it (tests, geo:build's idn-area-data tables). Node only: never imported by browser code.
 */
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  return parse(text, { relax_quotes: false, relax_column_count: false }) as string[][];
}
