import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { declareQueue, type Jobs, type QueueOptions } from "../jobs/jobs.ts";
import { isHardBounce, type Mailer, type OutgoingMail } from "./mailer.ts";
import { mailOutbox, type OutboxStatus } from "./schema.ts";

/**
 * The mail outbox (issue 13 §3): every e-mail is written, with the job that sends it, in the
 * transaction that causes it; a pg-boss worker sends it afterwards, retrying with back-off, and
 * records the relay's answer. A web request never waits on SMTP, so an outage only delays mail,
 * and the time a request takes does not depend on whether a message leaves (issue 11, L4).
 */
/** About 17 hours of retries (1, 2, 4… minutes), then the message is marked failed. */
const RETRIES: QueueOptions = { retryLimit: 10, retryDelay: 60, retryBackoff: true };
export const OUTBOX_QUEUE = declareQueue("mail-outbox", RETRIES);
/** How long a worker holds a message it is sending before another may try. */
const CLAIM_SECONDS = 120;
/** Messages one fetch takes when many wait; each is still sent, and retried, alone. */
const OUTBOX_BATCH = 20;
/** Sent and failed messages stay this long in the administrators' view. */
const KEPT_DAYS = 30;

export interface OutboxMail extends Omit<OutgoingMail, "stableId"> {
  /**
   * Names the reason for this message once (e.g. `privacy.reminder:42`): queueing the same key
   * again does nothing, so a job that runs twice sends once. See `uniqueKey` for one-off notices.
   */
  key: string;
  /** What kind of message it is, shown to administrators instead of its content. */
  category: string;
}

/** A key for a message that has no natural one (a notice sent each time something happens). */
export function uniqueKey(category: string): string {
  return `${category}:${randomUUID()}`;
}

/** The database, or the transaction the message belongs to. */
export type OutboxExecutor = Pick<Db, "insert" | "execute">;

export type DeliveryResult = "sent" | "retry" | "failed" | "skipped";

export interface OutboxEntry {
  id: number;
  category: string;
  recipient: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** What the relay said, as an administrator can read it ("550 5.1.1 …", "connection refused"). */
function relayAnswer(error: unknown): string {
  const e = error as { response?: unknown; message?: unknown; code?: unknown } | null;
  const answer =
    typeof e?.response === "string" && e.response
      ? e.response
      : [
          typeof e?.code === "string" ? e.code : "",
          typeof e?.message === "string" ? e.message : String(error),
        ]
          .filter(Boolean)
          .join(": ");
  return answer.slice(0, 500);
}

export class Outbox {
  constructor(
    private readonly db: Db,
    private readonly jobs: Jobs,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Writes the message and the job that will send it, through `executor`: pass the
   * transaction that causes the message, so both exist only if it commits. Returns false when
   * the key was already queued.
   */
  async queue(executor: OutboxExecutor, mail: OutboxMail): Promise<boolean> {
    return (await this.queueAll(executor, [mail])) > 0;
  }

  /**
   * `queue` for many messages, in two statements whatever their number (the e-mails of many
   * posts' notifications): the messages, then their jobs. Returns how many were new.
   */
  async queueAll(executor: OutboxExecutor, mails: OutboxMail[]): Promise<number> {
    if (mails.length === 0) return 0;
    const rows = await executor
      .insert(mailOutbox)
      .values(
        mails.map((mail) => ({
          idempotencyKey: mail.key,
          category: mail.category,
          recipient: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers ?? null,
          attachments:
            mail.attachments?.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              base64: a.content.toString("base64"),
            })) ?? null,
        })),
      )
      .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
      .returning({ id: mailOutbox.id });
    await this.jobs.sendAllWithin(
      executor,
      OUTBOX_QUEUE,
      rows.map((row) => ({ id: row.id })),
    );
    return rows.length;
  }

  /** Sends one queued message: `deliverAll` for one. */
  async deliver(id: number, options: { lastAttempt: boolean }): Promise<DeliveryResult> {
    const [result] = await this.deliverAll([{ id, ...options }]);
    return result!;
  }

  /**
   * Sends queued messages, one after another, and says what became of each, in the order asked.
   * They are claimed first, all in one statement, so two workers (or a test's drain beside a
   * worker) never send one twice; those sent are recorded in one statement after the last, and
   * lose their body (it may hold a one-time link), as failed ones do. A refusal (5xx) fails at
   * once; anything else stays queued for the next try, unless it was the `lastAttempt`.
   */
  async deliverAll(asked: { id: number; lastAttempt: boolean }[]): Promise<DeliveryResult[]> {
    if (asked.length === 0) return [];
    const claimed = await this.db
      .update(mailOutbox)
      .set({
        claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`,
        attempts: sql`${mailOutbox.attempts} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          inArray(
            mailOutbox.id,
            asked.map((a) => a.id),
          ),
          eq(mailOutbox.status, "queued"),
          or(isNull(mailOutbox.claimedUntil), lt(mailOutbox.claimedUntil, sql`now()`)),
        ),
      )
      .returning();
    const byId = new Map(claimed.map((message) => [message.id, message]));
    const finished = { text: null, html: null, headers: null, attachments: null, claimedUntil: null };
    const sent: number[] = [];
    const results: DeliveryResult[] = [];
    for (const { id, lastAttempt } of asked) {
      const message = byId.get(id);
      // Each claim is used once, even if the same message was asked for twice.
      byId.delete(id);
      if (!message) {
        results.push("skipped");
        continue;
      }
      try {
        await this.mailer.send({
          stableId: `outbox ${message.id} ${message.createdAt.toISOString()} ${message.idempotencyKey}`,
          to: message.recipient,
          subject: message.subject,
          text: message.text ?? "",
          html: message.html ?? "",
          ...(message.headers ? { headers: message.headers } : {}),
          ...(message.attachments
            ? {
                attachments: message.attachments.map((a) => ({
                  filename: a.filename,
                  contentType: a.contentType,
                  content: Buffer.from(a.base64, "base64"),
                })),
              }
            : {}),
        });
        sent.push(id);
        results.push("sent");
      } catch (error) {
        const giveUp = isHardBounce(error) || lastAttempt;
        await this.db
          .update(mailOutbox)
          .set({
            ...(giveUp ? { ...finished, status: "failed" as const } : { claimedUntil: null }),
            lastError: relayAnswer(error),
            updatedAt: sql`now()`,
          })
          .where(eq(mailOutbox.id, id));
        results.push(giveUp ? "failed" : "retry");
      }
    }
    if (sent.length > 0)
      await this.db
        .update(mailOutbox)
        .set({ ...finished, status: "sent", sentAt: sql`now()`, lastError: null, updatedAt: sql`now()` })
        .where(inArray(mailOutbox.id, sent));
    return results;
  }

  /**
   * The worker: one job per message, retried alone by pg-boss with back-off while the relay
   * fails; the messages of a fetch are claimed and recorded together.
   */
  async startWorker(): Promise<void> {
    await this.jobs.queue(OUTBOX_QUEUE, RETRIES);
    await this.jobs.workTogether<{ id: number }>(
      OUTBOX_QUEUE,
      async (jobs) => {
        const results = await this.deliverAll(
          jobs.map(({ data, run }) => ({ id: data.id, lastAttempt: run.retryCount >= run.retryLimit })),
        );
        return results.map((result, i) =>
          result === "retry"
            ? new Error(`mail ${jobs[i]!.data.id} not sent yet: the relay failed`)
            : undefined,
        );
      },
      { batchSize: OUTBOX_BATCH },
    );
  }

  /**
   * Sends every queued message now, each once (tests read the Mailbox right after a request).
   * A failure leaves the message queued for its job's next try.
   */
  async drain(): Promise<Record<DeliveryResult, number>> {
    const counts: Record<DeliveryResult, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    const due = await this.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      // Written out, not a parameter: planned once for any values (db/connect.ts), a parameter here
      // had PostgreSQL walk every message kept for a month by id instead of the few still queued.
      .where(sql`${mailOutbox.status} = 'queued'`)
      .orderBy(mailOutbox.id);
    for (const { id } of due) counts[await this.deliver(id, { lastAttempt: false })]++;
    return counts;
  }

  /** The latest messages, for administrators: who, what kind, and what the relay answered. */
  latest(options: { status?: OutboxStatus; limit?: number } = {}): Promise<OutboxEntry[]> {
    return this.db
      .select({
        id: mailOutbox.id,
        category: mailOutbox.category,
        recipient: mailOutbox.recipient,
        subject: mailOutbox.subject,
        status: mailOutbox.status,
        attempts: mailOutbox.attempts,
        lastError: mailOutbox.lastError,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(options.status ? eq(mailOutbox.status, options.status) : undefined)
      .orderBy(desc(mailOutbox.id))
      .limit(options.limit ?? 100);
  }

  async counts(): Promise<Record<OutboxStatus, number>> {
    const rows = await this.db
      .select({ status: mailOutbox.status, n: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .groupBy(mailOutbox.status);
    const counts: Record<OutboxStatus, number> = { queued: 0, sent: 0, failed: 0 };
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  /** Sent and failed messages leave after a month: the view is for following delivery, not an archive. */
  async purge(): Promise<number> {
    const gone = await this.db
      .delete(mailOutbox)
      .where(
        and(
          inArray(mailOutbox.status, ["sent", "failed"]),
          lt(mailOutbox.updatedAt, sql`now() - make_interval(days => ${KEPT_DAYS})`),
        ),
      )
      .returning({ id: mailOutbox.id });
    return gone.length;
  }
}
