import { asc, inArray } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { attachments } from "./schema.ts";

/** An attached file as a thread lists it (its bytes are fetched only by the download routes). */
export interface MessageFile {
  id: number;
  messageId: number;
  filename: string;
  mediaType: string;
  size: number;
}

/** The files of these messages, in the order they were attached: one query whatever their number. */
export async function filesOf(ctx: AppContext, messageIds: readonly number[]): Promise<MessageFile[]> {
  if (messageIds.length === 0) return [];
  return ctx.db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      filename: attachments.filename,
      mediaType: attachments.mediaType,
      size: attachments.size,
    })
    .from(attachments)
    .where(inArray(attachments.messageId, [...messageIds]))
    .orderBy(asc(attachments.id));
}
