import type pg from "pg";
import PgBoss from "pg-boss";

/**
 * Background jobs on the same PostgreSQL, through pg-boss 10 (the last major that runs on
 * Node 20): retries with back-off, delayed starts, and exactly-once pick-up across instances.
 * pg-boss uses our connection pool and keeps its tables in the `pgboss` schema. It starts on
 * first use, so processes that never queue a job never create it.
 */
export type JobHandler<T> = (data: T) => Promise<void>;

export interface QueueOptions {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

export class Jobs {
  private starting: Promise<PgBoss> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly onError: (error: unknown) => void,
  ) {}

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({
        db: { executeSql: (text, values) => this.pool.query(text, values) },
        schema: "pgboss",
      });
      boss.on("error", this.onError);
      await boss.start();
      return boss;
    })();
    return this.starting;
  }

  async queue(name: string, options: QueueOptions): Promise<void> {
    const boss = await this.start();
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...options });
  }

  async send<T extends object>(name: string, data: T, startAfter?: Date): Promise<void> {
    const boss = await this.start();
    await boss.send(name, data, startAfter ? { startAfter } : {});
  }

  /** Runs `handler` for each job of the queue, one at a time; a thrown error retries the job. */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    const boss = await this.start();
    await boss.work<T>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async stop(): Promise<void> {
    if (!this.starting) return;
    const boss = await this.starting;
    await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }
}
