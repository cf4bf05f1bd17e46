import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/connect.ts";
import { runMigrations } from "./db/migrate.ts";
import { ensureRegister } from "./features/privacy/index.ts";
import { SecretBox } from "./platform/auth/secret-box.ts";
import { systemClock } from "./platform/clock.ts";
import { type AppContext, DEFAULT_LIMITS, type RateLimits } from "./platform/context.ts";
import { PublicPages } from "./platform/http/public-pages.ts";
import { Jobs } from "./platform/jobs/jobs.ts";
import { createMailer } from "./platform/mail/mailer.ts";
import { Outbox } from "./platform/mail/outbox.ts";
import { LiveEvents } from "./platform/realtime/events.ts";
import { ShortMemories } from "./platform/short-memory.ts";
import { RenderedFragments } from "./platform/views/fragments.ts";

/** Opens the database, applies migrations and starts the mailer: everything a command needs. */
export async function createContext(
  config: Config,
  options: {
    database?: Database;
    limits?: RateLimits;
    /** Progress and Mailbox lines for the console (`serve`); commands stay quiet. */
    log?: (line: string) => void;
    /** A command beside `serve`: use the embedded PostgreSQL it runs on the same DATA_DIR. */
    useRunningDatabase?: boolean;
    /** The embedded PostgreSQL died and could not be restarted. */
    onDatabaseLost?: (reason: string) => void;
  } = {},
): Promise<AppContext> {
  const database =
    options.database ??
    (await openDatabase(config, {
      ...(options.log ? { log: options.log } : {}),
      ...(options.onDatabaseLost ? { onEmbeddedLost: options.onDatabaseLost } : {}),
      useRunning: options.useRunningDatabase ?? false,
    }));
  try {
    const started = performance.now();
    const applied = await runMigrations(database.db);
    if (applied > 0) options.log?.(`Database schema: ${applied} migrations applied (${seconds(started)}).`);
    // Reference data the retention jobs read: the register of processing, pre-filled once.
    await ensureRegister(database.db);
    const mailer = await createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      db: database.db,
      onSinkMessage: (subject, to, text) => {
        // So a newcomer running `npm start` can follow links without opening the Mailbox.
        const links = text.match(/https?:\/\/\S+/g) ?? [];
        options.log?.(`Mailbox: "${subject}" to ${to}${links.length ? ` — ${links.join(" ")}` : ""}`);
      },
    });
    const live = new LiveEvents(database.pool);
    const jobs = new Jobs(database.pool, (error) => options.log?.(`Background job error: ${String(error)}`));
    const ctx: AppContext = {
      config,
      database,
      db: database.db,
      mailer,
      outbox: new Outbox(database.db, jobs, mailer),
      secrets: new SecretBox(config.sessionSecret),
      publicPages: new PublicPages(database.pool, live),
      live,
      memory: new ShortMemories(),
      fragments: new RenderedFragments(),
      jobs,
      clock: systemClock(),
      // Outside a command the caller's write has already committed: the effect runs at once.
      afterCommit: (effect) => effect(ctx),
      pagesChanged: (scopes, also) => ctx.publicPages.changed(scopes, also),
      limits: options.limits ?? {
        ...DEFAULT_LIMITS,
        global: config.rateLimitPerMinute,
        posting: config.postingLimit,
      },
    };
    return ctx;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Time since `started` (from performance.now()) for the console, e.g. "2.4 s". */
export function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.jobs.stop();
  await ctx.live.close();
  await ctx.mailer.close();
  await ctx.database.close();
}
