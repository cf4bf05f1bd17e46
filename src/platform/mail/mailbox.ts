import { desc, eq } from "drizzle-orm";
import MarkdownIt from "markdown-it";
import type { Db } from "../../db/connect.ts";
import { mailboxMessages } from "./schema.ts";

export function latestMailboxMessages(db: Db, limit = 100) {
  return db
    .select({
      id: mailboxMessages.id,
      receivedAt: mailboxMessages.receivedAt,
      recipients: mailboxMessages.recipients,
      subject: mailboxMessages.subject,
    })
    .from(mailboxMessages)
    .orderBy(desc(mailboxMessages.id))
    .limit(limit);
}

export async function mailboxMessage(db: Db, id: number) {
  const [row] = await db.select().from(mailboxMessages).where(eq(mailboxMessages.id, id));
  return row;
}

// linkify-it, the finder the community's Markdown uses: it knows that a ")" closing a Markdown
// link or a full stop ending a sentence is not part of the address before it.
const finder = new MarkdownIt().linkify;

/** The web addresses written in a message's text part, each whole and once. */
export function webLinksIn(text: string): string[] {
  const found = finder.match(text) ?? [];
  return [...new Set(found.filter((m) => m.schema === "http:" || m.schema === "https:").map((m) => m.url))];
}

/**
 * How the HTML part of a caught message is served, as a document of its own: sandboxed (an
 * opaque origin, no script, no form, no pop-up, whatever the message holds), nothing loaded from
 * anywhere (no tracking pixel, no remote font), only its inline styles, and framed only by the
 * Mailbox's own page.
 */
export const MAIL_HTML_POLICY = [
  "sandbox",
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");
