/**
 * RFC 4180 CSV: fields with a comma, a double quote, a CR or LF are quoted and quotes are doubled;
 * lines end in CRLF. Numbers are written with String(), which round-trips exactly through parseFloat.
 * Hand-written because chart pages build their CSV download in the browser (no Node Buffer there, and the
 * chart-page JS budget); reading is strict csv-parse in ./csvRead.ts.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
  return [header, ...rows].map((row) => row.map((cell) => csvField(neutraliseFormula(cell))).join(',')).join('\r\n') + '\r\n';
}
