import { stringify } from "csv-stringify/sync";

/**
 * The one CSV writer of the app: every CSV a person downloads (the register of processing,
 * the archive of publications, a person's own data) is written here, so none can forget
 * what a spreadsheet does with a cell. A text cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets
 * (`=HYPERLINK("https://…","Cliquez")` typed as a display name becomes a live link in the
 * DPO's spreadsheet): such a cell gets a leading `'`, which spreadsheets show as text (OWASP,
 * "CSV Injection"). Numbers and dates are written as they are.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text: dates in ISO 8601, objects as JSON, nothing for null; formulas neutralised. */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return value.toString();
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A whole CSV document: a header row, then one row per record in the order of `columns`,
 * CRLF line ends (RFC 4180), and a byte-order mark so that spreadsheets read the accents right.
 */
export function csvDocument(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const records = rows.map((row) => row.map(csvCell));
  return `\uFEFF${stringify(records, {
    header: true,
    columns: columns.map((column) => String(csvCell(column))),
    record_delimiter: "windows",
  })}`;
}
