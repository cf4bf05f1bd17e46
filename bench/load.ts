/**
 * `npm run bench:load`: the community under load, on a community built by bench/generate.ts.
 * It starts the built app (what `npm start` runs) on that data, then runs each scenario with
 * autocannon and prints, for each: req/s, p50 and p99, the CPU each request cost the app and its
 * PostgreSQL, and the app's RSS before and after. autocannon runs on the same cores as the app
 * and PostgreSQL, so the figures are a floor, not a ceiling. Nothing here is a test: no figure
 * fails anything, they are written in docs/performance.md.
 *
 *   npm run bench:load                         the shape: 1,000 topics, 20,000 posts
 *   npm run bench:load -- --large              10,000 topics, 1,000,000 posts
 *   npm run bench:load -- --only member,writes one or more scenarios by name
 *   npm run bench:load -- --profile            the app also writes a CPU profile (bench/out/profiles)
 *   npm run bench:load -- --statements         PostgreSQL's statements by total time, after each scenario
 *   npm run bench:load -- --heap               a heap snapshot after the first and the last write run
 *                                              (bench/out/heap), to compare what stays alive
 *   BENCH_SECONDS=10 (default), BENCH_WRITE_RUNS=10 (default)
 *   BENCH_PG_CONF="synchronous_commit = off"   a line added to the run's PostgreSQL settings (a trial)
 */
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import { benchDataDir, generateCommunity } from "./generate.ts";
import { readProcess } from "./process-meter.ts";
import { startRelay } from "./relay.ts";
import { SCENARIOS, type Target } from "./scenarios.ts";

const large = process.argv.includes("--large");
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]?.split(",")
  : undefined;
const [topics, posts] = large ? [10_000, 1_000_000] : [1_000, 20_000];

/** A connection to the run's database, beside the app's. */
async function connectTo(dataDir: string) {
  const { default: pg } = await import("pg");
  const password = readFileSync(`${dataDir}/postgres-password`, "utf8").trim();
  const client = new pg.Client({
    host: "127.0.0.1",
    port: Number(pgPort),
    user: "confiance",
    password,
    database: "confiance",
  });
  // The server stops at the end of the run: that ends this connection too.
  client.on("error", () => {});
  await client.connect();
  return client;
}

/**
 * What the replies so far still owe: posts whose followers' e-mails are not composed yet (their
 * job waits), messages not sent yet.
 */
async function mailsOwed(client: Awaited<ReturnType<typeof connectTo>>): Promise<number> {
  const { rows } = await client.query<{ owed: number }>(
    `select (select count(*) from pgboss.job
              where name = 'community-notification-mails' and state < 'completed')::int
          + (select count(*) from mail_outbox where status = 'queued')::int as owed`,
  );
  return rows[0]!.owed;
}

/**
 * Autovacuum's passes so far (vacuums and analyses, every table): a write run during which it
 * ran paid for them, since PostgreSQL's CPU counts every process of the server.
 */
async function autovacuums(client: Awaited<ReturnType<typeof connectTo>>): Promise<number> {
  const { rows } = await client.query<{ passes: number }>(
    "select coalesce(sum(autovacuum_count + autoanalyze_count), 0)::int as passes from pg_stat_all_tables",
  );
  return rows[0]!.passes;
}

/** pg_stat_statements on the run's database: reset, then the statements by total time since. */
async function statementsOf(dataDir: string) {
  const client = await connectTo(dataDir);
  await client.query("create extension if not exists pg_stat_statements");
  return {
    reset: () => client.query("select pg_stat_statements_reset()"),
    async top(): Promise<string> {
      const { rows } = await client.query(
        `select calls, round(total_exec_time::numeric, 0) as total_ms, round(total_plan_time::numeric, 0) as plan_ms,
                round((total_exec_time / greatest(calls, 1))::numeric, 3) as mean_ms,
                round(shared_blks_hit::numeric / greatest(calls, 1), 1) as blocks,
                left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
           from pg_stat_statements order by total_exec_time + total_plan_time desc limit 25`,
      );
      return rows
        .map(
          (r) =>
            `${String(r.total_ms).padStart(7)} ms (plan ${String(r.plan_ms).padStart(5)} ms) ${String(r.calls).padStart(7)} × ${r.mean_ms} ms, ${r.blocks} blocks  ${r.query}`,
        )
        .join("\n");
    },
    close: () => client.end(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sessions = await generateCommunity(topics, posts);
// Each run starts from the community as generated: the write scenarios add thousands of replies.
const runDir = `${benchDataDir(topics, posts)}-run`;
rmSync(runDir, { recursive: true, force: true });
// cp -a keeps the owner: as root, PostgreSQL runs as an unprivileged user who owns its files.
execFileSync("cp", ["-a", benchDataDir(topics, posts), runDir]);
const statements = process.argv.includes("--statements");
if (statements)
  appendFileSync(
    `${runDir}/postgres/postgresql.auto.conf`,
    "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = 'all'\npg_stat_statements.track_planning = on\n",
  );
if (process.env.BENCH_PG_CONF)
  appendFileSync(`${runDir}/postgres/postgresql.auto.conf`, `${process.env.BENCH_PG_CONF}\n`);
execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
const port = await freePort();
const pgPort = process.env.BENCH_PG_PORT ?? String(await freePort());
const profile = process.argv.includes("--profile") ? ["--cpu-prof", "--cpu-prof-dir=bench/out/profiles"] : [];
const heap = process.argv.includes("--heap")
  ? ["--heapsnapshot-signal=SIGUSR2", "--diagnostic-dir=bench/out/heap"]
  : [];
if (heap.length > 0) execFileSync("mkdir", ["-p", "bench/out/heap"]);
// Notifications leave through a relay, as in production: the demo Mailbox would parse and keep
// each one in the app's process.
const relay = await startRelay();
const server = spawn(process.execPath, [...profile, ...heap, "dist/main.js", "serve"], {
  env: {
    ...process.env,
    DATA_DIR: runDir,
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: pgPort,
    LOG_LEVEL: "warn",
    DEMO_CONTENT: "false",
    // One address sends every request here: the per-address limits would answer 429s.
    RATE_LIMIT_PER_MINUTE: "10000000",
    POSTING_LIMIT: "1000000",
    // The writers have not published before: their first reply would wait for a moderator.
    HELD_FIRST_POSTS: "0",
    SMTP_URL: relay.url,
  },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/readyz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // Start-up work (migrations, schedules catching up) is not a scenario's cost: wait for the app
  // to be nearly idle (under a tenth of a core over two seconds), for at most a minute and a half.
  const settling = Date.now();
  for (let before = readProcess(server.pid!); Date.now() - settling < 90_000; ) {
    await new Promise((r) => setTimeout(r, 2_000));
    const now = readProcess(server.pid!);
    const busy = now.appCpu - before.appCpu + (now.databaseCpu - before.databaseCpu);
    before = now;
    if (busy < 0.2) break;
  }
  console.log(`app settled ${((Date.now() - settling) / 1000).toFixed(0)} s after it was ready`);
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const topicPaths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/t\/sujet-[^<]+)<\/loc>/g)].map(
    (m) => m[1]!,
  );
  const observer = await connectTo(runDir);
  const target: Target = {
    base,
    topicPaths,
    sessions,
    pid: server.pid!,
    heapSnapshots: heap.length > 0,
    mailsRelayed: relay.received,
    mailsOwed: () => mailsOwed(observer),
    autovacuums: () => autovacuums(observer),
  };
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
      `data: ${topics.toLocaleString("en")} topics, ${posts.toLocaleString("en")} posts; RSS at start ${readProcess(target.pid).rssMb.toFixed(0)} MB`,
  );
  const database = statements ? await statementsOf(runDir) : undefined;
  for (const scenario of SCENARIOS) {
    if (only && !only.includes(scenario.name)) continue;
    await database?.reset();
    for (const line of await scenario.run(target)) console.log(`${scenario.name}: ${line}`);
    if (database) console.log(await database.top().catch((error: unknown) => `pg_stat_statements: ${error}`));
  }
  await database?.close();
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.on("exit", resolve));
  await relay.close();
}
