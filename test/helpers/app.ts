import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { closeContext, createContext } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { databaseFromUrl } from "../../src/db/connect.ts";
import type { AppContext, RateLimits } from "../../src/platform/context.ts";
import { buildServer } from "../../src/server.ts";
import { deliverMail, rememberForDelivery } from "./mail.ts";

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  databaseUrl: string;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.CONFIANCE_TEST_SERVER_URL;
  if (!url) throw new Error("Run the tests with `npm test` (it prepares the test database server).");
  return url;
}

/** A database of its own for one test file, cloned from the migrated template. */
export async function freshDatabaseUrl(): Promise<string> {
  const name = `confiance_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${process.env.CONFIANCE_TEST_TEMPLATE}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.href;
}

export async function startTestApp(
  options: {
    env?: Record<string, string>;
    limits?: Partial<RateLimits>;
    /** Another instance of an app already started: the same database, its own process state. */
    sameDatabaseAs?: TestApp;
    /** Receives the app's log lines (at level info), for tests of what gets logged. */
    logStream?: { write(line: string): void };
    /**
     * Sends the queued e-mails before each request is handled (browser tests: a page such as the
     * Mailbox shows what the previous action queued, with no worker poll to wait for).
     */
    deliverMailBeforeEachRequest?: boolean;
  } = {},
): Promise<TestApp> {
  const databaseUrl = options.sameDatabaseAs?.databaseUrl ?? (await freshDatabaseUrl());
  const config = loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "confiance-app-")),
    SESSION_SECRET: options.sameDatabaseAs?.ctx.config.sessionSecret ?? randomBytes(32).toString("hex"),
    LOG_LEVEL: options.logStream ? "info" : "silent",
    BASE_URL: "http://localhost:3000",
    // Most tests publish at once; the moderation tests ask for held first posts.
    HELD_FIRST_POSTS: "0",
    ...options.env,
  });
  const ctx = await createContext(config, {
    database: databaseFromUrl(databaseUrl),
    limits: { global: 100_000, sensitive: 1_000, posting: 1_000, ...options.limits },
  });
  const app = await buildServer(ctx, options.logStream ? { logStream: options.logStream } : {});
  rememberForDelivery(ctx);
  if (options.deliverMailBeforeEachRequest) app.addHook("onRequest", async () => deliverMail(ctx));
  await app.ready();
  return {
    app,
    ctx,
    databaseUrl,
    async close() {
      await app.close();
      await closeContext(ctx);
    },
  };
}
