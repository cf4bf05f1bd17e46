import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Db } from "../../db/connect.ts";
import { mailboxMessages } from "./schema.ts";

/**
 * A real SMTP server, in process, that keeps every message it receives in the Mailbox table.
 * Mail goes through the same nodemailer transport and the same SMTP conversation as in
 * production; only the last hop differs.
 */
export async function startSink(db: Db, onMessage: (subject: string, to: string, text: string) => void) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Confiance Mailbox",
    logger: false,
    size: 5 * 1024 * 1024,
    // Like a real relay, refuse domains that cannot exist (RFC 2606 reserves ".invalid"), so a
    // hard bounce can be seen end to end on a development machine.
    onRcptTo(address, _session, callback) {
      if (/\.invalid$/i.test(address.address)) {
        const refusal = new Error("5.1.2 Domain does not exist") as Error & { responseCode: number };
        refusal.responseCode = 550;
        return callback(refusal);
      }
      callback();
    },
    onData(stream, session, callback) {
      // The MIME parser (and its character tables) is loaded with the first message, not at start.
      import("mailparser")
        .then(({ simpleParser }) => simpleParser(stream))
        .then(async (parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(", ");
          const text = parsed.text ?? "";
          await db.insert(mailboxMessages).values({
            sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            recipients: to,
            subject: parsed.subject ?? "",
            text,
            html: typeof parsed.html === "string" ? parsed.html : null,
            listHeaders:
              parsed.headerLines
                .filter((h) => h.key.startsWith("list-unsubscribe"))
                .map((h) => h.line.replace(/\r?\n\s+/g, " "))
                .join("\n") || null,
          });
          onMessage(parsed.subject ?? "", to, text);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
