import { csvDocument } from "../../../platform/csv.ts";
import type { I18n } from "../../../platform/i18n/index.ts";
import { complaintReference } from "./receipt.ts";
import type { RegisterRow } from "./register-queries.ts";

/** The register's columns, in the order of the regulator's annual return. */
const COLUMNS = [
  "reference",
  "receivedAt",
  "receivedOn",
  "channel",
  "sourceLink",
  "product",
  "category",
  "rootCause",
  "level",
  "paymentService",
  "acknowledgeBy",
  "acknowledgedAt",
  "holdingReplyAt",
  "answerBy",
  "answeredAt",
  "outcome",
  "compensation",
] as const;

/**
 * The register as CSV, headed in the reader's language, through the one CSV writer (a product
 * typed as a formula stays text). Codes stay codes (channel, level, outcome), so the file reads
 * the same whoever exports it; compensation in euros with a point.
 */
export function registerCsv(i18n: I18n, rows: readonly RegisterRow[]): string {
  return csvDocument(
    COLUMNS.map((column) => i18n.t(`inbox.complaints.field.${column}`)),
    rows.map((row) =>
      COLUMNS.map((column) => {
        switch (column) {
          case "reference":
            return complaintReference(row);
          case "compensation":
            return row.compensationCents === null ? null : (row.compensationCents / 100).toFixed(2);
          default:
            return row[column];
        }
      }),
    ),
  );
}
