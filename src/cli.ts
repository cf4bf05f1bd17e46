import { parseArgs } from "node:util";
import { closeContext, createContext, seconds } from "./app.ts";
import { startBackgroundWork } from "./background.ts";
import { deadlines } from "./calendar/deadlines-cli.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { seedDemo } from "./demo/seed.ts";
import { createAdministrator, demoTotpCode } from "./features/accounts/index.ts";
import { verifyArchive } from "./features/archive/index.ts";
import { classifyLines, textCheck } from "./features/moderation/index.ts";
import { backfillSentiment } from "./features/sentiment/index.ts";
import type { ChainReport } from "./platform/audit/hash-chain.ts";
import { verifyAuditChain } from "./platform/audit/service.ts";
import type { AppContext } from "./platform/context.ts";
import { boundHeapGrowth } from "./platform/heap-growth.ts";
import { DomainError } from "./platform/http/errors.ts";
import { i18nFor } from "./platform/i18n/index.ts";
import { answerJsonLines } from "./platform/json-lines.ts";
import { startedSmall } from "./platform/start-small.ts";
import { buildServer } from "./server.ts";
import { answerStatsLine } from "./stats/index.ts";

interface Command {
  summary: string;
  usage: string;
  run: (args: string[]) => Promise<number>;
  /** Runs until stopped: says itself when it has started (platform/start-small.ts). */
  startsLong?: true;
}

const COMMANDS: Record<string, Command> = {
  serve: {
    summary: "Start the web server (and the embedded PostgreSQL when DATABASE_URL is unset).",
    usage: "confiance serve\n\nConfiguration comes from environment variables: see the README table.",
    run: serve,
    startsLong: true,
  },
  migrate: {
    summary: "Apply the database migrations, then exit.",
    usage: "confiance migrate",
    run: async () =>
      withContext(async () => {
        console.log("Migrations applied.");
        return 0;
      }),
  },
  "seed-demo": {
    summary: "Load the French demo content (idempotent).",
    usage: "confiance seed-demo",
    run: async () =>
      withContext(async (ctx) => {
        const loaded = await seedDemo(ctx);
        console.log(
          loaded.topics > 0
            ? `Demo community loaded: ${loaded.people} people, ${loaded.topics} topics, ${loaded.posts} posts.`
            : `Demo people and categories are in place (${loaded.people}); the community already had topics, none added.`,
        );
        return 0;
      }),
  },
  "sentiment-backfill": {
    summary:
      "Record the sentiment of every client message not yet counted (community posts, private messages, survey answers), then exit.",
    usage:
      "confiance sentiment-backfill\n\nIdempotent: a message already counted is not counted again. The worker's schedule does the same\nevery minute in batches; this reads every source to its end at once (after an upgrade).",
    run: async () =>
      withContext(async (ctx) => {
        const recorded = await backfillSentiment(ctx);
        console.log(`Sentiment recorded for ${recorded} new ${recorded === 1 ? "message" : "messages"}.`);
        return 0;
      }),
  },
  worker: {
    startsLong: true,
    summary:
      "Run the background jobs (e-mail outbox, newsletter sending, hourly and daily schedules) without serving pages, until stopped.",
    usage: "confiance worker   (stops on SIGTERM or SIGINT, finishing the jobs in hand)",
    run: async () => {
      boundHeapGrowth();
      const ctx = await createContext(loadConfig(), {
        log: (line) => console.log(line),
        useRunningDatabase: true,
      });
      const background = await startBackgroundWork(ctx).catch(async (error: unknown) => {
        await closeContext(ctx);
        throw error;
      });
      startedSmall();
      console.log(
        `Worker started: e-mail outbox, newsletter sending, schedules${ctx.config.inboundSmtp ? `, inbound e-mail on ${ctx.config.inboundSmtp.host}:${ctx.config.inboundSmtp.port}` : ""}.`,
      );
      await new Promise<void>((resolve) => {
        process.once("SIGTERM", resolve);
        process.once("SIGINT", resolve);
      });
      await background.stop();
      await closeContext(ctx);
      return 0;
    },
  },
  "create-admin": {
    summary: "Create the first administrator (or promote an existing account).",
    usage:
      "confiance create-admin --email <address> --name <display name> [--password <password>]\n\n" +
      "Without --password, the password is read from the CONFIANCE_ADMIN_PASSWORD variable\n" +
      "or, failing that, from standard input (one line). The second factor is enrolled at first sign-in.",
    run: createAdmin,
  },
  totp: {
    summary: "Print the current second-factor code of a demo staff account (demo accounts only).",
    usage: "confiance totp <e-mail of a demo account>",
    run: async (args) => {
      const email = args[0];
      if (!email) {
        console.error("totp needs the e-mail address of a demo account.");
        return 2;
      }
      return withContext(async (ctx) => {
        const code = await demoTotpCode(ctx, email);
        if (!code) {
          console.error(
            `${email} is not a demo account with a second factor: codes are only shown for demo accounts.`,
          );
          return 1;
        }
        console.log(code);
        return 0;
      });
    },
  },
  "archive-verify": {
    summary:
      "Check the hash chain of the archive of staff publications; exits 1 if an entry was altered or removed.",
    usage: chainUsage("archive-verify"),
    run: (args) => verifyCommand("Archive", args, (ctx, anchor) => verifyArchive(ctx.db, anchor)),
  },
  "text-check": {
    summary: 'Find and mask personal data in JSON Lines {"text": …} read on standard input.',
    usage: 'confiance text-check < lines.jsonl   (one {"text": "…"} per line; one result per line)',
    run: async () => {
      const locale = process.env.DEFAULT_LOCALE === "en" ? "en" : "fr";
      return textCheck(process.stdin, (line) => process.stdout.write(`${line}\n`), locale);
    },
  },
  deadlines: {
    summary:
      "Print the legal clocks (complaints, payment services, data requests) that run from a day of receipt.",
    usage:
      "confiance deadlines --received YYYY-MM-DD\n\n" +
      "Prints one JSON line: acknowledgeBy (10 jours ouvrables), answerBy (2 months), paymentAnswerBy\n" +
      "(15 business days), paymentFinalAnswerBy (35 business days), dataRequestAnswerBy (1 month),\n" +
      "dataRequestExtendedBy (2 more months). Paris calendar, French public holidays; the day of receipt is not counted.",
    run: async (args) =>
      deadlines(
        args,
        (line) => console.log(line),
        (line) => console.error(line),
      ),
  },
  classify: {
    summary:
      'Classify JSON Lines {"text": …} read on standard input: complaint, payment service, language, sentiment.',
    usage: 'confiance classify < lines.jsonl   (one {"text": "…"} per line; one result per line)',
    run: () => classifyLines(process.stdin, (line) => process.stdout.write(`${line}\n`)),
  },
  stats: {
    summary:
      "Answer JSON Lines of statistics (proportion, compare, nps, …) with the barometer's own functions.",
    usage:
      "confiance stats < lines.jsonl   (one JSON object per line; one answer per line)\n\n" +
      '  {"op":"proportion","k":1127,"n":3414}                         → {"estimate","ci95"} (Wilson 95 %)\n' +
      '  {"op":"compare","a":{"k":1468,"n":3414},"b":{"k":1127,"n":3414}}\n' +
      '      → {"difference" (b − a),"z" (> 0 when a > b),"p" (two-sided),"significant" (at 5 %)}\n' +
      '      pooled two-proportion z-test; a and b may be NPS counts or {"mean","sd","n"} (Welch)\n' +
      '  {"op":"nps","promoters":420,"passives":310,"detractors":270}  → {"nps" (points),"ci95"}\n' +
      '  {"op":"compare_nps","a":{…},"b":{…}}, {"op":"mean","values":[…],"weights":[…]},\n' +
      '  {"op":"compare_means","a":{"mean","sd","n"},"b":{…}}, {"op":"kish","weights":[…]},\n' +
      '  {"op":"rake","rows":[{"age":"18-34","region":"IDF"},…],"targets":{"age":{"18-34":0.3,…},…}}\n\n' +
      'Figures to 4 decimals. A line that cannot be answered gets {"error": "…"}; the others are\n' +
      "answered, and the exit code is then 1. docs/barometer.md gives the methods.",
    run: () => answerJsonLines(process.stdin, (line) => process.stdout.write(`${line}\n`), answerStatsLine),
  },
  "audit-verify": {
    summary: "Check the hash chain of the audit log; exits 1 if an entry was altered or removed.",
    usage: chainUsage("audit-verify"),
    run: (args) => verifyCommand("Audit log", args, (ctx, anchor) => verifyAuditChain(ctx.db, anchor)),
  },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "Confiance — a bank's public conversation platform",
    "",
    "Usage: confiance <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `confiance <command> --help` for the options of a command.",
  ].join("\n");
}

async function withContext(
  run: (ctx: Awaited<ReturnType<typeof createContext>>) => Promise<number>,
): Promise<number> {
  const config = loadConfig();
  // Beside `npm start`, a command uses the server's embedded PostgreSQL (one folder, one server).
  const ctx = await createContext(config, { useRunningDatabase: true });
  try {
    return await run(ctx);
  } finally {
    await closeContext(ctx);
  }
}

async function readLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

function chainUsage(command: string): string {
  return (
    `confiance ${command} [--anchor <hash>]\n\n` +
    "Prints the chain's head. A chain proves every entry but its end: keep the head outside the\n" +
    "database (in the compliance register, an e-mail to the auditor) and pass it later as --anchor\n" +
    "to prove that no entry was removed from the end since."
  );
}

/** archive-verify and audit-verify: walk a hash chain, print its head, check a recorded anchor. */
async function verifyCommand(
  name: string,
  args: string[],
  verify: (ctx: AppContext, anchor: string | undefined) => Promise<ChainReport>,
): Promise<number> {
  const { values } = parseArgs({ args, options: { anchor: { type: "string" } } });
  return withContext(async (ctx) => {
    const report = await verify(ctx, values.anchor);
    if (report.ok) {
      console.log(`${name} intact: ${report.checked} entries checked. Head: ${report.head}`);
      return 0;
    }
    if (report.reason === "anchor_missing")
      console.error(
        `${name} BROKEN: the anchor ${values.anchor} is not in the chain (${report.checked} entries); entries were removed from its end.`,
      );
    else
      console.error(
        `${name} BROKEN at entry ${report.brokenAt} (${report.reason}) after ${report.checked} good entries.`,
      );
    return 1;
  });
}

async function createAdmin(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  });
  if (!values.email || !values.name) {
    console.error("create-admin needs --email and --name.\n");
    console.error(COMMANDS["create-admin"]!.usage);
    return 2;
  }
  const password = values.password ?? process.env.CONFIANCE_ADMIN_PASSWORD ?? (await readLine());
  return withContext(async (ctx) => {
    try {
      const result = await createAdministrator(ctx, {
        email: values.email!,
        displayName: values.name!,
        password,
      });
      console.log(
        `${result.created ? "Administrator created" : "Existing account promoted to administrator"}: ${values.email} (id ${result.id}).` +
          " Sign in at /connexion; the second factor is enrolled at first sign-in.",
      );
      return 0;
    } catch (error) {
      if (error instanceof DomainError) {
        console.error(i18nFor("en").t(error.messageKey));
        return 1;
      }
      throw error;
    }
  });
}

/** Exit code when the embedded PostgreSQL died for good (EX_UNAVAILABLE): a supervisor restarts us. */
const EXIT_DATABASE_LOST = 69;

async function serve(): Promise<number> {
  boundHeapGrowth();
  const config = loadConfig();
  const startedAt = performance.now();
  const log = (line: string) => console.log(line);
  let stop: ((why: string, code: number) => Promise<void>) | undefined;
  const ctx = await createContext(config, {
    log,
    onDatabaseLost: (reason) => {
      console.error(
        `Confiance stops: ${reason}. Start it again (a supervisor such as systemd, Docker or Kubernetes does so by itself).`,
      );
      // Closing waits on nothing that needs the database for long; if it does, exit anyway.
      setTimeout(() => process.exit(EXIT_DATABASE_LOST), 15_000).unref();
      void (stop?.("database lost", EXIT_DATABASE_LOST) ?? process.exit(EXIT_DATABASE_LOST));
    },
  });
  if (config.demoContent) {
    const seeding = performance.now();
    const loaded = await seedDemo(ctx, ctx.clock.now(), log);
    if (loaded.topics > 0)
      log(
        `Demo community loaded: ${loaded.people} people, ${loaded.topics} topics, ${loaded.posts} posts in ${seconds(seeding)} (see README for the demo accounts).`,
      );
  }
  const app = await buildServer(ctx);
  // One process does everything on a single machine; with RUN_JOBS=false, `confiance worker` does them.
  // The inbound SMTP listener comes with them, where INBOUND_SMTP_PORT is set (docs/inbox.md).
  const background = config.runJobs
    ? await startBackgroundWork(ctx).catch(async (error: unknown) => {
        await closeContext(ctx);
        throw error;
      })
    : undefined;
  if (background && config.inboundSmtp)
    app.log.info(`Inbound e-mail is taken on ${config.inboundSmtp.host}:${config.inboundSmtp.port}`);
  let stopping = false;
  stop = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${why}: stopping`);
    // In order: stop taking mail and requests and finish those in flight, then the pool, then PostgreSQL.
    await background?.stop();
    await app.close();
    await closeContext(ctx);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop?.("SIGINT received", 0));
  process.on("SIGTERM", () => void stop?.("SIGTERM received", 0));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await background?.stop();
    await closeContext(ctx);
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new ConfigError(
        `Port ${config.port} is already in use: set PORT to a free port or stop the program using it.`,
      );
    }
    throw error;
  }
  startedSmall();
  app.log.info(`Confiance is ready at ${config.baseUrl.href} (started in ${seconds(startedAt)})`);
  return new Promise<number>(() => {});
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(help());
    return command ? 0 : 2;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    console.error(`Unknown command "${command}".\n`);
    console.error(help());
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`${entry.summary}\n\nUsage: ${entry.usage}`);
    return 0;
  }
  if (!entry.startsLong) startedSmall();
  return entry.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(`Confiance cannot start: ${error.message}`);
      process.exit(78);
    }
    console.error(error);
    process.exit(1);
  },
);
