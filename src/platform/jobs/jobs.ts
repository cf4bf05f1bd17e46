import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import PgBoss from "pg-boss";
import { type Db, isDatabaseUnavailable } from "../../db/connect.ts";
import { executeNamed, positional } from "../../db/prepared.ts";
import { isJobOutcome, NOTHING_RECORDED } from "./job-outcome.ts";

/**
 * Background jobs on the same PostgreSQL, through pg-boss 10 (the last major that runs on
 * Node 20): retries with back-off, delayed starts, cron schedules, and exactly-once pick-up
 * across instances. pg-boss uses our connection pool and keeps its tables in the `pgboss`
 * schema. It starts on first use, so processes that never queue a job never create it.
 */
export interface JobRun {
  /** 0 on the first run, then 1, 2… on each retry. */
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (data: T, run: JobRun) => Promise<void>;

export interface QueueOptions {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

/** Work that runs by the calendar, once per cluster whatever the number of instances. */
export interface ScheduledJob {
  /** The pg-boss queue and schedule name. */
  name: string;
  /** A cron expression read in Paris time (minute hour day month weekday). */
  cron: string;
  run(): Promise<unknown>;
}

/** How often a scheduled job's queue is asked for the job its schedule created (see `schedule`). */
const SCHEDULE_POLL_SECONDS = 10;

/** Every schedule is read in the bank's time zone: "7 a.m." stays 7 a.m. across daylight saving. */
export const SCHEDULE_TIME_ZONE = "Europe/Paris";

export interface WorkOptions {
  /** How often an idle queue is asked for jobs, in seconds (1 unless told). */
  pollSeconds?: number;
  /** How many jobs one fetch takes (1 unless told). */
  batchSize?: number;
}

/** Something that runs SQL: the database, or a transaction in progress. */
export type SqlExecutor = Pick<Db, "execute">;

/**
 * pg-boss's statements with parameters run prepared under a name drawn from their text, so that
 * PostgreSQL plans each once per connection: sending a job planned its insert into the
 * partitioned job table on every post, and a worker's fetch as often. pg-boss writes a fixed set
 * of texts; a text never seen before past that set still runs, unnamed.
 */
const PREPARED_LIMIT = 200;
const statementNames = new Map<string, string>();

/**
 * `way`: "pool" for pg-boss's own statements, "within" for a send in our transaction, which
 * drizzle numbers its own way: the same text then differs, and a name stands for one text.
 */
function statementName(text: string, way: "pool" | "within"): string | undefined {
  const key = `${way} ${text}`;
  let name = statementNames.get(key);
  if (name === undefined && statementNames.size < PREPARED_LIMIT) {
    name = `pgboss_${way}_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    statementNames.set(key, name);
  }
  return name;
}

/**
 * The queues a job is written to inside a transaction (sendWithin), declared as their modules
 * load. pg-boss adds a queue as a partition of its job table, and a transaction that already
 * wrote a job does not see a partition added since: these queues are created as pg-boss starts,
 * before any transaction can write a job, and sendWithin refuses a queue not declared.
 */
const declaredQueues = new Map<string, QueueOptions>();

/** Declares a queue jobs are written to in transactions (see above); returns its name. */
export function declareQueue(name: string, options: QueueOptions): string {
  declaredQueues.set(name, options);
  return name;
}

/** How long a stop waits for the jobs in hand before the process goes on closing. */
const STOP_WITHIN_MS = 10_000;

export class Jobs {
  private starting: Promise<PgBoss> | undefined;
  private readonly queues = new Map<string, Promise<void>>();
  /** pg-boss's statements and our handlers' runs not finished yet: a stop waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly onError: (error: unknown) => void,
    private readonly stopWithinMs = STOP_WITHIN_MS,
  ) {}

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    work.then(
      () => this.inFlight.delete(work),
      () => this.inFlight.delete(work),
    );
    return work;
  }

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({
        db: { executeSql: (text, values) => this.executeSql(text, values) },
        schema: "pgboss",
      });
      boss.on("error", this.onError);
      await boss.start();
      await Promise.all([...declaredQueues].map(([name, options]) => this.created(boss, name, options)));
      return boss;
    })();
    return this.starting;
  }

  private executeSql(text: string, values: unknown[] | undefined): Promise<{ rows: unknown[] }> {
    return this.track(this.runSql(text, values));
  }

  /**
   * pg-boss's statements on our pool. A job's outcome that cannot be recorded because the
   * database is away, or because the process stopped before the job ended (its pool closed), is
   * reported, not thrown: pg-boss would not catch it (see job-outcome.ts). The job stays as it
   * was: active until its expiry passes, when pg-boss's maintenance counts it as failed and tries
   * it again while it has tries left, as after a crash of the process that ran it (or already
   * failed, to be tried again, by a stop whose wait ran out).
   */
  private async runSql(text: string, values: unknown[] | undefined): Promise<{ rows: unknown[] }> {
    try {
      // Without parameters a text may hold several statements (the schema's creation): those run
      // as written, through the simple protocol.
      const name = values?.length ? statementName(text, "pool") : undefined;
      return await this.pool.query(name ? { name, text, values } : { text, ...(values ? { values } : {}) });
    } catch (error) {
      const why = isDatabaseUnavailable(error)
        ? "the database being unavailable"
        : this.stopped
          ? "the process having stopped before the job ended"
          : undefined;
      if (!why || !isJobOutcome(text)) throw error;
      this.onError(
        new Error(
          `the outcome of a job of the queue ${String(values?.[0])} was not recorded, ${why} (${String(error)}): the job is failed when its expiry passes, and tried again while it has tries left`,
          { cause: error },
        ),
      );
      return NOTHING_RECORDED;
    }
  }

  /** Starts pg-boss, creating its schema when missing (the test template gets it once). */
  async install(): Promise<void> {
    await this.start();
  }

  /** Creates the queue once (per process, and in the database if it is missing). */
  async queue(name: string, options: QueueOptions): Promise<void> {
    await this.created(await this.start(), name, options);
  }

  private created(boss: PgBoss, name: string, options: QueueOptions): Promise<void> {
    let ready = this.queues.get(name);
    if (!ready) {
      ready = (async () => {
        // Instances starting together may create the same queue at once: pg-boss's creation
        // (a row and a partition) can then deadlock or collide. The loser looks again.
        for (let attempt = 1; ; attempt++) {
          if (await boss.getQueue(name)) return;
          try {
            await boss.createQueue(name, { name, ...options });
            return;
          } catch (error) {
            const code = (error as { code?: unknown }).code;
            if (attempt >= 5 || (code !== "40P01" && code !== "23505" && code !== "42P07")) throw error;
            await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
          }
        }
      })();
      ready.catch(() => this.queues.delete(name));
      this.queues.set(name, ready);
    }
    return ready;
  }

  /** `startAfter`: a date, or a delay in seconds (measured by the queue, whatever the app's clock says). */
  async send<T extends object>(name: string, data: T, startAfter?: Date | number): Promise<void> {
    const boss = await this.start();
    await boss.send(name, data, startAfter ? { startAfter } : {});
  }

  /**
   * Queues a job in the caller's transaction: it exists if, and only if, the transaction
   * commits (the mail outbox: a message and the job that sends it are written together; an
   * approved campaign and the job that starts it). `startAfter` as in `send`.
   */
  async sendWithin<T extends object>(
    executor: SqlExecutor,
    name: string,
    data: T,
    startAfter?: Date | number,
  ): Promise<void> {
    const boss = await this.readyWithin(name);
    await boss.send(name, data, { ...(startAfter ? { startAfter } : {}), db: this.within(executor) });
  }

  /** `sendWithin` for many jobs of one queue, in one statement whatever their number. */
  async sendAllWithin<T extends object>(executor: SqlExecutor, name: string, data: T[]): Promise<void> {
    if (data.length === 0) return;
    const boss = await this.readyWithin(name);
    await boss.insert(
      data.map((item) => ({ name, data: item })),
      { db: this.within(executor) },
    );
  }

  /** pg-boss, once the queue a transaction writes to is known to exist. */
  private async readyWithin(name: string): Promise<PgBoss> {
    const options = declaredQueues.get(name);
    if (!options)
      throw new Error(
        `The queue ${name} is not declared (declareQueue): a job cannot be written to it in a transaction`,
      );
    // Created as pg-boss started, unless its module loaded later: then now, before this write.
    await this.queue(name, options);
    return this.start();
  }

  /** pg-boss's statements run in the caller's transaction, prepared under a name from their text. */
  private within(executor: SqlExecutor): PgBoss.Db {
    return {
      executeSql: async (text: string, values: unknown[]) => {
        const name = statementName(text, "within");
        const query = positional(text, values);
        return name ? executeNamed(executor, name, query) : executor.execute(query);
      },
    };
  }

  /**
   * Runs `handler` for each job of the queue, one at a time; a thrown error retries that job.
   * An idle queue is asked for jobs every `pollSeconds` (a job sent now waits that long at most);
   * while a full batch comes back, the next is asked for as soon as it is done. pg-boss alone
   * waits the interval after each fetch, which made every queue one job a second: a demo's 600
   * e-mails took ten minutes, and ten runs of replies left 16,000 followers' e-mails waiting.
   * `batchSize` jobs are taken by one fetch, and those that ran are completed by one statement.
   * (`workTogether`, each job run alone.)
   */
  async work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options: WorkOptions = {},
  ): Promise<void> {
    await this.workTogether<T>(
      name,
      async (jobs) => {
        const failures: unknown[] = [];
        for (const { data, run } of jobs)
          failures.push(
            await handler(data, run).then(
              () => undefined,
              (error: unknown) => error ?? "failed",
            ),
          );
        return failures;
      },
      { batchSize: 1, ...options },
    );
  }

  /**
   * Runs `handler` once for up to `batchSize` jobs of the queue taken together (the e-mails of
   * many replies' notifications in one transaction, the messages of one fetch claimed at once).
   * It may return, job by job in the order given, an error for those that failed: they are
   * retried alone, the others completed. A thrown error retries them all, so the handler must
   * do each one's work once however often it is given it.
   */
  async workTogether<T extends object>(
    name: string,
    handler: (jobs: { data: T; run: JobRun }[]) => Promise<unknown>,
    { pollSeconds = 1, batchSize = 1 }: WorkOptions,
  ): Promise<void> {
    const boss = await this.start();
    let worker: string | undefined;
    worker = await boss.work<T>(
      name,
      { pollingIntervalSeconds: pollSeconds, batchSize, includeMetadata: true },
      async (jobs) => {
        const run = (job: PgBoss.JobWithMetadata<T>) => ({
          retryCount: job.retryCount,
          retryLimit: job.retryLimit,
        });
        const outcome = await this.track(handler(jobs.map((job) => ({ data: job.data, run: run(job) }))));
        // Failed as pg-boss fails a job whose handler threw: with the error as its output.
        const failures: unknown[] = Array.isArray(outcome) ? outcome : [];
        for (const [i, error] of failures.entries())
          if (error !== undefined) await this.track(boss.fail(name, jobs[i]!.id, error as object));
        // A full batch says more may wait: ask again at once. A partial one waits the interval,
        // so that a steady trickle is taken a batch at a time rather than a job a fetch. (The
        // worker's id is known by then: the first fetch answers after `work` returned it.)
        if (jobs.length >= batchSize && worker) boss.notifyWorker(worker);
      },
    );
  }

  /**
   * Runs, in this process and now, the jobs of a queue that are due: what a worker would do at
   * its next poll, for tests that read the result right after a request.
   */
  async runWaiting<T extends object>(name: string, handler: JobHandler<T>): Promise<number> {
    const boss = await this.start();
    if (!(await boss.getQueue(name))) return 0;
    let ran = 0;
    for (;;) {
      const jobs = await boss.fetch<T>(name, { batchSize: 50, includeMetadata: true });
      if (jobs.length === 0) return ran;
      for (const job of jobs) {
        try {
          await handler(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
          await boss.complete(name, job.id);
        } catch (error) {
          await boss.fail(name, job.id, { message: String(error) });
        }
        ran++;
      }
    }
  }

  /**
   * Registers a cron schedule (Paris time) and works its queue. pg-boss creates one job per
   * due minute for the whole cluster, and one instance picks it up, so the work runs once
   * however many instances schedule it. Its queue is asked every SCHEDULE_POLL_SECONDS, not every
   * second: with a minute for the finest schedule, seventeen queues asked each second were most
   * of what an idle instance asked PostgreSQL.
   */
  async schedule(job: ScheduledJob): Promise<void> {
    await this.queue(job.name, { retryLimit: 2, retryDelay: 60, retryBackoff: true });
    const boss = await this.start();
    await boss.schedule(job.name, job.cron, {}, { tz: SCHEDULE_TIME_ZONE });
    await this.work(
      job.name,
      async () => {
        await job.run();
      },
      { pollSeconds: SCHEDULE_POLL_SECONDS },
    );
  }

  /** The schedules registered in the database (one row per name, whatever the instances). */
  async schedules(): Promise<{ name: string; cron: string; timezone: string }[]> {
    const boss = await this.start();
    // pg-boss's type omits the time zone its table keeps.
    const rows = (await boss.getSchedules()) as (PgBoss.Schedule & { timezone: string })[];
    return rows.map((s) => ({ name: s.name, cron: s.cron, timezone: s.timezone }));
  }

  /**
   * Stops taking jobs and waits (up to `stopWithinMs`) for those in hand and their outcomes, so
   * that the pool can close behind. pg-boss alone waits only for the jobs its workers hold when
   * the stop begins: a worker whose fetch was on its way still runs the jobs it brings back, and
   * pg-boss records their outcome without awaiting it. On a closed pool that outcome's error
   * would end the process, where an orderly stop exits 0.
   */
  async stop(): Promise<void> {
    if (!this.starting) return;
    const deadline = performance.now() + this.stopWithinMs;
    const boss = await this.starting;
    await boss.stop({ graceful: true, wait: true, close: false, timeout: this.stopWithinMs });
    for (;;) {
      // A fetch that ends starts its handler, and a handler that ends its outcome, within the
      // same turn of the event loop: once the next turn finds nothing in flight, nothing follows.
      await new Promise((resolve) => setImmediate(resolve));
      const left = deadline - performance.now();
      if (this.inFlight.size === 0 || left <= 0) break;
      await Promise.race([Promise.allSettled([...this.inFlight]), sleep(left, undefined, { ref: false })]);
    }
    this.stopped = true;
  }
}
