/**
 * What a running app costs, read from /proc (Linux): CPU seconds of the app process and of its
 * embedded PostgreSQL (every process below it), and the app's resident memory.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

interface Stat {
  pid: number;
  ppid: number;
  cpuSeconds: number;
}

function statOf(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { pid, ppid: Number(fields[1]), cpuSeconds: ticks / TICKS_PER_SECOND };
  } catch {
    return undefined; // the process ended meanwhile
  }
}

function allProcesses(): Stat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => statOf(Number(name)))
    .filter((stat): stat is Stat => stat !== undefined);
}

export interface Reading {
  appCpu: number;
  databaseCpu: number;
  rssMb: number;
}

/** CPU seconds so far (the app's own, then its descendants'), and the app's RSS now. */
export function readProcess(appPid: number): Reading {
  const processes = allProcesses();
  const children = new Map<number, Stat[]>();
  for (const stat of processes) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let databaseCpu = 0;
  const stack = [...(children.get(appPid) ?? [])];
  while (stack.length > 0) {
    const stat = stack.pop()!;
    databaseCpu += stat.cpuSeconds;
    stack.push(...(children.get(stat.pid) ?? []));
  }
  const status = readFileSync(`/proc/${appPid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { appCpu: statOf(appPid)?.cpuSeconds ?? 0, databaseCpu, rssMb: rssKb / 1024 };
}
