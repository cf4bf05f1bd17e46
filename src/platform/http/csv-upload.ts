import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";

/** The largest CSV file an import takes: a larger one is refused, to be split. */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Lets the routes of this plugin (only) take one uploaded CSV file: the form's fields land in
 * request.body with the file, so the CSRF check and `field()` work as for any form.
 */
export async function acceptCsvFile(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    limits: { fileSize: CSV_MAX_BYTES + 1, files: 1, fields: 5, fieldSize: 1024 },
  });
}

/** The uploaded file's text, or why there is none to read (each feature says it in its words). */
export function uploadedCsv(
  request: FastifyRequest,
  name = "file",
): { ok: true; text: string } | { ok: false; problem: "missing" | "too_big" } {
  const file = (request.body as Record<string, unknown> | undefined)?.[name];
  if (!Buffer.isBuffer(file) || file.length === 0) return { ok: false, problem: "missing" };
  if (file.length > CSV_MAX_BYTES) return { ok: false, problem: "too_big" };
  return { ok: true, text: file.toString("utf8") };
}
