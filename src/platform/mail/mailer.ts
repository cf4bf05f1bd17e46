import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import nodemailer, { type Transporter } from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { Db } from "../../db/connect.ts";
import { mailboxMessages } from "./schema.ts";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** True when messages land in the built-in Mailbox instead of a real SMTP server. */
  readonly usesSink: boolean;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server, in process, that keeps every message it receives in the Mailbox table.
 * Mail goes through the same nodemailer transport and the same SMTP conversation as in
 * production; only the last hop differs.
 */
async function startSink(db: Db, onMessage: (subject: string, to: string, text: string) => void) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Confiance Mailbox",
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(", ");
          const text = parsed.text ?? "";
          await db.insert(mailboxMessages).values({
            sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            recipients: to,
            subject: parsed.subject ?? "",
            text,
            html: typeof parsed.html === "string" ? parsed.html : null,
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

export async function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  db: Db;
  onSinkMessage?: (subject: string, to: string, text: string) => void;
}): Promise<Mailer> {
  let transport: Transporter;
  let closeSink: () => Promise<void> = async () => {};
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    url.searchParams.set("pool", "true");
    transport = nodemailer.createTransport(url.href);
  } else {
    const sink = await startSink(options.db, options.onSinkMessage ?? (() => {}));
    closeSink = sink.close;
    transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: sink.port,
      secure: false,
      ignoreTLS: true,
      pool: true,
    });
  }
  return {
    usesSink: !options.smtpUrl,
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    },
    async close() {
      transport.close();
      await closeSink();
    },
  };
}
