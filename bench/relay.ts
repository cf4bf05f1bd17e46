import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * The bank's mail relay, for the benchmark: a real SMTP server in this process that accepts and
 * counts every message, so the app sends as in production (`SMTP_URL`), instead of parsing and
 * keeping each message in its own demo Mailbox.
 */
export async function startRelay(): Promise<{
  url: string;
  received: () => number;
  close: () => Promise<void>;
}> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
