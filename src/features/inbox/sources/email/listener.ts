import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { ConfigError, type InboundSmtpConfig } from "../../../../config.ts";
import type { AppContext } from "../../../../platform/context.ts";
import { countHit } from "../../../../platform/http/rate-limit-store.ts";
import { type SmtpAnswer, takeMail } from "./intake.ts";

/** The largest e-mail taken, announced with SIZE and enforced while it streams in. */
export const MAIL_MAX_BYTES = 10 * 1024 * 1024;

export interface InboundMail {
  port: number;
  close(): Promise<void>;
}

function answerError(answer: SmtpAnswer): Error {
  return Object.assign(new Error(answer.message), { responseCode: answer.code });
}

/** Whether mail for this address is ours: its domain, or the address itself, is in the list. */
export function isOurRecipient(address: string, recipients: readonly string[]): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  return recipients.includes(lower) || recipients.includes(domain);
}

/**
 * The inbox's inbound SMTP listener: the bank's mail relay delivers here what clients write to
 * the bank's addresses. Mail for any other recipient is refused (550), a sender or a connecting
 * address past its limit is told to try later (451), a message over 10 MB is refused (552), a
 * MIME bomb or a malformed message is refused (554), and a message is answered 250 only once it
 * is in the inbox: whatever fails before is a 451 the relay retries, and the same Message-ID
 * delivered again is kept once. No TLS and no AUTH: it listens on a private address the relay
 * reaches (127.0.0.1 by default), the relay faces the Internet.
 */
export async function startInboundMail(ctx: AppContext, settings: InboundSmtpConfig): Promise<InboundMail> {
  const pool = ctx.database.pool;
  const inFlight = new Set<Promise<unknown>>();
  const overLimit = async (namespace: string, key: string, windowMs: number, max: number) =>
    (await countHit(pool, namespace, key, windowMs)) > max;

  const server = new SMTPServer({
    name: ctx.config.baseUrl.hostname,
    banner: "Confiance inbox",
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: MAIL_MAX_BYTES,
    rejectOversized: true,
    maxClients: 200,
    socketTimeout: 60_000,
    closeTimeout: 5_000,
    onMailFrom(address, session, callback) {
      const sender = address.address.toLowerCase() || "<>";
      Promise.all([
        overLimit("inbox-smtp-client", session.remoteAddress, 60_000, settings.perClientPerMinute),
        overLimit("inbox-smtp-sender", sender, 3_600_000, settings.perSenderPerHour),
      ]).then(
        ([client, tooMany]) =>
          client || tooMany
            ? callback(answerError({ code: 451, message: "4.7.1 Too many messages, try again later" }))
            : callback(),
        () => callback(answerError({ code: 451, message: "4.3.0 Temporary failure, try again later" })),
      );
    },
    onRcptTo(address, _session, callback) {
      if (isOurRecipient(address.address, settings.recipients)) return callback();
      callback(answerError({ code: 550, message: "5.1.1 No such recipient here" }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= MAIL_MAX_BYTES) chunks.push(chunk);
      });
      stream.on("end", () => {
        if (stream.sizeExceeded || bytes > MAIL_MAX_BYTES)
          return callback(answerError({ code: 552, message: "5.3.4 Message too big" }));
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const taking = takeMail(ctx, Buffer.concat(chunks), { recipients }).then(
          (answer) => (answer.code < 300 ? callback(null, answer.message) : callback(answerError(answer))),
          () => callback(answerError({ code: 451, message: "4.3.0 Temporary failure, try again later" })),
        );
        inFlight.add(taking);
        void taking.finally(() => inFlight.delete(taking));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new ConfigError(
              `INBOUND_SMTP_PORT ${settings.port} is already in use on ${settings.host}: choose a free port, or set it on one process of this machine only.`,
            )
          : error,
      ),
    );
    server.listen(settings.port, settings.host, () => {
      server.removeAllListeners("error");
      // A client's broken connection is its own failure, not the listener's: keep listening.
      server.on("error", () => {});
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    async close() {
      // New connections are refused at once; those in a transaction get a few seconds, then 421.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
    },
  };
}
