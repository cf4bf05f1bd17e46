/**
 * `npm run bench:inbox`: the inbox under a day's work, on an inbox of 100,000 open conversations
 * and 1,000,000 messages (issue #14's shape) kept in bench/out/inbox-<n>. It starts the built app
 * on a copy of that data and, with 20 advisors signed in at once (each with their second factor,
 * each request as one of them), measures each list view, a conversation page and a search:
 * req/s, p50, p90, p97.5 and p99 (autocannon gives no p95: it lies between p90 and p97.5). Nothing
 * here is a test; the figures go in docs/performance.md.
 *
 *   npm run bench:inbox                     100,000 conversations, 1,000,000 messages
 *   npm run bench:inbox -- --small          10,000 conversations, 100,000 messages
 *   npm run bench:inbox -- --only mine      the scenarios whose name holds this
 *   npm run bench:inbox -- --profile        the app also writes a CPU profile (bench/out/profiles)
 *   BENCH_SECONDS=10 (default)
 */
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { closeContext, createContext } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { seedDemo } from "../src/demo/seed.ts";
import "../src/features.ts";
import { openSession } from "../src/features/accounts/sessions.ts";

/** The session cookie's name (src/features/accounts/session-cookie.ts). */
const SESSION_COOKIE = "confiance_session";

const small = process.argv.includes("--small");
const CONVERSATIONS = small ? 10_000 : 100_000;
const MESSAGES_PER_CONVERSATION = 10;
const ADVISORS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = path.resolve(`bench/out/inbox-${CONVERSATIONS}`);

const SUBJECTS = [
  "Carte bloquée",
  "Virement pas arrivé",
  "Frais de tenue de compte",
  "Prélèvement inconnu",
  "Plafond de paiement",
  "Prêt immobilier",
  "Assurance emprunteur",
  "Application qui plante",
  "Chéquier",
  "Opposition carte",
  "Livret A",
  "Découvert",
];
const LINES = [
  "Bonjour, je vous écris au sujet de ma carte qui a été refusée hier au supermarché.",
  "Le virement est parti lundi et n'est toujours pas arrivé sur le compte de mon propriétaire.",
  "Je ne comprends pas ces frais prélevés ce mois-ci, pouvez-vous m'expliquer ?",
  "Merci pour votre réponse rapide, tout est rentré dans l'ordre.",
  "Nous avons vérifié : le paiement a été bloqué par le contrôle antifraude, il est débloqué.",
  "Pouvez-vous me rappeler demain matin ? Je suis disponible après 10 heures.",
  "C'est la troisième fois que je relance, c'est inadmissible.",
  "Hello, my card was declined abroad and I need it for my hotel tonight.",
];

const literal = (values: string[]) =>
  sql.raw(`ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[]`);

type Ctx = Awaited<ReturnType<typeof createContext>>;

/** The inbox of the issue's size, written in SQL (deterministic), unless already there. */
async function generate(ctx: Ctx): Promise<void> {
  await seedDemo(ctx);
  await ctx.db.execute(sql`
    insert into accounts (email, email_verified_at, display_name, password_hash, role, totp_secret, totp_enabled_at)
    select 'conseiller-' || g || '@bench.confiance.example', now(), 'Conseiller ' || g, null, 'advisor',
           ${ctx.secrets.seal("JBSWY3DPEHPK3PXP")}, now()
      from generate_series(1, ${ADVISORS}) g
    on conflict (email) do nothing`);
  await ctx.db.execute(sql`
    insert into inbox_team_members (team_id, account_id, capacity)
    select t.id, a.id, 500 from accounts a
      join inbox_teams t on t.slug = case when substring(a.email from 'conseiller-([0-9]+)@')::int % 2 = 0
                                          then 'particuliers' else 'credit-immobilier' end
     where a.email like 'conseiller-%@bench.confiance.example'
    on conflict do nothing`);
  const { rows } = await ctx.db.execute<{ n: number }>(
    sql`select count(*)::int as n from inbox_conversations`,
  );
  if (Number(rows[0]!.n) >= CONVERSATIONS) {
    console.log(`bench inbox already there (${rows[0]!.n} conversations)`);
    return;
  }
  const started = Date.now();
  await ctx.db.execute(sql`select setseed(0.17)`);
  await ctx.db.execute(sql`
    insert into inbox_correspondents (email, display_name)
    select 'client-' || g || '@exemple.fr', 'Client ' || g from generate_series(1, ${CONVERSATIONS / 4}) g
    on conflict do nothing`);
  await ctx.db.execute(sql`
    with advisors as (
      select m.account_id, m.team_id, row_number() over (order by m.account_id) - 1 as n from inbox_team_members m
       join accounts a on a.id = m.account_id where a.email like 'conseiller-%'
    ), firsts as (select min(id) as id from inbox_correspondents where email like 'client-%')
    insert into inbox_conversations (correspondent_id, source, thread_key, subject, language, status, snoozed_until,
      priority, team_id, assignee_id, sentiment, complaint, payment_service, first_response_due_at, resolution_due_at,
      first_response_at, last_client_message_at, last_message_at, unread, search_document, created_at, updated_at)
    select (select id from firsts) + (g % ${CONVERSATIONS / 4}),
           (array['email','private_message','contact_form','community'])[1 + g % 4],
           'bench-' || g, s.subject || ' (' || g || ')',
           case when g % 13 = 0 then 'en' else 'fr' end,
           case when g % 10 < 6 then 'open' when g % 10 < 9 then 'waiting_on_client' else 'snoozed' end,
           case when g % 10 = 9 then now() + interval '3 days' end,
           (array['low','normal','normal','high','urgent'])[1 + g % 5],
           a.team_id, case when g % 7 = 0 then null else a.account_id end,
           (array['negative','neutral','positive'])[1 + g % 3], g % 6 = 0, g % 4 = 0,
           now() - ((g % 500) || ' hours')::interval + interval '4 hours',
           now() - ((g % 500) || ' hours')::interval + interval '5 days',
           case when g % 3 = 0 then null else now() - ((g % 500) || ' hours')::interval + interval '2 hours' end,
           now() - ((g % 500) || ' hours')::interval, now() - ((g % 500) || ' hours')::interval,
           g % 5 = 0,
           to_tsvector('confiance_fr', s.subject || ' ' || l.line) || to_tsvector('confiance_en', s.subject || ' ' || l.line),
           now() - ((g % 500) || ' hours')::interval - interval '1 day', now()
      from generate_series(1, ${CONVERSATIONS}) g
      cross join lateral (select (${literal(SUBJECTS)})[1 + g % ${SUBJECTS.length}] as subject) s
      cross join lateral (select (${literal(LINES)})[1 + g % ${LINES.length}] as line) l
      cross join lateral (select account_id, team_id from advisors where n = g % ${ADVISORS}) a`);
  console.log(`conversations written in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await ctx.db.execute(sql`
    insert into inbox_messages (conversation_id, direction, author_id, body, delivery, created_at, sent_at)
    select c.id, case when m % 2 = 1 then 'incoming' else 'outgoing' end,
           case when m % 2 = 1 then null else c.assignee_id end,
           (${literal(LINES)})[1 + (c.id + m) % ${LINES.length}],
           case when m % 2 = 1 then null else 'sent' end,
           c.created_at + (m || ' hours')::interval,
           case when m % 2 = 1 then null else c.created_at + (m || ' hours')::interval end
      from inbox_conversations c
      cross join generate_series(1, ${MESSAGES_PER_CONVERSATION}) m
     where c.thread_key like 'bench-%'`);
  await ctx.db.execute(sql`vacuum analyze`);
  console.log(`bench inbox built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function advisorSessions(ctx: Ctx): Promise<{ cookies: string[]; conversationIds: number[][] }> {
  const { rows } = await ctx.db.execute<{ id: number }>(
    sql`select id from accounts where email like 'conseiller-%@bench.confiance.example' order by id`,
  );
  const cookies: string[] = [];
  const conversationIds: number[][] = [];
  for (const row of rows) {
    const session = await openSession(ctx.db, new Date(), {
      accountId: Number(row.id),
      staff: true,
      complete: true,
      secondFactor: true,
      ipPrefix: null,
    });
    cookies.push(`${SESSION_COOKIE}=${session.token}`);
    const mine = await ctx.db.execute<{ id: number }>(
      sql`select id from inbox_conversations where assignee_id = ${row.id} order by id limit 200`,
    );
    conversationIds.push(mine.rows.map((r) => Number(r.id)));
  }
  return { cookies, conversationIds };
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

const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DEMO_CONTENT: "false", LOG_LEVEL: "warn" });
const setup = await createContext(config);
let sessions: Awaited<ReturnType<typeof advisorSessions>>;
try {
  await generate(setup);
  sessions = await advisorSessions(setup);
} finally {
  await closeContext(setup);
}

const runDir = `${dataDir}-run`;
rmSync(runDir, { recursive: true, force: true });
execFileSync("cp", ["-a", dataDir, runDir]);
execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
const port = await freePort();
const profile = process.argv.includes("--profile") ? ["--cpu-prof", "--cpu-prof-dir=bench/out/profiles"] : [];
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const server = spawn(process.execPath, [...profile, "dist/main.js", "serve"], {
  env: {
    ...process.env,
    DATA_DIR: runDir,
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    LOG_LEVEL: "warn",
    DEMO_CONTENT: "false",
    RATE_LIMIT_PER_MINUTE: "10000000",
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
  /** Each request as the next advisor: 20 advisors at once, each seeing their own scope. */
  const asAdvisors = (pathFor: (advisor: number, i: number) => string) => ({
    requests: Array.from({ length: 400 }, (_, i) => ({
      method: "GET" as const,
      path: pathFor(i % ADVISORS, Math.floor(i / ADVISORS)),
      headers: { cookie: sessions.cookies[i % ADVISORS]! },
    })),
  });
  const scenarios: [string, ReturnType<typeof asAdvisors>][] = [
    ["view: mine", asAdvisors(() => "/admin/boite?vue=les-miennes")],
    ["view: my teams", asAdvisors(() => "/admin/boite?vue=mes-equipes")],
    ["view: unassigned", asAdvisors(() => "/admin/boite?vue=non-assignees")],
    ["view: overdue", asAdvisors(() => "/admin/boite?vue=en-retard")],
    ["view: complaints", asAdvisors(() => "/admin/boite?vue=reclamations")],
    ["view: waiting on the client", asAdvisors(() => "/admin/boite?vue=attente-client")],
    ["view: mine, page 5", asAdvisors(() => "/admin/boite?vue=les-miennes&page=5")],
    [
      "conversation page",
      asAdvisors(
        (a, i) => `/admin/boite/${sessions.conversationIds[a]![i % sessions.conversationIds[a]!.length]}`,
      ),
    ],
    ["search: « virement »", asAdvisors(() => "/admin/boite?vue=mes-equipes&q=virement")],
    [
      "search: « frais prélevés »",
      asAdvisors(() => "/admin/boite?vue=mes-equipes&q=frais+pr%C3%A9lev%C3%A9s"),
    ],
  ];
  console.log(
    `inbox: ${CONVERSATIONS} conversations, ${CONVERSATIONS * MESSAGES_PER_CONVERSATION} messages, ${ADVISORS} advisors, ${SECONDS} s each`,
  );
  for (const [name, options] of scenarios.filter(([name]) => !only || name.includes(only))) {
    const result = await autocannon({ url: base, duration: SECONDS, connections: ADVISORS, ...options });
    const bad = result.errors + result.timeouts + result.non2xx;
    const l = result.latency as unknown as Record<string, number>;
    console.log(
      `${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${l.p50} ms, p90 ${l.p90} ms, p97.5 ${l.p97_5} ms, p99 ${l.p99} ms` +
        (bad ? `; ${bad} not 2xx or failed` : ""),
    );
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}
