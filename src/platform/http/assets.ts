import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { PROJECT_ROOT } from "../../paths.ts";
import { guardRoutes, publicAccess } from "../auth/access.ts";

const ASSETS_DIR = path.join(PROJECT_ROOT, "src/platform/views/assets");
/** Files served from installed packages, under the name pages ask for. */
const PACKAGED: Record<string, string> = {
  "htmx.min.js": path.join(PROJECT_ROOT, "node_modules/htmx.org/dist/htmx.min.js"),
};
const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
};

interface Asset {
  body: Buffer;
  type: string;
}

/**
 * Static assets with the content hash in their name (app.3f2a9c1e.css): served with a one-year
 * immutable cache, and a new deploy changes the URL of whatever changed. Files are small and
 * read once at start, so serving them never touches the disk.
 */
function loadAssets(): { byHashedName: Map<string, Asset>; urls: Map<string, string> } {
  const byHashedName = new Map<string, Asset>();
  const urls = new Map<string, string>();
  const files = [
    ...readdirSync(ASSETS_DIR).map((file) => [file, path.join(ASSETS_DIR, file)] as const),
    ...Object.entries(PACKAGED),
  ];
  for (const [file, location] of files) {
    const body = readFileSync(location);
    const ext = path.extname(file);
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
    const hashed = `${path.basename(file, ext)}.${hash}${ext}`;
    byHashedName.set(hashed, { body, type: TYPES[ext] ?? "application/octet-stream" });
    urls.set(file, `/assets/${hashed}`);
  }
  return { byHashedName, urls };
}

const loaded = loadAssets();

/** The public URL of an asset, e.g. assetUrl("app.css") → "/assets/app.3f2a9c1e.css". */
export function assetUrl(file: string): string {
  const url = loaded.urls.get(file);
  if (!url) throw new Error(`Unknown asset ${file}`);
  return url;
}

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  // Stylesheets, scripts and images are public.
  guardRoutes(app, publicAccess);
  app.get<{ Params: { name: string } }>("/assets/:name", async (request, reply) => {
    const asset = loaded.byHashedName.get(request.params.name);
    if (!asset) return reply.callNotFound();
    return reply
      .header("cache-control", "public, max-age=31536000, immutable")
      .type(asset.type)
      .send(asset.body);
  });
}
