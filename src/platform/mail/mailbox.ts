import { desc, eq } from "drizzle-orm";
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
