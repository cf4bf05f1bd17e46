import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { imageSize } from "image-size";
import type { AppContext } from "../../platform/context.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { IMAGE_TYPES, type ImageType, images } from "./schema.ts";

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
const MIN_WIDTH = 600;
/**
 * The largest picture a cover may declare. The server never decodes the pixels, but every
 * reader's browser does: a few kilobytes of PNG can declare 60,000 × 60,000 pixels (14 GB once
 * decoded) and crash the tab, or the phone, of everyone who opens the article. A cover is shown
 * at 1,200 pixels wide; 8,000 on a side and 40 million in all leave room for any camera.
 * The fr/en message "newsroom.cover.tooManyPixels" states these numbers: change both together.
 */
export const IMAGE_MAX_SIDE = 8000;
export const IMAGE_MAX_PIXELS = 40_000_000;

const TYPE_OF: Record<string, ImageType> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

/**
 * What an uploaded file really is, read from its bytes, not from its name or the browser's
 * word: PNG, JPEG or WebP only. SVG is refused, since it can carry script. The dimensions are
 * those the file declares, bounded both ways (see IMAGE_MAX_SIDE).
 */
export function inspectImage(
  bytes: Buffer,
): { ok: true; type: ImageType; width: number; height: number } | { ok: false; problem: MessageKey } {
  if (bytes.length === 0) return { ok: false, problem: "newsroom.cover.missing" };
  if (bytes.length > IMAGE_MAX_BYTES) return { ok: false, problem: "newsroom.cover.tooLarge" };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, problem: "newsroom.cover.notAnImage" };
  }
  const type = size.type ? TYPE_OF[size.type] : undefined;
  if (!type || !isOneOf(IMAGE_TYPES, type)) return { ok: false, problem: "newsroom.cover.notAnImage" };
  if (size.width < MIN_WIDTH) return { ok: false, problem: "newsroom.cover.tooSmall" };
  if (
    size.width > IMAGE_MAX_SIDE ||
    size.height > IMAGE_MAX_SIDE ||
    size.width * size.height > IMAGE_MAX_PIXELS
  )
    return { ok: false, problem: "newsroom.cover.tooManyPixels" };
  return { ok: true, type, width: size.width, height: size.height };
}

/** Keeps an image once (by content hash) and returns its id. */
export async function storeImage(
  ctx: AppContext,
  bytes: Buffer,
  uploadedBy: number,
): Promise<{ ok: true; id: number } | { ok: false; problem: MessageKey }> {
  const inspected = inspectImage(bytes);
  if (!inspected.ok) return inspected;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const [created] = await ctx.db
    .insert(images)
    .values({
      sha256,
      contentType: inspected.type,
      width: inspected.width,
      height: inspected.height,
      bytes,
      uploadedBy,
    })
    .onConflictDoNothing({ target: images.sha256 })
    .returning({ id: images.id });
  if (created) return { ok: true, id: created.id };
  const [existing] = await ctx.db.select({ id: images.id }).from(images).where(eq(images.sha256, sha256));
  return { ok: true, id: existing!.id };
}

export async function findImage(ctx: AppContext, sha256: string) {
  const [row] = await ctx.db.select().from(images).where(eq(images.sha256, sha256));
  return row;
}

/** What a page needs to show each cover: one query for a whole list of articles. */
export async function imageFacts(ctx: AppContext, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, never>();
  const rows = await ctx.db
    .select({
      id: images.id,
      sha256: images.sha256,
      contentType: images.contentType,
      width: images.width,
      height: images.height,
    })
    .from(images)
    .where(inArray(images.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

export const imagePath = (image: { sha256: string; contentType: ImageType }) =>
  `/medias/${image.sha256}.${image.contentType.split("/")[1]}`;
