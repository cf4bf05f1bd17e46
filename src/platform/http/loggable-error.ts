/**
 * How every error is written to the log (the `err` serializer of the app's logger). Errors
 * from the database carry what people typed: drizzle puts the query's parameters in its
 * message ("params: jean@exemple.fr,…") and on the error, PostgreSQL repeats values in
 * `detail` ("Key (email)=(…) already exists") and, for bad data, in the message. The log
 * keeps what an operator needs to find the fault (the SQL text without values, SQLSTATE,
 * constraint, the stack frames) and never a parameter value.
 */

interface Serialized {
  type: string;
  message: string;
  stack: string;
  code?: string;
  statusCode?: number;
  [key: string]: unknown;
}

/** SQLSTATE classes whose messages quote the offending value: 22 data exception, 23 integrity. */
const QUOTES_VALUES = /^(22|23)/;

/** Only the stack's frames: its first lines repeat the message, which may hold values. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}

function isDatabaseError(error: Record<string, unknown>): boolean {
  // pg's DatabaseError: a five-character SQLSTATE and a severity.
  return typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) && "severity" in error;
}

export function loggableError(error: unknown, depth = 0): Serialized {
  if (!(error instanceof Error) && (error === null || typeof error !== "object")) {
    return { type: typeof error, message: "(a thrown value that is not an Error)", stack: "" };
  }
  const e = error as Error & Record<string, unknown>;
  const type = e.constructor?.name ?? "Error";
  const out: Serialized = { type, message: "", stack: "" };
  if ("query" in e && "params" in e) {
    // DrizzleQueryError: the SQL text, which holds placeholders, not values.
    out.message = `Failed query: ${String(e.query)}`;
  } else if (isDatabaseError(e)) {
    out.message = QUOTES_VALUES.test(String(e.code))
      ? "(message withheld: it may quote data)"
      : String(e.message);
    for (const key of [
      "severity",
      "constraint",
      "table",
      "column",
      "schema",
      "dataType",
      "routine",
    ] as const) {
      if (typeof e[key] === "string") out[key] = e[key];
    }
  } else {
    out.message = String(e.message ?? "");
  }
  out.stack = `${type}: ${out.message}\n${frames(e.stack) ?? ""}`;
  if (typeof e.code === "string") out.code = e.code;
  if (typeof e.statusCode === "number") out.statusCode = e.statusCode;
  if (e.cause !== undefined && depth < 4) out.cause = loggableError(e.cause, depth + 1);
  return out;
}
