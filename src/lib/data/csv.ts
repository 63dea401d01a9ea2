/**
 * RFC 4180 CSV, written by csv-stringify: fields with a comma, a double quote, a CR or LF (and fields with
 * leading or trailing space) are quoted and quotes are doubled; lines end in CRLF. Numbers are written with
 * String(), which round-trips exactly through parseFloat; booleans as "true"/"false"; null and undefined empty.
 * Reading is strict csv-parse (parseCsv: tests, and geo:build's idn-area-data tables).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;

/** A cell that is a plain number (what value columns hold): spreadsheets read it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a download runs a cell that starts with =, +,
 * -, @, a tab or a carriage return as a formula. Such a text cell gets a leading apostrophe, which spreadsheets
 * show as text and hide; a plain number such as -0.99 is left alone, so values round-trip exactly. A program
 * reading the CSV sees the apostrophe: drop one leading "'" before =, +, -, @, tab or CR to get the text back
 * (docs/quality.md#downloads).
 */
export function neutraliseFormula(cell: CsvValue): CsvValue {
  if (typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/** Every CSV the site writes (dataset and source downloads, a chart's table) goes through here, neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`toCsv: row ${i} has ${row.length} fields, header has ${header.length}`);
  }
  return stringify([header, ...rows.map((row) => row.map(neutraliseFormula))] as CsvValue[][], {
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/,
    cast: { boolean: (value) => String(value), number: (value) => String(value) },
  });
}

/**
 * Strict RFC 4180 reading (csv-parse with its strict defaults): a quote inside an unquoted field, an
 * unterminated quote or a row with a different number of fields throws, so a malformed file fails the
 * test or the script that reads it.
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_quotes: false, relax_column_count: false }) as string[][];
}
