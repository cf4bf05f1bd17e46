/**
 * `npm run bench`: measures what the foundation's budget covers (ARCHITECTURE.md):
 * start-up time to the first answer with the embedded database already initialised, and the
 * app process's memory when idle. Load scenarios join this script with the community.
 * Figures go to docs/performance.md by hand, with the machine they were measured on.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startOnce(
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<{ firstResponseMs: number; busyRssMb: number; idleRssMb: number }> {
  const port = await freePort();
  const started = performance.now();
  // What `npm start` runs: the bundle built by `npm run build`.
  const child = spawn(process.execPath, ["dist/main.js", "serve"], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      LOG_LEVEL: "warn",
      ...extraEnv,
    },
    stdio: "ignore",
  });
  let firstResponseMs = Number.NaN;
  // A first start creates the database and writes the demo: up to two minutes.
  while (performance.now() - started < 120_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) {
        firstResponseMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  // A few pages so the rendering code is loaded, then idle.
  for (const page of ["/", "/connexion", "/inscription", "/accessibilite"])
    await fetch(`http://127.0.0.1:${port}${page}`);
  const rss = () =>
    Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]) / 1024;
  await new Promise((r) => setTimeout(r, 5000));
  const busyRssMb = rss();
  // Idle: V8 gives back what start-up used once nothing has happened for a while (its memory
  // reducer runs after some twenty seconds without work).
  await new Promise((r) => setTimeout(r, 25_000));
  const idleRssMb = rss();
  child.kill("SIGTERM");
  await new Promise((resolve) => child.on("exit", resolve));
  return { firstResponseMs, busyRssMb, idleRssMb };
}

execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
const dataDir = mkdtempSync(path.join(os.tmpdir(), "confiance-bench-"));
try {
  const first = await startOnce(dataDir);
  console.log(`first start (initdb included): ${first.firstResponseMs.toFixed(0)} ms to the first page`);
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await startOnce(dataDir));
  const times = runs.map((r) => r.firstResponseMs).sort((a, b) => a - b);
  const rss = runs.map((r) => r.idleRssMb).sort((a, b) => a - b);
  const busy = runs.map((r) => r.busyRssMb).sort((a, b) => a - b);
  console.log(
    `start-up, database initialised (5 runs): median ${times[2]!.toFixed(0)} ms, max ${times[4]!.toFixed(0)} ms (budget < 3000 ms)`,
  );
  console.log(
    `idle app process RSS, demo Mailbox on, 30 s after the first pages: median ${rss[2]!.toFixed(0)} MB, max ${rss[4]!.toFixed(0)} MB (budget < 150 MB, PostgreSQL excluded); 5 s after: median ${busy[2]!.toFixed(0)} MB`,
  );
  // With SMTP_URL set (production) the built-in SMTP server and MIME parser are never loaded.
  const production = await startOnce(dataDir, { SMTP_URL: "smtp://127.0.0.1:2525" });
  console.log(
    `idle app process RSS, SMTP_URL set: ${production.idleRssMb.toFixed(0)} MB 30 s after, ${production.busyRssMb.toFixed(0)} MB 5 s after`,
  );
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
