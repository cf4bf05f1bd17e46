import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { eventStreams } from "../../platform/http/event-stream.ts";
import { INBOX_PATH } from "./list-query.ts";
import { viewCounts, type Worker, workerOf } from "./lists.ts";
import { INBOX_EVENTS, type InboxEvent, inboxMoved } from "./live.ts";
import { inbox, inScope } from "./policy.ts";

/** Changes heard within this time are told in one event (a burst of messages, one list refresh). */
const GATHER_MS = 200;
/** Teams change rarely: a stream reads the person's scope again after this long. */
const SCOPE_KEPT_MS = 60_000;

type Facts = {
  id: number;
  teamId: number | null;
  assigneeId: number | null;
  source: string;
  complaint: boolean;
};

/**
 * What decides whether a conversation is in someone's scope, for the conversations an event
 * named. Every stream of this instance hears the same event at the same moment and tells it
 * after the same delay: they share one read while it runs, instead of each making its own.
 */
const reading = new Map<string, Promise<Facts[]>>();
function scopeFacts(ctx: AppContext, ids: number[]): Promise<Facts[]> {
  const key = ids.sort((a, b) => a - b).join(",");
  let facts = reading.get(key);
  if (!facts) {
    facts = ctx.db
      .execute<{
        id: string;
        team_id: string | null;
        assignee_id: string | null;
        source: string;
        complaint: boolean;
      }>(
        sql`select id, team_id, assignee_id, source, complaint from inbox_conversations
             where id in (${sql.join(
               ids.map((id) => sql`${id}`),
               sql`, `,
             )})`,
      )
      .then(({ rows }) =>
        rows.map((r) => ({
          id: Number(r.id),
          teamId: r.team_id === null ? null : Number(r.team_id),
          assigneeId: r.assignee_id === null ? null : Number(r.assignee_id),
          source: r.source,
          complaint: r.complaint,
        })),
      )
      .finally(() => reading.delete(key));
    reading.set(key, facts);
  }
  return facts;
}

/**
 * The inbox's live stream (Server-Sent Events): what changed among the conversations in the
 * person's scope, and their unread count, so the list and the header follow without reloading.
 * Only conversations in their scope are named (checked for each event, on facts shared by the
 * instance's streams); their own count is told when it moves, whatever moved it.
 */
export async function listLiveRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.work);
  const streams = eventStreams(app);

  app.get(`${INBOX_PATH}/direct`, { config: { longLived: true } }, async (request, reply) => {
    const actor = authorizedActor(request);
    if (!String(request.headers.accept ?? "").includes("text/event-stream"))
      throw new DomainError("event_stream_only", 406, "inbox.views.streamOnly");
    let worker: Worker = await workerOf(ctx, actor);
    let scopeReadAt = performance.now();
    let unread = (await viewCounts(ctx, worker)).unread;

    const stream = streams.open(request, reply);

    const heard = new Set<number>();
    let gathering: NodeJS.Timeout | undefined;
    const tell = async () => {
      gathering = undefined;
      const ids = [...heard];
      heard.clear();
      if (performance.now() - scopeReadAt > SCOPE_KEPT_MS) {
        worker = await workerOf(ctx, actor);
        scopeReadAt = performance.now();
      }
      const [facts, counts] = await Promise.all([scopeFacts(ctx, ids), viewCounts(ctx, worker)]);
      const conversations = facts.filter((f) => inScope(worker.scope, f)).map((f) => f.id);
      if (conversations.length === 0 && counts.unread === unread) return;
      unread = counts.unread;
      stream.send("inbox", { conversations, unread });
    };
    stream.onClose(() => clearTimeout(gathering));
    const subscribing = ctx.live.subscribe(INBOX_EVENTS, (data) => {
      const event = data as InboxEvent;
      // Someone typing changes no list.
      if (event.kind === "composing") return;
      // Counts kept on this instance are forgotten, whichever instance made the change.
      inboxMoved();
      heard.add(event.conversationId);
      gathering ??= setTimeout(() => void tell().catch((error) => request.log.error(error)), GATHER_MS);
    });
    await stream.follow(subscribing);
  });
}
