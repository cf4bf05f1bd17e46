/**
 * `npm test`: starts one PostgreSQL (embedded, or TEST_DATABASE_URL's server), migrates a
 * template database once, then runs every test file with Node's test runner. Each file clones
 * the template into its own database, so files run in parallel without seeing each other.
 *
 * `npm run test:unit` (`--unit`): only the tests next to the code (the `*.test.ts` files under
 * `src/`), which need no database: seconds, and no PostgreSQL started. A test under `src/` that
 * asks for a database fails there ("Run the tests with `npm test`"): such tests go in `test/`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { databaseFromUrl } from "../src/db/connect.ts";
import { startEmbeddedPostgres } from "../src/db/embedded.ts";
import { runMigrations } from "../src/db/migrate.ts";
import { Jobs } from "../src/platform/jobs/jobs.ts";

const TEMPLATE = "confiance_test_template";

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

async function prepareTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  const database = databaseFromUrl(withDatabase(serverUrl, TEMPLATE));
  await runMigrations(database.db);
  // pg-boss's schema too, created once here rather than by every test file that queues an e-mail.
  const jobs = new Jobs(database.pool, (error) => console.error(error));
  await jobs.install();
  await jobs.stop();
  await database.close();
}

/**
 * No test file takes minutes: one that hangs (a browser waiting for a page, a lock) fails after
 * this long, instead of holding CI until its 90 minutes run out. Node 20 counts it for each file
 * as a whole, not for each of its tests.
 */
const TEST_TIMEOUT_MS = 180_000;

/**
 * The server-process files start the real server several times (the first start writes the
 * whole demo community): the sum of their tests' own timeouts (each fails by name when it hangs)
 * and of the build, which a busy machine takes minutes over.
 */
const ALONE_FILE_TIMEOUT_MS = 25 * 60_000;

function runTests(
  files: string[],
  concurrency: number,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = TEST_TIMEOUT_MS,
): Promise<number> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--test",
      `--test-concurrency=${concurrency}`,
      `--test-timeout=${timeoutMs}`,
      "--test-reporter=spec",
      ...files,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  return new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/** Test files that run by themselves, after the others. */
const ALONE = /lifecycle\.test\.ts$/;

const selected = (files: string[], filter: string[]) =>
  files.filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const filter = args.filter((arg) => arg !== "--unit");
  if (args.includes("--unit")) return runTests(selected(testFiles("src"), filter), availableParallelism());
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), "confiance-test-"));
    const server = await startEmbeddedPostgres({ dataDir, port: 20000 + Math.floor(Math.random() * 20000) });
    serverUrl = server.url;
    stop = server.stop;
  }
  try {
    await prepareTemplate(serverUrl);
    const files = selected([...testFiles("src"), ...testFiles("test")], filter);
    const env = { CONFIANCE_TEST_SERVER_URL: serverUrl, CONFIANCE_TEST_TEMPLATE: TEMPLATE };
    // Tests of the server process itself (it kills its PostgreSQL and times the restart) run
    // last and alone: beside another test file, the machine's load decides their timing.
    const alone = files.filter((file) => ALONE.test(file));
    const together = files.filter((file) => !ALONE.test(file));
    // (node --test given no file would look for every test file by itself.)
    const shared = together.length > 0 ? await runTests(together, 2, env) : 0;
    const last = alone.length > 0 ? await runTests(alone, 1, env, ALONE_FILE_TIMEOUT_MS) : 0;
    return shared || last;
  } finally {
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
