import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** Messages caught by the built-in SMTP sink when SMTP_URL is unset (demo and development). */
export const mailboxMessages = pgTable("mailbox_messages", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  sender: text("sender").notNull(),
  recipients: text("recipients").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  html: text("html"),
  /** The List-Unsubscribe and List-Unsubscribe-Post lines as received, to check them (RFC 8058). */
  listHeaders: text("list_headers"),
});

export const OUTBOX_STATUSES = ["queued", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every e-mail the platform sends, written in the transaction that causes it and sent later by
 * the background worker (issue 13 §3): a web request never waits on the relay, and an SMTP
 * outage delays mail without failing anyone's action. The body is kept only until the message
 * is sent or given up (it may carry a one-time link); the row itself, with the relay's answer,
 * stays a month for the administrators' view.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** Names the message's reason once (e.g. "privacy.reminder:42"): the same key is never queued twice. */
    idempotencyKey: text("idempotency_key").notNull(),
    /** What kind of message it is, for the administrators' view (never the content). */
    category: text("category").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    text: text("text"),
    html: text("html"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    /** Files sent with the message, base64 inside: a data export answering a request. */
    attachments: jsonb("attachments").$type<{ filename: string; contentType: string; base64: string }[]>(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    /** The relay's answer to the last attempt that failed (e.g. "550 5.1.1 No such user"). */
    lastError: text("last_error"),
    /** While a worker sends it: another worker leaves it alone until then. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("mail_outbox_idempotency_key").on(t.idempotencyKey),
    index("mail_outbox_status").on(t.status, t.id),
    check("mail_outbox_status_known", sql`${t.status} in ('queued', 'sent', 'failed')`),
  ],
);
