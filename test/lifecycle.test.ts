import assert from "node:assert/strict";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

/**
 * `npm start` as an operator runs it: the built bundle in a real process, an embedded
 * PostgreSQL, signals.
 */

const dataDir = mkdtempSync(path.join(tmpdir(), "confiance-lifecycle-"));
before(() => execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" }));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function serve(env: Record<string, string>): Running {
  let output = "";
  const child = spawn(process.execPath, ["dist/main.js", "serve"], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function ready(running: Running): Promise<void> {
  for (let i = 0; i < 600 && !running.output().includes("Confiance is ready"); i++) {
    if (running.child.exitCode !== null) throw new Error(`serve exited early: ${running.output()}`);
    await new Promise((r) => setTimeout(r, 100));
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

describe("the server process", { skip: process.platform !== "linux" ? "reads /proc" : false }, () => {
  test("starts on a fresh folder, answers, and stops on SIGTERM leaving no PostgreSQL behind", async () => {
    const port = await freePort();
    const running = serve({ PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await ready(running);
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(response.status, 200);
    assert.ok(postgresProcessesFor(dataDir).length > 0, "the embedded PostgreSQL runs");
    running.child.kill("SIGTERM");
    assert.equal(await running.exited, 0);
    assert.deepEqual(postgresProcessesFor(dataDir), [], "no orphan postgres");
  });

  test("recovers from a stale postmaster.pid left by a crash", async () => {
    // A pid file naming a live process that is not PostgreSQL (this test runner), as after a crash in a container.
    writeFileSync(path.join(dataDir, "postgres", "postmaster.pid"), `${process.pid}\n${dataDir}/postgres\n`);
    const port = await freePort();
    const running = serve({ PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
    await ready(running);
    running.child.kill("SIGINT");
    assert.equal(await running.exited, 0);
    assert.deepEqual(postgresProcessesFor(dataDir), []);
  });

  test("a port already in use stops it with one clear sentence", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "0.0.0.0", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const web = serve({ PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) });
      assert.equal(await web.exited, 78);
      assert.match(
        web.output(),
        new RegExp(`Confiance cannot start: Port ${port} is already in use: set PORT`),
      );
      const database = serve({ PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(port) });
      assert.equal(await database.exited, 78);
      assert.match(database.output(), /embedded PostgreSQL cannot start: set EMBEDDED_POSTGRES_PORT/);
      assert.deepEqual(postgresProcessesFor(dataDir), []);
    } finally {
      blocker.close();
    }
  });

  test("a wrong setting stops it before anything starts, naming the variable", async () => {
    const running = serve({ PORT: "quatre-vingts" });
    assert.equal(await running.exited, 78);
    assert.match(running.output(), /Confiance cannot start: PORT must be a whole number between 1 and 65535/);
  });
});
