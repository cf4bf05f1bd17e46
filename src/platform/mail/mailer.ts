import { createHash } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../../db/connect.ts";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /**
   * What names this message for good, the same on every attempt (its outbox row, a campaign's
   * letter to one subscriber): its Message-ID is made from it, so a receiving server that took a
   * first attempt whose answer was lost recognises the retry. Without it, a random one is drawn.
   */
  stableId?: string;
  /** Files sent with the message (a person's data export answering their request). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  /** True when messages land in the built-in Mailbox instead of a real SMTP server. */
  readonly usesSink: boolean;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
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
    // Loaded only when used: production (SMTP_URL set) does not carry an SMTP server and a MIME parser.
    const { startSink } = await import("./sink.ts");
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
        ...(mail.stableId ? { messageId: messageIdOf(mail.stableId, options.from) } : {}),
        text: mail.text,
        html: mail.html,
        ...(mail.headers ? { headers: mail.headers } : {}),
        ...(mail.attachments ? { attachments: mail.attachments } : {}),
      });
    },
    async close() {
      transport.close();
      await closeSink();
    },
  };
}

/**
 * A Message-ID (RFC 5322 §3.6.4) made from the message's `stableId`: unique as it is, and
 * telling nothing of it (a digest), at the sender's domain.
 */
export function messageIdOf(stableId: string, from: string): string {
  const domain = /@([^@\s>]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<${createHash("sha256").update(stableId).digest("hex").slice(0, 32)}@${domain}>`;
}

/** A permanent refusal from the receiving server (5xx), as opposed to a temporary one worth retrying. */
export function isHardBounce(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
