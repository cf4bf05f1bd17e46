import assert from "node:assert/strict";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, type TestContext, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * `npm start` as an operator runs it: the built bundle in a real process, an embedded
 * PostgreSQL, signals, crashes. Every process a test starts is killed when the test ends,
 * passed or failed, and no PostgreSQL outlives the file.
 *
 * Each test has its own timeout, fitting the servers it starts, so that a hang fails by name;
 * test/run.ts gives this file as a whole their sum and the build's (ALONE_FILE_TIMEOUT_MS).
 */

const dataDir = mkdtempSync(path.join(tmpdir(), "confiance-lifecycle-"));
before(() => execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" }), { timeout: 180_000 });
after(async () => {
  for (const pid of postmastersFor(dataDir)) process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && postmastersFor(dataDir).length > 0; i++) await sleep(100);
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * A port free now, outside the range the system hands out to outgoing connections (32768–60999
 * on Linux): the first start listens only minutes after its port is chosen, and a port the system
 * chose was by then often the source port of some other test's connection on the machine.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * 20_000);
    if (await canListen(port)) return port;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(t: TestContext, args: string[], env: Record<string, string>, stdin?: string): Running {
  let output = "";
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, args, {
    env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: "info", ...env },
    stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  child.stdin?.end(stdin);
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  // Passed or failed, the process goes: asked first (it then stops its PostgreSQL), then killed.
  t.after(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  });
  return { child, output: () => output, exited };
}

function serve(t: TestContext, env: Record<string, string>): Running {
  return run(t, ["dist/main.js", "serve"], env);
}

/** A command as a newcomer types it (`npx confiance …`), on the same DATA_DIR. */
function confiance(t: TestContext, args: string[], stdin?: string): Running {
  return run(t, ["bin/confiance.js", ...args], {}, stdin);
}

/**
 * The process's exit code, checked; when it is not the one expected, the failure shows everything
 * the process wrote (stdout and stderr), which is how a flaky exit gets diagnosed.
 */
async function exits(running: Running, expected: number): Promise<void> {
  const code = await running.exited;
  if (code !== expected)
    assert.fail(
      `exited ${code} (signal ${running.child.signalCode ?? "none"}), expected ${expected}; its output:\n${running.output()}`,
    );
}

async function ready(running: Running, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 10 && !running.output().includes("Confiance is ready"); i++) {
    if (running.child.exitCode !== null) throw new Error(`serve exited early: ${running.output()}`);
    await sleep(100);
  }
  assert.match(running.output(), /Confiance is ready/);
}

/** PostgreSQL server processes whose command line names this data folder. */
function postgresProcessesFor(folder: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function postmastersFor(folder: string): number[] {
  return postgresProcessesFor(folder).filter((pid) =>
    readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes("-D"),
  );
}

/** The running server's pid and port, as PostgreSQL writes them in its lock file. */
function postmaster(): { pid: number; port: number } {
  const lines = readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
}

async function until(what: string, check: () => Promise<boolean> | boolean, seconds = 20): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await check()) return;
    await sleep(100);
  }
  assert.fail(`timed out waiting until ${what}`);
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

describe("the server process", { skip: process.platform !== "linux" ? "reads /proc" : false }, () => {
  test("starts on a fresh folder saying what it does, answers, and stops on SIGTERM leaving no PostgreSQL behind", {
    timeout: 360_000,
  }, async (t) => {
    const port = await freePort();
    const running = serve(t, { PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    // The first start writes the whole demo community: minutes on a busy 2-core machine.
    await ready(running, 300);
    // A newcomer's console is never silent for long on the first start.
    for (const step of [
      /Creating the embedded PostgreSQL in .* \(first start only\)/,
      /Embedded PostgreSQL created \(\d+\.\d s\)/,
      /Database schema: \d+ migrations applied/,
      /Loading the demo community \(first start only\): \d+ people, \d+ conversations/,
      /Demo: 50 of \d+ conversations written/,
      /Demo community loaded: \d+ people, \d+ topics, \d+ posts in \d+\.\d s/,
    ])
      assert.match(running.output(), step);
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(response.status, 200);
    assert.ok(postgresProcessesFor(dataDir).length > 0, "the embedded PostgreSQL runs");
    running.child.kill("SIGTERM");
    await exits(running, 0);
    assert.deepEqual(postgresProcessesFor(dataDir), [], "no orphan postgres");
  });

  test("recovers from a stale postmaster.pid left by a crash", { timeout: 120_000 }, async (t) => {
    // A pid file naming a live process that is not PostgreSQL (this test runner), as after a crash in a container.
    writeFileSync(path.join(dataDir, "postgres", "postmaster.pid"), `${process.pid}\n${dataDir}/postgres\n`);
    const port = await freePort();
    const running = serve(t, { PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await ready(running);
    // The second start neither creates, migrates nor loads anything.
    assert.doesNotMatch(running.output(), /Creating the embedded|migrations applied|Loading the demo/);
    running.child.kill("SIGINT");
    await exits(running, 0);
    assert.deepEqual(postgresProcessesFor(dataDir), []);
  });

  test("after kill -9 of the app, the next start stops the PostgreSQL it orphaned and starts", {
    timeout: 180_000,
  }, async (t) => {
    const env = { PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    const crashed = serve(t, env);
    await ready(crashed);
    const orphan = postmaster().pid;
    crashed.child.kill("SIGKILL");
    await crashed.exited;
    assert.ok(alive(orphan), "PostgreSQL outlives its owner's kill -9 (the situation to recover from)");

    const next = serve(t, env);
    await ready(next);
    assert.match(
      next.output(),
      new RegExp(`PostgreSQL \\(pid ${orphan}\\) was left running .*: stopping it first`),
    );
    assert.ok(!alive(orphan), "the orphan is gone");
    assert.equal(await status(`http://127.0.0.1:${env.PORT}/readyz`), 200);
    next.child.kill("SIGTERM");
    await exits(next, 0);
    assert.deepEqual(postgresProcessesFor(dataDir), []);
  });

  test("commands run beside the server on its PostgreSQL; a second server on the same folder is refused", {
    timeout: 180_000,
  }, async (t) => {
    const port = await freePort();
    // The commands are not told this port: they read it from the data folder.
    const server = serve(t, { PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await ready(server);
    const postgres = postmaster().pid;

    const admin = confiance(
      t,
      ["create-admin", "--email", "dsi@banque.example", "--name", "DSI"],
      "une phrase vraiment secrète\n",
    );
    await exits(admin, 0);
    assert.match(admin.output(), /Administrator created: dsi@banque.example/);
    const verify = confiance(t, ["audit-verify"]);
    await exits(verify, 0);
    assert.match(verify.output(), /Audit log intact: \d+ entries checked/);
    const totp = confiance(t, ["totp", "karim.communaute@demo.confiance.example"]);
    await exits(totp, 0);
    assert.match(totp.output(), /^\d{6}\n$/);

    const second = serve(t, {
      PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    });
    await exits(second, 78);
    assert.match(
      second.output(),
      new RegExp(`Another Confiance process \\(pid ${server.child.pid}\\) is already running`),
    );

    // The server and its PostgreSQL are untouched by all of this.
    assert.equal(postmaster().pid, postgres);
    assert.equal(await status(`http://127.0.0.1:${port}/readyz`), 200);
    server.child.kill("SIGTERM");
    await exits(server, 0);
    assert.deepEqual(postgresProcessesFor(dataDir), []);
  });

  test("PostgreSQL killed under the app: translated 503s meanwhile, restarted; when it cannot restart, the app exits non-zero", {
    timeout: 180_000,
  }, async (t) => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = serve(t, { PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await ready(server);
    const session = { cookie: "confiance_session=some-token" };

    // Kill PostgreSQL, and keep it from coming back at once: its port is taken by a socket that
    // hangs up on every connection.
    const killAndBlock = async () => {
      const { pid, port: databasePort } = postmaster();
      process.kill(pid, "SIGKILL");
      const blocker = net.createServer((socket) => socket.destroy());
      t.after(() => blocker.close());
      await until("the database port is free", async () => {
        try {
          await new Promise<void>((resolve, reject) => {
            blocker.once("error", reject);
            blocker.listen(databasePort, "127.0.0.1", () => resolve());
          });
          return true;
        } catch {
          return false;
        }
      });
      return blocker;
    };

    const blocker = await killAndBlock();
    // Within seconds; on a machine loaded by the whole suite, noticing can take longer than 5.
    await until("/healthz says the truth", async () => (await status(`${base}/healthz`)) === 503);
    assert.equal(await status(`${base}/readyz`), 503);
    const page = await fetch(`${base}/`, { headers: session });
    assert.equal(page.status, 503);
    assert.ok(page.headers.get("retry-after"));
    assert.match(await page.text(), /Service momentanément indisponible/);
    const english = await fetch(`${base}/`, { headers: { ...session, "accept-language": "en" } });
    assert.equal(english.status, 503);
    assert.match(await english.text(), /Service briefly unavailable/);
    const api = await fetch(`${base}/api/v1/me`, { headers: session });
    assert.equal(api.status, 503);
    assert.match(api.headers.get("content-type") ?? "", /^application\/problem\+json/);
    assert.equal(((await api.json()) as { type: string }).type, "about:blank#database_unavailable");

    blocker.close();
    await until("the app is ready again", async () => (await status(`${base}/readyz`)) === 200);
    assert.equal(await status(`${base}/healthz`), 200);
    assert.equal(await status(`${base}/`), 200);
    assert.match(server.output(), /The embedded PostgreSQL is running again/);

    // This time PostgreSQL cannot come back: the app says why and exits for its supervisor.
    await killAndBlock();
    await exits(server, 69);
    assert.match(server.output(), /Confiance stops: the embedded PostgreSQL stopped .* did not restart/);
    assert.deepEqual(postgresProcessesFor(dataDir), []);
  });

  test("a port already in use stops it with one clear sentence", { timeout: 120_000 }, async (t) => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "0.0.0.0", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    t.after(() => blocker.close());
    const web = serve(t, { PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await exits(web, 78);
    assert.match(
      web.output(),
      new RegExp(`Confiance cannot start: Port ${port} is already in use: set PORT`),
    );
    const database = serve(t, { PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(port) });
    await exits(database, 78);
    assert.match(database.output(), /embedded PostgreSQL cannot start: set EMBEDDED_POSTGRES_PORT/);
    assert.deepEqual(postgresProcessesFor(dataDir), []);
  });

  test("a wrong setting stops it before anything starts, naming the variable", {
    timeout: 60_000,
  }, async (t) => {
    const running = serve(t, { PORT: "quatre-vingts" });
    await exits(running, 78);
    assert.match(running.output(), /Confiance cannot start: PORT must be a whole number between 1 and 65535/);
  });
});
