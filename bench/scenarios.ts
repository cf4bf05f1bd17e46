import { readdirSync, statSync } from "node:fs";
/**
 * The load scenarios of `npm run bench:load` (issue 17's table), each measured the same way:
 * autocannon for BENCH_SECONDS, then req/s, p50, p99, CPU per request (app, PostgreSQL) and RSS.
 */
import type { IncomingHttpHeaders } from "node:http";
import autocannon from "autocannon";
import type { BenchSessions } from "./generate.ts";
import { type Reading, readProcess } from "./process-meter.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WRITE_RUNS = Number(process.env.BENCH_WRITE_RUNS ?? 10);
const SESSION_COOKIE = "confiance_session";
const IDLE_BEFORE_RSS_MS = 10_000;
/** Numbers the replies; it starts where no earlier run's texts were (they would count as repeated). */
let sequence = Date.now() % 1_000_000_000;

export interface Target {
  base: string;
  /** Generated topics' addresses, from the sitemap. */
  topicPaths: string[];
  sessions: BenchSessions;
  /** The app process. */
  pid: number;
  /** The app takes a heap snapshot on SIGUSR2 into bench/out/heap (`--heap`). */
  heapSnapshots?: boolean;
  /** E-mails the app has handed to the bench's relay so far. */
  mailsRelayed: () => number;
  /** Still owed: posts whose e-mails are not composed yet, messages not sent yet. */
  mailsOwed: () => Promise<number>;
  /** Autovacuum's passes over the database's tables so far. */
  autovacuums: () => Promise<number>;
}

interface Scenario {
  name: string;
  run(target: Target): Promise<string[]>;
}

type Options = Partial<autocannon.Options>;

/**
 * Runs autocannon and describes the run: throughput, latency, what each request cost, and the
 * share of pages served from the kept pages (their `x-confiance-cache: hit` header).
 */
async function measure(
  target: Target,
  options: Options,
): Promise<{ line: string; result: autocannon.Result }> {
  const kept = { hits: 0, all: 0 };
  const requests = (options.requests ?? [{ method: "GET" as const }]).map((request) => ({
    ...request,
    onResponse: (status: number, body: string, context: object, headers?: IncomingHttpHeaders) => {
      kept.all++;
      if (headers?.["x-confiance-cache"] === "hit") kept.hits++;
      if (typeof request.onResponse === "function") request.onResponse(status, body, context, headers);
    },
  }));
  const before = readProcess(target.pid);
  const result = await autocannon({
    url: target.base,
    duration: SECONDS,
    connections: 20,
    ...options,
    requests,
  });
  const after = readProcess(target.pid);
  return { line: `${describe(result, before, after)}; ${percent(kept.hits, kept.all)} kept`, result };
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / Math.max(1, whole))} %`;

function describe(result: autocannon.Result, before: Reading, after: Reading): string {
  const bad = result.errors + result.timeouts + result.non2xx;
  const perRequest = (seconds: number) => ((seconds * 1000) / Math.max(1, result.requests.total)).toFixed(2);
  return (
    `${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
    `CPU per request ${perRequest(after.appCpu - before.appCpu)} ms app + ${perRequest(after.databaseCpu - before.databaseCpu)} ms PostgreSQL; ` +
    `RSS ${before.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB` +
    (bad ? `; ${bad} not 2xx or failed` : "")
  );
}

const member = (target: Target) => ({ cookie: `${SESSION_COOKIE}=${target.sessions.member}` });
/**
 * A topic of 20 posts, the page: bench/generate.ts gives topic n 1 + (7919 n mod 2k)
 * posts for an average of k, so topic 21 has 20 when k is 20. (Every 100th topic has 50.)
 */
const hotTopic = (target: Target) => target.topicPaths.find((path) => path.startsWith("/t/sujet-21/"))!;
/** Each path twenty times, each time with a parameter the page ignores: 20 addresses per path. */
const everyAddressNew = (paths: string[]) =>
  Array.from({ length: 20 }, (_, round) => paths.map((path) => `${path}?n=${round}`)).flat();
/**
 * The paths in turn, shared by all the connections (autocannon gives each connection its own walk
 * through a list of requests: twenty connections would ask for the same page at nearly the same
 * time, and all but the first would be served from the kept pages).
 */
const rotate = (paths: string[], headers: Record<string, string> = {}): Options => {
  let next = 0;
  return {
    requests: [
      {
        method: "GET" as const,
        headers,
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
      },
    ],
  };
};

export const SCENARIOS: Scenario[] = [
  {
    name: "visitor-hot",
    async run(target) {
      return [
        `visitor, hot topic (kept page): ${(await measure(target, { url: target.base + hotTopic(target) })).line}`,
      ];
    },
  },
  {
    name: "visitor-500",
    async run(target) {
      // A parameter the page ignores makes every address new: nothing kept, each page rendered
      // (500 pages of 30 KB would fit in the 16 MB of kept pages).
      const { line } = await measure(target, rotate(everyAddressNew(target.topicPaths.slice(0, 500))));
      return [`visitor, 500 different topics (rendered): ${line}`];
    },
  },
  {
    name: "visitor-category",
    async run(target) {
      // A parameter the page ignores makes every address new: nothing kept, each listing rendered.
      const paths = Array.from({ length: 5000 }, (_, i) => `/c/frais-bancaires?n=${i}`);
      const { line } = await measure(target, rotate(paths));
      return [`visitor, category listing (rendered): ${line}`];
    },
  },
  {
    name: "member",
    async run(target) {
      const { line } = await measure(target, rotate([hotTopic(target)], member(target)));
      return [`signed-in member reading a topic: ${line}`];
    },
  },
  {
    name: "member-500",
    async run(target) {
      const { line } = await measure(target, rotate(target.topicPaths.slice(0, 500), member(target)));
      return [`signed-in member, 500 different topics: ${line}`];
    },
  },
  {
    name: "member-search",
    async run(target) {
      const { line } = await measure(target, rotate(["/recherche?q=carte"], member(target)));
      return [`member searching "carte": ${line}`];
    },
  },
  {
    name: "active",
    async run(target) {
      // One reply a second, each to a different topic, while visitors read a hot topic.
      const csrf = await csrfOf(target);
      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          const others = target.topicPaths.filter((path) => path !== hotTopic(target));
          const path = others[(written * 37) % others.length]!;
          await postReply(
            target,
            csrf,
            target.sessions.writers[written % target.sessions.writers.length]!,
            path,
            written,
          );
          written++;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      })();
      const { line, result } = await measure(target, { url: target.base + hotTopic(target) });
      writing = false;
      await writer;
      const kept = result.statusCodeStats?.["200"]?.count ?? 0;
      return [
        `visitor, hot topic, one reply a second elsewhere (${written} replies): ${line}; ${kept} pages served`,
      ];
    },
  },
  {
    name: "writes",
    async run(target) {
      const csrf = await csrfOf(target);
      const lines: string[] = [];
      let replies = 0;
      for (let run = 1; run <= WRITE_RUNS; run++) {
        let published = 0;
        let held = 0;
        const vacuumedBefore = await target.autovacuums();
        const { line, result } = await measure(target, {
          connections: 5,
          requests: [
            {
              method: "POST",
              setupRequest: (request) => {
                const n = sequence++;
                const writer = target.sessions.writers[n % target.sessions.writers.length]!;
                const topic = target.topicPaths[(n * 7919) % target.topicPaths.length]!;
                return { ...request, ...replyRequest(csrf, writer, topic, n) };
              },
              onResponse: (status, _body, _context, headers) => {
                if (status !== 303 && status !== 302) return;
                if (String(headers?.location ?? "").includes("#")) published++;
                else held++;
              },
            },
          ],
        });
        const accepted = (published / SECONDS).toFixed(0);
        // RSS right after a run depends on when the collector last ran; after a few idle seconds
        // V8 has shrunk what it can, and runs compare.
        await new Promise((resolve) => setTimeout(resolve, IDLE_BEFORE_RSS_MS));
        const idle = readProcess(target.pid).rssMb.toFixed(0);
        const vacuumed = (await target.autovacuums()) - vacuumedBefore;
        replies += published;
        if (target.heapSnapshots && (run === 1 || run === WRITE_RUNS)) lines.push(await heapSnapshot(target));
        lines.push(
          `replies, 5 connections, run ${run}: ${accepted} published/s (${held} held); ${line.replace(/; \d+ not 2xx or failed/, "")}; RSS ${idle} MB ${IDLE_BEFORE_RSS_MS / 1000} s later; ${target.mailsRelayed()} e-mails relayed for ${replies} replies so far, ${await target.mailsOwed()} still owed (posts not told, messages not sent); ${vacuumed} autovacuum passes during the run and the idle seconds after`,
        );
        if (result.errors + result.timeouts > 0)
          lines.push(`  ${result.errors} errors, ${result.timeouts} timeouts`);
      }
      return lines;
    },
  },
];

interface Csrf {
  cookie: string;
  token: string;
}

/** A CSRF cookie and a token for it, from a topic page a member sees (it holds the reply form). */
async function csrfOf(target: Target): Promise<Csrf> {
  const response = await fetch(target.base + hotTopic(target), {
    headers: { cookie: `${SESSION_COOKIE}=${target.sessions.writers[0]}` },
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .find((pair) => pair.startsWith("csrf="));
  const token = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1];
  if (!cookie || !token) throw new Error("No CSRF token on a member's topic page");
  return { cookie, token };
}

function topicId(path: string): string {
  return path.split("/")[3]!.split("?")[0]!;
}

const OPENINGS = [
  "Merci pour ces explications",
  "Bonne question, j'ai eu le même souci",
  "De mon côté l'application affiche autre chose",
  "Mon conseiller m'a répondu la même chose",
  "J'ai vérifié dans l'espace client",
  "Attention aux frais cachés",
];
const CLOSINGS = [
  "je reviens vers vous ce soir.",
  "je vous tiens au courant.",
  "je vais appeler l'agence demain.",
  "je testerai après la mise à jour.",
];

/** One word for each base-26 digit: words, not letters, as the fingerprint folds look-alike letters. */
const REFERENCE_WORDS = (
  "agence banque carte dossier épargne frais guichet habitat intérêt justificatif livret mandat " +
  "notaire ordre prêt quittance relevé solde taux usage virement assurance chéquier découvert " +
  "échéance facture"
).split(" ");

/**
 * A reply no other writer sent: moderation holds a text repeated across accounts as spam, and
 * its fingerprint ignores digits, so the number is spelt in words.
 */
function replyText(n: number): string {
  const words = n
    .toString(26)
    .split("")
    .map((digit) => REFERENCE_WORDS[Number.parseInt(digit, 26)]);
  return `${OPENINGS[n % OPENINGS.length]}, ${CLOSINGS[(n >> 3) % CLOSINGS.length]} Référence : ${words.join(" ")}.`;
}

function replyRequest(csrf: Csrf, writer: string, topicPath: string, n: number) {
  return {
    method: "POST" as const,
    path: `/t/${topicId(topicPath)}/repondre`,
    headers: {
      cookie: `${SESSION_COOKIE}=${writer}; ${csrf.cookie}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ _csrf: csrf.token, body: replyText(n) }).toString(),
  };
}

async function postReply(target: Target, csrf: Csrf, writer: string, topicPath: string, n: number) {
  const request = replyRequest(csrf, writer, topicPath, n);
  await fetch(target.base + request.path, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    redirect: "manual",
  });
}

/**
 * Asks the app for a heap snapshot (it collects garbage first, so the snapshot holds what stays
 * alive) and waits until it is written; the line names the file and its size. Chrome's memory
 * tools open it; summing its nodes' self sizes gives the live heap.
 */
async function heapSnapshot(target: Target): Promise<string> {
  const dir = "bench/out/heap";
  const before = new Set(readdirSync(dir));
  process.kill(target.pid, "SIGUSR2");
  for (let waited = 0; waited < 120_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const written = readdirSync(dir).find((name) => !before.has(name));
    if (!written) continue;
    const size = statSync(`${dir}/${written}`).size;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Written at the end: an empty file is not finished yet.
    if (size > 0 && statSync(`${dir}/${written}`).size === size)
      return `  heap snapshot: ${dir}/${written} (${(size / 2 ** 20).toFixed(0)} MB on disk)`;
  }
  return "  heap snapshot: not written within two minutes";
}
