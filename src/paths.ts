import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project folder, found from wherever this code runs: `src/` under tsx or the bundle in
 * `dist/`. Files shipped beside the code (migrations, assets) are located from it.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json")) || !existsSync(path.join(dir, "drizzle"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Confiance project folder above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
