import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

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
