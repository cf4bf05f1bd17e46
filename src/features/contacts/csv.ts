import { parse } from "csv-parse/sync";
import { textCarriesControlCharacters } from "../../platform/http/input-guard.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";

/** The most rows one import takes: a larger file is refused whole, to be split. */
export const IMPORT_MAX_ROWS = 5000;

/** Reads the file; a file that is not a CSV with an `email` column is refused as a whole. */
export function readContactsCsv(text: string): { rows: Record<string, string>[] } | { error: MessageKey } {
  // An uploaded file is read here, not by the request guard: the same rule as a form's text.
  if (textCarriesControlCharacters(text)) return { error: "contacts.import.unreadable" };
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      delimiter: text.split("\n", 1)[0]!.includes(";") ? ";" : ",",
      relax_column_count: true,
    });
  } catch {
    return { error: "contacts.import.unreadable" };
  }
  if (records.length === 0 || !("email" in records[0]!)) return { error: "contacts.import.noEmail" };
  if (records.length > IMPORT_MAX_ROWS) return { error: "contacts.import.tooMany" };
  return { rows: records };
}
