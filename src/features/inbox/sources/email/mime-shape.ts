/**
 * The shape of a raw message, read before any parser touches it: how many MIME parts, how deeply
 * nested, how large the message's own header block. A MIME bomb (thousands of parts, parts
 * nested hundreds deep) is refused from these counts, in one linear pass over the lines, without
 * decoding any body.
 */
export interface MimeShape {
  parts: number;
  depth: number;
  headerBytes: number;
}

export const MIME_LIMITS = { parts: 60, depth: 8, headerBytes: 64 * 1024 } as const;

/** A part's Content-Type, from its unfolded header block. */
function contentType(header: string): { multipart?: string; message: boolean } {
  const unfolded = header.replace(/\r?\n[ \t]+/g, " ");
  const line = /^content-type:[ \t]*([^\r\n]*)/im.exec(unfolded)?.[1] ?? "";
  const type = line.split(";")[0]!.trim().toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(line);
    const value = boundary?.[1] ?? boundary?.[2];
    return value ? { multipart: value, message: false } : { message: false };
  }
  return { message: type === "message/rfc822" || type === "message/global" };
}

/**
 * Walks the lines: a header block ends at the first empty line; a multipart part opens a level
 * with its boundary; "--boundary" starts a sibling part under it, "--boundary--" closes it (and
 * any level left open inside); an embedded message's body is a message one level deeper. Stops
 * counting as soon as a limit is passed.
 */
export function mimeShape(raw: Buffer, limits: typeof MIME_LIMITS = MIME_LIMITS): MimeShape {
  const text = raw.toString("latin1");
  const open: { boundary: string; depth: number }[] = [];
  const shape: MimeShape = { parts: 1, depth: 1, headerBytes: 0 };
  let depth = 1;
  let header: string[] | null = [];
  let rootHeader = true;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, "");
    at = end + 1;
    if (rootHeader) shape.headerBytes += line.length + 2;
    if (line.startsWith("--") && open.length > 0) {
      const bare = line.slice(2).replace(/[ \t]+$/, "");
      let level = open.length - 1;
      while (level >= 0 && bare !== open[level]!.boundary && bare !== `${open[level]!.boundary}--`) level--;
      if (level !== -1) {
        const owner = open[level]!;
        rootHeader = false;
        if (bare === `${owner.boundary}--`) {
          open.length = level;
          header = null;
          depth = owner.depth;
        } else {
          open.length = level + 1;
          depth = owner.depth + 1;
          header = [];
          shape.parts++;
          shape.depth = Math.max(shape.depth, depth);
          if (shape.parts > limits.parts || shape.depth > limits.depth) return shape;
        }
        continue;
      }
    }
    if (header === null) continue;
    if (line !== "") {
      header.push(line);
      if (rootHeader && shape.headerBytes > limits.headerBytes) return shape;
      continue;
    }
    rootHeader = false;
    const type = contentType(header.join("\n"));
    header = null;
    if (type.multipart) open.push({ boundary: type.multipart, depth });
    else if (type.message) {
      depth++;
      header = [];
      shape.parts++;
      shape.depth = Math.max(shape.depth, depth);
      if (shape.parts > limits.parts || shape.depth > limits.depth) return shape;
    }
  }
  return shape;
}

/** What is wrong with a message's shape, if anything. */
export function shapeProblem(
  shape: MimeShape,
  limits: typeof MIME_LIMITS = MIME_LIMITS,
): "parts" | "depth" | "header" | null {
  if (shape.headerBytes > limits.headerBytes) return "header";
  if (shape.parts > limits.parts) return "parts";
  if (shape.depth > limits.depth) return "depth";
  return null;
}
