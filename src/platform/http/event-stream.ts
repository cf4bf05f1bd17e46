import type { ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const HEARTBEAT_MS = 25_000;

/** One open stream of Server-Sent Events. */
export interface EventStream {
  send(event: string, data: unknown): void;
  /** Runs `cleanup` when the browser goes (at once if it already went). */
  onClose(cleanup: () => void): void;
  /**
   * Ties the stream to a subscription (live events): unsubscribed when the browser goes, and the
   * comment ": listening" written once events are heard. A subscription that cannot be made
   * (PostgreSQL away) ends the stream, so the browser tries again after the retry delay instead
   * of waiting on a stream nothing will ever write to.
   */
  follow(subscribing: Promise<() => void>): Promise<void>;
}

/**
 * Server-Sent Events for one plugin's routes (declare them `longLived`): each stream gets its
 * headers, a retry delay and a heartbeat; stopping the server ends the streams first, and
 * browsers reconnect to another instance.
 */
export function eventStreams(app: FastifyInstance): {
  open(request: FastifyRequest, reply: FastifyReply): EventStream;
} {
  // Each open stream, with what ends it: stopping the server ends them all at once, heartbeat
  // and subscriptions included, without waiting for the browsers to go.
  const streams = new Map<ServerResponse, () => void>();
  app.addHook("preClose", async () => {
    for (const [stream, end] of [...streams]) {
      end();
      stream.end();
    }
  });
  return {
    open(request, reply) {
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-accel-buffering": "no",
      });
      stream.write("retry: 5000\n\n");
      const heartbeat = setInterval(() => stream.write(": ping\n\n"), HEARTBEAT_MS);
      // A heartbeat alone never keeps the process alive (a test's, or a stopping server's).
      heartbeat.unref();
      let closed = false;
      const cleanups: (() => void)[] = [];
      const end = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        streams.delete(stream);
        for (const cleanup of cleanups) cleanup();
      };
      streams.set(stream, end);
      request.raw.on("close", end);
      const onClose = (cleanup: () => void) => {
        if (closed) cleanup();
        else cleanups.push(cleanup);
      };
      return {
        send: (event, data) => {
          if (!closed) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        onClose,
        follow: async (subscribing) => {
          try {
            onClose(await subscribing);
            // Events are heard from here on: a comment, which browsers ignore, says so (tests wait for it).
            if (!closed) stream.write(": listening\n\n");
          } catch (error) {
            request.log.warn(
              { err: error },
              "live events unavailable: the stream ends, the browser tries again",
            );
            end();
            stream.end();
          }
        },
      };
    },
  };
}
