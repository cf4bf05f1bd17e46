/**
 * `npm run bench:load`: the community under load, against the large community built by
 * bench/generate.ts. It starts the built app (what `npm start` runs) on that data, then runs
 * autocannon scenarios at 20 connections. Both run on this machine, so the load generator takes
 * CPU from the server: the figures are a floor, not a ceiling.
 */
import { execFileSync, spawn } from "node:child_process";
import net from "node:net";
import os from "node:os";
import autocannon from "autocannon";
import { BENCH_DATA_DIR, generateCommunity } from "./generate.ts";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 20;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function run(title: string, url: string | string[], budget: string, connections = CONNECTIONS) {
  const result = await autocannon({
    ...(Array.isArray(url)
      ? { url: url[0]!, requests: url.map((u) => ({ path: new URL(u).pathname + new URL(u).search })) }
      : { url }),
    connections,
    duration: DURATION_S,
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title}: ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms` +
      `${bad ? `, ${bad} failed` : ""} (budget: ${budget})`,
  );
}

await generateCommunity(10_000, 1_000_000);
execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
const port = await freePort();
const server = spawn(process.execPath, ["dist/main.js", "serve"], {
  env: {
    ...process.env,
    DATA_DIR: BENCH_DATA_DIR,
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    LOG_LEVEL: "warn",
    DEMO_CONTENT: "false",
    // One address sends every request here: the per-address limit would answer 429s.
    RATE_LIMIT_PER_MINUTE: "10000000",
  },
  stdio: ["ignore", "inherit", "inherit"],
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
  // Every 100th generated topic has exactly 50 posts: "sujet-100" is the first.
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const topic = /<loc>https?:\/\/[^/]+(\/t\/sujet-100\/\d+)<\/loc>/.exec(sitemap)?.[1];
  if (!topic) throw new Error("No 50-post topic found in the sitemap");
  const posts = ((await (await fetch(base + topic)).text()).match(/class="post[ "]/g) ?? []).length;
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}; ${DURATION_S} s per scenario, ${CONNECTIONS} connections`,
  );
  await run(`topic page with ${posts} posts, anonymous`, base + topic, "≥ 1,000 req/s, p99 < 100 ms");
  await run("category listing, anonymous", `${base}/c/frais-bancaires`, "—");
  const queries = [
    "frais bancaires",
    "credit immobilier",
    "opposition carte",
    "assurance",
    "virement instantane",
    "livret plafond",
  ];
  await run(
    "search over the whole community, six queries in turn (kept pages served after the first)",
    queries.map((q) => `${base}/recherche?q=${encodeURIComponent(q)}`),
    "p95 < 100 ms",
  );
  // A parameter the page ignores makes every address new: nothing kept, every search runs.
  await run(
    "search, every request computed (no kept page)",
    Array.from(
      { length: 3000 },
      (_, i) => `${base}/recherche?q=${encodeURIComponent(queries[i % queries.length]!)}&n=${i}`,
    ),
    "p95 < 100 ms",
  );
  // The budget names no concurrency for search: one person searching at a time, nothing kept.
  await run(
    "search, one connection, every request computed (no kept page)",
    Array.from(
      { length: 3000 },
      (_, i) => `${base}/recherche?q=${encodeURIComponent(queries[i % queries.length]!)}&solo=${i}`,
    ),
    "p95 < 100 ms",
    1,
  );
  await run(
    "topic pages, 2,000 different topics (mostly rendered, not kept)",
    [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/t\/[^<]+)<\/loc>/g)].slice(0, 2000).map((m) => base + m[1]),
    "—",
  );
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.on("exit", resolve));
}
