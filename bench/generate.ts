/**
 * Builds a large French community for load tests in bench/out/<topics>x<posts> (an embedded
 * PostgreSQL): the demo people and categories, then TOPICS topics and about POSTS posts written
 * in SQL from French sentence fragments, with realistic lengths, their search documents, and a
 * crowd of members who write in the write scenarios. Deterministic (setseed), and skipped when
 * the folder already holds a community of that size.
 *
 *   node --import tsx bench/generate.ts [topics] [posts]     (defaults: 10000 1000000)
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeContext, createContext } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { seedDemo } from "../src/demo/seed.ts";
// Loading the features registers their hooks (moderation screens what the demo publishes).
import "../src/features.ts";
import { openSession } from "../src/features/accounts/sessions.ts";
import { backfillSentiment } from "../src/features/sentiment/index.ts";

/** Where a community of that size is kept between runs. */
export function benchDataDir(topics: number, posts: number): string {
  return path.resolve(`bench/out/${topics}x${posts}`);
}

/**
 * Members who write in the reply scenario, each with a verified address and an open session.
 * 10,000 so that, spread over ten runs of ten seconds at a few hundred replies a second, none
 * posts more than three times in two minutes (moderation holds a burst, which is not what the
 * write scenario measures).
 */
export const BENCH_WRITERS = 10_000;

const SUBJECTS = [
  "Frais de tenue de compte",
  "Plafond de ma carte",
  "Virement instantané",
  "Prêt immobilier",
  "Assurance emprunteur",
  "Livret A",
  "Application mobile",
  "Opposition sur carte",
  "Découvert autorisé",
  "Prélèvement inconnu",
  "Compte joint",
  "Paiement sans contact",
  "Chéquier",
  "Assurance vie",
  "PEA",
  "Relevé de compte",
  "Code confidentiel",
  "Retrait à l'étranger",
  "Crédit à la consommation",
  "Remboursement anticipé",
];
const ENDINGS = [
  "qu'en pensez-vous ?",
  "quelqu'un a déjà eu le cas ?",
  "comment faire ?",
  "est-ce normal ?",
  "quel délai ?",
  "des conseils ?",
  "problème depuis la mise à jour",
  "retour d'expérience",
];
const SENTENCES = [
  "Bonjour à tous, je me permets de poser la question ici.",
  "J'ai regardé dans l'application mais je ne trouve pas l'information.",
  "Mon conseiller m'a dit de passer par la messagerie sécurisée.",
  "Les frais me semblent élevés par rapport à ce qui était annoncé.",
  "Le virement est parti lundi et n'est toujours pas arrivé.",
  "J'ai eu le même souci le mois dernier, ça s'est réglé en quarante-huit heures.",
  "Regardez dans les réglages de la carte, l'option est parfois désactivée.",
  "La grille tarifaire est disponible dans l'espace client, rubrique documents.",
  "Je confirme, le plafond peut être augmenté temporairement depuis l'appli.",
  "Attention aux SMS frauduleux qui imitent la banque, ne cliquez jamais sur les liens.",
  "Pour un crédit immobilier, comparez toujours le coût total et pas seulement le taux.",
  "L'assurance emprunteur peut être changée à tout moment depuis la loi Lemoine.",
  "Le livret est plafonné mais les intérêts continuent d'être versés.",
  "Merci pour vos réponses, c'est beaucoup plus clair maintenant.",
  "Je pense que la banque devrait mieux expliquer ces frais dans ses courriers.",
  "Les conseillers répondent en général sous vingt-quatre heures en semaine.",
];

function literalArray(values: string[]) {
  return sql.raw(`ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[]`);
}

export interface BenchSessions {
  /** A demo member who took part (marine@demo.confiance.example): the member scenarios read as her. */
  member: string;
  /** One session token per writer. */
  writers: string[];
}

/**
 * Builds the community if it is not there yet, then opens fresh sessions (sessions expire, the
 * data is kept between runs): the tokens are the session cookies' values.
 */
export async function generateCommunity(topicTarget: number, postTarget: number): Promise<BenchSessions> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: benchDataDir(topicTarget, postTarget),
    DEMO_CONTENT: "false",
    LOG_LEVEL: "warn",
  });
  const ctx = await createContext(config);
  try {
    await seedDemo(ctx);
    const { rows } = await ctx.database.pool.query("select count(*)::int as n from community_topics");
    if (rows[0].n >= topicTarget) console.log(`bench community already there (${rows[0].n} topics)`);
    else await writeCommunity(ctx, topicTarget, postTarget);
    await ensureWriters(ctx);
    // The sentiment of every post is recorded now, not by the app's catch-up schedule during the
    // first scenario (21,000 posts classified in the first minute would be counted as its cost).
    const classified = await backfillSentiment(ctx);
    if (classified > 0) console.log(`sentiment of ${classified} messages recorded`);
    return await openSessions(ctx);
  } finally {
    await closeContext(ctx);
  }
}

type Ctx = Awaited<ReturnType<typeof createContext>>;

async function writeCommunity(ctx: Ctx, topicTarget: number, postTarget: number): Promise<void> {
  const started = Date.now();
  const perTopic = Math.max(1, Math.round(postTarget / topicTarget));
  await ctx.db.execute(sql`select setseed(0.42)`);
  await ctx.db.execute(sql`
    insert into community_topics (category_id, author_id, kind, title, slug, created_at, last_posted_at)
    select c.id, a.id, case when g % 3 = 0 then 'discussion' else 'question' end,
           s.subject || ' : ' || e.ending || ' (' || g || ')',
           'sujet-' || g,
           now() - ((g + 10) || ' minutes')::interval, now() - ((g + 10) || ' minutes')::interval
      from generate_series(1, ${topicTarget}) g
      cross join lateral (select id from community_categories order by id offset (g % 7) limit 1) c
      cross join lateral (select id from accounts where role = 'member' order by id offset (g % 16) limit 1) a
      cross join lateral (select (${literalArray(SUBJECTS)})[1 + g % ${SUBJECTS.length}] as subject) s
      cross join lateral (select (${literalArray(ENDINGS)})[1 + (g / 7) % ${ENDINGS.length}] as ending) e
     where not exists (select 1 from community_topics where slug = 'sujet-' || g)`);
  console.log(`topics written in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // Posts per topic vary around the average (from 1 to twice it); every 100th topic has exactly 50.
  // A topic's posts are a minute apart, the last at the topic's time: none is dated in the future
  // (the sentiment's catch-up waits for a row to be five minutes old before moving past it, and
  // the newest topic is ten minutes old).
  await ctx.db.execute(sql`
    with t as (
      select id, created_at, row_number() over (order by id) as n from community_topics where slug like 'sujet-%'
    ), counts as (
      select id, created_at, case when n % 100 = 0 then 50 else 1 + (n * 7919) % (${perTopic * 2}) end as k from t
    )
    insert into community_posts (topic_id, author_id, position, body_markdown, body_html, created_at)
    select counts.id, a.id, p, body, '<p>' || body || '</p>', counts.created_at - ((counts.k - p) || ' minutes')::interval
      from counts
      cross join lateral generate_series(1, counts.k) p
      cross join lateral (select id from accounts order by id offset ((counts.id + p) % 22) limit 1) a
      cross join lateral (
        select string_agg((${literalArray(SENTENCES)})[1 + ((counts.id * 31 + p * 17 + i * 13) % ${SENTENCES.length})], ' ') as body
          from generate_series(1, 2 + (counts.id + p) % 7) i
      ) b`);
  await ctx.db.execute(sql`
    update community_topics t
       set reply_count = s.n - 1, created_at = s.first, last_posted_at = s.last
      from (select topic_id, count(*) as n, min(created_at) as first, max(created_at) as last
              from community_posts group by topic_id) s
     where s.topic_id = t.id and t.slug like 'sujet-%'`);
  await ctx.db.execute(sql`select community_refresh_topic_search(id) from community_topics`);
  await ctx.db.execute(sql`vacuum analyze`);
  const counts = await ctx.database.pool.query(
    "select (select count(*) from community_topics)::int as topics, (select count(*) from community_posts)::int as posts",
  );
  console.log(
    `bench community: ${counts.rows[0].topics} topics, ${counts.rows[0].posts} posts, built in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** The writers: verified members of three months (load.ts starts the app with HELD_FIRST_POSTS=0). */
async function ensureWriters(ctx: Ctx): Promise<void> {
  await ctx.db.execute(sql`
    insert into accounts (email, email_verified_at, display_name, password_hash, role, created_at)
    select 'ecrivain-' || g || '@bench.confiance.example', now() - interval '90 days',
           'Membre ' || g, null, 'member', now() - interval '90 days'
      from generate_series(1, ${BENCH_WRITERS}) g
    on conflict (email) do nothing`);
}

async function openSessions(ctx: Ctx): Promise<BenchSessions> {
  const now = new Date();
  const open = (accountId: number) =>
    openSession(ctx.db, now, {
      accountId,
      staff: false,
      complete: true,
      secondFactor: false,
      ipPrefix: null,
    });
  const { rows: member } = await ctx.database.pool.query(
    "select id from accounts where email = 'marine@demo.confiance.example'",
  );
  const { rows: writers } = await ctx.database.pool.query(
    "select id from accounts where email like 'ecrivain-%@bench.confiance.example' order by id",
  );
  // This run's sessions replace the last run's. Kept for a day, they had grown the table by 10,000
  // rows a run (830,000 rows and 251 MB after a day of runs), which each run copied and vacuumed;
  // the table is rewritten empty.
  await ctx.database.pool.query("delete from account_sessions");
  await ctx.database.pool.query("vacuum (full, analyze) account_sessions");
  const tokens: string[] = [];
  // Chunks of 100 at once: 10,000 sessions in a few seconds.
  for (let i = 0; i < writers.length; i += 100)
    tokens.push(
      ...(await Promise.all(
        writers.slice(i, i + 100).map(async (row) => (await open(Number(row.id))).token),
      )),
    );
  return { member: (await open(Number(member[0].id))).token, writers: tokens };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const topics = Number(process.argv[2] ?? 10_000);
  const posts = Number(process.argv[3] ?? 1_000_000);
  await generateCommunity(topics, posts);
}
