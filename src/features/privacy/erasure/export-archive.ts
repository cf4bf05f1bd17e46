import { strToU8, zipSync } from "fflate";
import type { Locale } from "../../../config.ts";
import type { AppContext } from "../../../platform/context.ts";
import { csvDocument } from "../../../platform/csv.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { suppressionKey } from "../../consent/index.ts";
import type { Person } from "../model.ts";
import { exportPerson } from "./erasure.ts";

/**
 * A person's data as they take it away (art. 15 and 20): one JSON document with the article 15
 * information, and one CSV file per table for spreadsheets. Which rows and columns go in is the
 * personal-data map's to say (personal-data-map.ts): secrets and keyed hashes are withheld there.
 */
export async function personalData(ctx: AppContext, person: Person, locale: Locale) {
  const { t } = i18nFor(locale);
  const data = await exportPerson(ctx.db, person, suppressionKey(ctx.config));
  return {
    generatedAt: ctx.clock.now().toISOString(),
    controller: ctx.config.bankName,
    dpoContact: ctx.config.dpoContact,
    information: {
      purposes: t("privacy.info.purposes"),
      recipients: t("privacy.info.recipients"),
      retention: t("privacy.info.retention"),
      source: t("privacy.info.source"),
      rights: t("privacy.info.rights", { contact: ctx.config.dpoContact }),
    },
    data,
  };
}

function csvOf(rows: unknown[]): string {
  const records = rows as Record<string, unknown>[];
  const columns = [...new Set(records.flatMap((row) => Object.keys(row)))];
  return csvDocument(
    columns,
    records.map((row) => columns.map((c) => row[c])),
  );
}

/** The same export as a zip: `donnees.json` and one CSV per table. */
export async function personalDataZip(ctx: AppContext, person: Person, locale: Locale): Promise<Buffer> {
  const document = await personalData(ctx, person, locale);
  const files: Record<string, Uint8Array> = {
    "donnees.json": strToU8(JSON.stringify(document, null, 2)),
  };
  for (const [table, rows] of Object.entries(document.data)) files[`${table}.csv`] = strToU8(csvOf(rows));
  return Buffer.from(zipSync(files, { level: 6 }));
}
