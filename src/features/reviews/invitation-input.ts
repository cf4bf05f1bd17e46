import { parse } from "csv-parse/sync";
import {
  addMonthsClamped,
  type CalendarDay,
  compareDays,
  dayFromIso,
  parisDay,
} from "../../calendar/index.ts";
import { LOCALES, type Locale } from "../../config.ts";
import { textCarriesControlCharacters } from "../../platform/http/input-guard.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { emailProblem, normaliseEmail } from "../accounts/index.ts";

/**
 * What the bank's systems give to invite clients to review (a CSV file uploaded by staff, or the
 * JSON of `POST /api/v1/reviews/invitations`), read and checked before any database: one row per
 * client, each refused row named by its line with the reason, the others invited.
 *
 * The whole batch is invited (NF ISO 20488; a bank choosing only its happy clients misleads):
 * a file or a request that carries anything resembling a satisfaction filter or score (a column
 * « note », « satisfaction », « nps »…, a field `minRating`) is refused as a whole, and the
 * refusal is written in the register of invitations (invitation-batches.ts).
 */
export const INVITATIONS_MAX_ROWS = 5000;
export const NAME_MAX = 80;
export const REFERENCE_MAX = 120;

/** An invitation to send, as read and checked. */
export interface InvitationRow {
  /** The line of the file (the header is line 1), or the position in the API's list (from 1). */
  line: number;
  email: string;
  /** How the review will be signed: the first name and the initial of the last name. */
  firstName: string;
  lastName: string;
  /** The bank's own reference of the interaction (a case, an appointment), kept for the auditor. */
  reference: string | null;
  experienceOn: CalendarDay;
  product: string | null;
  locale: Locale | null;
}

export interface RowProblem {
  line: number;
  problem: MessageKey;
}

export type ReadBatch =
  | { ok: true; rows: InvitationRow[]; refused: RowProblem[] }
  | { ok: false; error: MessageKey; filter?: string };

/** Column names, French or English, each folded (lower case, no accent, letters and digits only). */
const COLUMNS = {
  email: ["email", "mail", "courriel", "adressemail", "adresseemail"],
  firstName: ["prenom", "firstname", "givenname"],
  lastName: ["nom", "lastname", "surname", "familyname", "nomdefamille"],
  name: ["name", "nomcomplet", "fullname", "client"],
  reference: ["reference", "ref", "externalreference", "referenceexterne", "dossier"],
  experienceOn: ["experiencedate", "dateexperience", "date", "experienceon", "dateinteraction"],
  product: ["product", "produit"],
  locale: ["locale", "langue", "language", "lang"],
} as const;
type Column = keyof typeof COLUMNS;

const fold = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/**
 * The names that say « satisfaction » in any form: a batch is never chosen by how happy its
 * clients are. Folded names; a part is enough (`note_client`, `min_rating`, `satisfaction_nps`).
 */
const FILTER_PARTS = [
  "satisf",
  "rating",
  "score",
  "nps",
  "csat",
  "sentiment",
  "promot",
  "detract",
  "etoile",
  "star",
  "filter",
  "filtre",
  "happy",
  "humeur",
  "mood",
];
const FILTER_NAMES = ["note", "notes", "avis", "noteclient"];

/** The first name among these that looks like a satisfaction filter, or undefined. */
export function satisfactionFilterIn(names: readonly string[]): string | undefined {
  return names.find((name) => {
    const folded = fold(name);
    return FILTER_NAMES.includes(folded) || FILTER_PARTS.some((part) => folded.includes(part));
  });
}

function columnOf(name: string): Column | undefined {
  const folded = fold(name);
  return (Object.keys(COLUMNS) as Column[]).find((column) =>
    (COLUMNS[column] as readonly string[]).includes(folded),
  );
}

export interface ReadOptions {
  now: Date;
  /** The products a review may name (the reviews' list); a row naming another is refused. */
  products?: readonly string[];
}

/**
 * Rows already split into fields (the CSV's records, the API's objects), each with its line:
 * the satisfaction filter refused first, then every row checked on its own.
 */
export function readInvitationRows(
  records: readonly { line: number; fields: Readonly<Record<string, unknown>> }[],
  options: ReadOptions,
): ReadBatch {
  const names = [...new Set(records.flatMap((record) => Object.keys(record.fields)))];
  const filter = satisfactionFilterIn(names);
  if (filter !== undefined) return { ok: false, error: "reviews.invitations.filterRefused", filter };
  if (records.length === 0) return { ok: false, error: "reviews.invitations.empty" };
  if (records.length > INVITATIONS_MAX_ROWS) return { ok: false, error: "reviews.invitations.tooMany" };
  if (!names.some((name) => columnOf(name) === "email"))
    return { ok: false, error: "reviews.invitations.noEmail" };

  const today = parisDay(options.now);
  const oldest = addMonthsClamped(today, -12);
  const seen = new Set<string>();
  const rows: InvitationRow[] = [];
  const refused: RowProblem[] = [];
  for (const { line, fields } of records) {
    const value: Partial<Record<Column, string>> = {};
    for (const [name, raw] of Object.entries(fields)) {
      const column = columnOf(name);
      if (column && value[column] === undefined && raw !== null && raw !== undefined)
        value[column] = String(raw).trim();
    }
    const problem = rowProblem(value, { today, oldest, products: options.products, seen });
    if (problem) {
      refused.push({ line, problem });
      continue;
    }
    const email = normaliseEmail(value.email!);
    seen.add(email.toLowerCase());
    const [first = "", ...rest] = oneSpace(value.name ?? "").split(" ");
    rows.push({
      line,
      email,
      firstName: oneSpace(value.firstName ?? "") || first,
      lastName: oneSpace(value.lastName ?? "") || rest.join(" "),
      reference: value.reference || null,
      experienceOn: dayFromIso(value.experienceOn!)!,
      product: value.product || null,
      locale: isOneOf(LOCALES, value.locale) ? value.locale : null,
    });
  }
  return { ok: true, rows, refused };
}

const oneSpace = (text: string) => text.replace(/\s+/g, " ").trim();

function rowProblem(
  value: Partial<Record<Column, string>>,
  facts: {
    today: CalendarDay;
    oldest: CalendarDay;
    products: readonly string[] | undefined;
    seen: Set<string>;
  },
): MessageKey | undefined {
  const email = normaliseEmail(value.email ?? "");
  if (emailProblem(email)) return "reviews.invitations.row.email";
  if (facts.seen.has(email.toLowerCase())) return "reviews.invitations.row.duplicate";
  if (!value.experienceOn) return "reviews.invitations.row.dateMissing";
  const day = dayFromIso(value.experienceOn);
  if (!day) return "reviews.invitations.row.dateInvalid";
  if (compareDays(day, facts.today) > 0) return "reviews.invitations.row.dateFuture";
  if (compareDays(day, facts.oldest) < 0) return "reviews.invitations.row.dateTooOld";
  if ([value.name, value.firstName, value.lastName].some((name) => (name?.length ?? 0) > NAME_MAX))
    return "reviews.invitations.row.nameTooLong";
  if ((value.reference?.length ?? 0) > REFERENCE_MAX) return "reviews.invitations.row.referenceTooLong";
  if (value.product && facts.products && !facts.products.includes(value.product))
    return "reviews.invitations.row.product";
  if (value.locale && !isOneOf(LOCALES, value.locale)) return "reviews.invitations.row.locale";
  return undefined;
}

/**
 * A CSV file: comma or semicolon, a spreadsheet's byte-order mark ignored, header names in
 * French or English; each record keeps the line it starts on, blank lines skipped, so the report
 * names the line the person sees in their spreadsheet.
 */
export function readInvitationsCsv(text: string, options: ReadOptions): ReadBatch {
  // An uploaded file is read here, not by the request guard: the same rule as a form's text.
  if (textCarriesControlCharacters(text)) return { ok: false, error: "reviews.invitations.unreadable" };
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text.replace(/^\uFEFF/, ""), {
      skip_empty_lines: true,
      trim: true,
      delimiter: text.split("\n", 1)[0]!.includes(";") ? ";" : ",",
      relax_column_count: true,
      info: true,
    });
  } catch {
    return { ok: false, error: "reviews.invitations.unreadable" };
  }
  const [header, ...body] = parsed;
  if (!header) return { ok: false, error: "reviews.invitations.empty" };
  const names = header.record.map((name) => name.trim());
  return readInvitationRows(
    body.map(({ record, info }) => ({
      line: info.lines,
      fields: Object.fromEntries(names.map((name, i) => [name, record[i] ?? ""])),
    })),
    options,
  );
}
