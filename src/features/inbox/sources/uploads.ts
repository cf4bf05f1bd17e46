import multipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { MessageKey } from "../../../platform/i18n/index.ts";
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE, checkAttachment } from "../attachments.ts";
import type { CheckedAttachment } from "../sources.ts";

/** A file as the browser sent it: its name and bytes, nothing believed yet. */
export interface Upload {
  filename: string;
  content: Buffer;
  /** Cut at the limit while it was read: refused without keeping its bytes. */
  tooLarge: boolean;
}

const uploadsOf = new WeakMap<FastifyRequest, Upload[]>();

/** The form's inputs for files: one per attachment allowed, so the browser never sends more. */
export const ATTACHMENT_FIELD = "attachment";

/**
 * Lets this plugin's forms carry files (multipart): the fields land in request.body like any
 * form (so the CSRF check and field() work), the files with their names in `uploads(request)`.
 * A file over the limit is read no further and refused with the text kept; a request with more
 * files than the form has inputs is refused whole (413).
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    limits: {
      fileSize: ATTACHMENT_MAX_BYTES,
      files: ATTACHMENTS_PER_MESSAGE,
      fields: 10,
      fieldSize: 64 * 1024,
    },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      const list = uploadsOf.get(this) ?? [];
      uploadsOf.set(this, list);
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code !== "FST_REQ_FILE_TOO_LARGE") throw error;
        list.push({ filename: part.filename, content: Buffer.alloc(0), tooLarge: true });
        return;
      }
      // An empty file input is sent as a part without name or bytes: nothing was chosen.
      if (part.filename === "" && content.length === 0) return;
      list.push({ filename: part.filename, content, tooLarge: false });
    },
  });
}

export function uploads(request: FastifyRequest): Upload[] {
  return uploadsOf.get(request) ?? [];
}

/** The files checked by their bytes (attachments.ts), or the first problem found. */
export function uploadProblems(
  files: readonly Upload[],
): { ok: true; attachments: CheckedAttachment[] } | { ok: false; problem: MessageKey } {
  if (files.length > ATTACHMENTS_PER_MESSAGE) return { ok: false, problem: "inbox.attachment.tooMany" };
  const checked: CheckedAttachment[] = [];
  for (const file of files) {
    if (file.tooLarge) return { ok: false, problem: "inbox.attachment.tooLarge" };
    const result = checkAttachment(file.filename, file.content);
    if (!result.ok) return { ok: false, problem: result.problem };
    checked.push(result.attachment);
  }
  return { ok: true, attachments: checked };
}

/**
 * Sends a stored file for download: never shown in the page (attachment), its type the one read
 * from its bytes, and the browser told not to guess another (nosniff).
 */
export function fileHeaders(file: { filename: string; mediaType: string }): Record<string, string> {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "content-type": file.mediaType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  };
}
