import { eq } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes, may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { field, idParam, positiveId } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import { publicReplyGuard } from "../../text/public-reply-guard/guard.ts";
import { answer } from "./answers.ts";
import { fillCannedReply, firstNameOf, listCannedReplies } from "./canned-replies.ts";
import { startComposing, stopComposing } from "./composing.ts";
import { workedConversation } from "./conversation-access.ts";
import { type ConversationChange, changeConversation } from "./conversation-actions.ts";
import { conversationView } from "./conversation-page.ts";
import { type ComposerState, ConversationPage, type PageProblems } from "./conversation-views.tsx";
import { reviewLabels } from "./labels.ts";
import { addNote, conversationPath } from "./notes.ts";
import { inbox } from "./policy.ts";
import { correspondents } from "./schema.ts";

type WithId = FastifyRequest<{ Params: { id: string } }>;

const STATUSES_AFTER = ["waiting_on_client", "open", "resolved"] as const;

/** A DomainError a person can act on (a colleague's change, an impossible choice); 403/404 stay errors. */
const actionable = (error: unknown): error is DomainError =>
  error instanceof DomainError && error.status !== 404 && error.status !== 403;

/**
 * The conversation page and what an advisor does on it: assign, move, statuses, snooze,
 * priority, tags, labels, private notes, and the composer (canned replies, the public-reply
 * guard, continuing in private). Every action is a small form that works without script.
 */
export async function conversationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.work);

  const page = async (
    request: WithId,
    reply: FastifyReply,
    composer: Partial<ComposerState> = {},
    problems: PageProblems = {},
    status = 200,
  ) => {
    const actor = authorizedActor(request);
    const view = await conversationView(ctx, actor, idParam(request));
    return sendHtml(
      reply,
      <ConversationPage
        v={viewContext(ctx, request, reply)}
        view={view}
        composer={{ body: "", visibility: "private", statusAfter: "waiting_on_client", ...composer }}
        problems={problems}
        mayOverride={may(actor, inbox.override)}
      />,
      status,
    );
  };

  /** Back to the conversation, or to the inbox when the action took it out of the actor's scope. */
  const back = async (reply: FastifyReply, actor: Actor, id: number, flash: MessageKey) => {
    setFlash(ctx, reply, flash);
    try {
      await workedConversation(ctx, actor, id);
      return sendRedirect(reply, conversationPath(id));
    } catch {
      return sendRedirect(reply, "/admin/boite");
    }
  };

  app.get<{ Params: { id: string } }>("/admin/boite/:id", (request, reply) => page(request, reply));

  const action = (path: string, change: (request: WithId, actor: Actor) => ConversationChange) =>
    app.post<{ Params: { id: string } }>(`/admin/boite/:id/${path}`, async (request, reply) => {
      const actor = authorizedActor(request);
      const id = idParam(request);
      try {
        await changeConversation(ctx, actor, id, change(request, actor), field(request, "version"));
      } catch (error) {
        if (actionable(error)) return page(request, reply, {}, { action: error.messageKey }, error.status);
        throw error;
      }
      return back(reply, actor, id, "inbox.conversation.changed");
    });

  action("attribuer", (request, actor) => {
    const assignee = field(request, "assignee");
    if (assignee === "me") return { action: "assign", assigneeId: actor.id };
    if (assignee === "") return { action: "assign", assigneeId: null };
    const assigneeId = positiveId(assignee);
    if (!assigneeId) throw new DomainError("invalid_change", 422, "inbox.conversation.invalid");
    return { action: "assign", assigneeId };
  });
  action("equipe", (request) => {
    const teamId = positiveId(field(request, "team"));
    if (!teamId) throw new DomainError("invalid_change", 422, "inbox.conversation.invalid");
    return { action: "team", teamId };
  });
  action("statut", (request) => {
    const status = field(request, "status");
    if (status === "reopen") return { action: "reopen" };
    if (status === "open" || status === "waiting_on_client" || status === "resolved")
      return { action: "status", status };
    throw new DomainError("invalid_change", 422, "inbox.conversation.invalid");
  });
  action("reporter", (request) => ({ action: "snooze", until: field(request, "until").trim() }));
  action("priorite", (request) => ({ action: "priority", priority: field(request, "priority") }));
  action("etiquettes", (request) => ({ action: "tag", tag: field(request, "tag") }));
  action("etiquettes/retirer", (request) => ({ action: "untag", tag: field(request, "tag") }));

  app.post<{ Params: { id: string } }>("/admin/boite/:id/classement", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    await reviewLabels(ctx, actor, id, {
      complaint: field(request, "complaint") === "1",
      paymentService: field(request, "paymentService") === "1",
    });
    return back(reply, actor, id, "inbox.conversation.labels.saved");
  });

  app.post<{ Params: { id: string } }>("/admin/boite/:id/note", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const body = field(request, "body");
    try {
      await addNote(ctx, actor, id, body);
    } catch (error) {
      if (actionable(error))
        return page(request, reply, {}, { note: error.messageKey, noteBody: body }, error.status);
      throw error;
    }
    return back(reply, actor, id, "inbox.conversation.noteAdded");
  });

  /** The composer reports typing (script only): colleagues see who is writing. */
  app.post<{ Params: { id: string } }>("/admin/boite/:id/ecrit", async (request, reply) => {
    await startComposing(ctx, authorizedActor(request), idParam(request));
    return reply.status(204).send();
  });

  app.post<{ Params: { id: string } }>("/admin/boite/:id/repondre", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = idParam(request);
    const status = field(request, "statusAfter");
    const state: ComposerState = {
      body: field(request, "body"),
      visibility: field(request, "visibility") === "public" ? "public" : "private",
      statusAfter: STATUSES_AFTER.find((s) => s === status) ?? "waiting_on_client",
    };
    const intent = field(request, "intent");
    if (intent === "insert") {
      await startComposing(ctx, actor, id);
      const canned = (await listCannedReplies(ctx)).find((r) => String(r.id) === field(request, "canned"));
      if (!canned) return page(request, reply, state);
      const conversation = await workedConversation(ctx, actor, id);
      const correspondent = await correspondentName(ctx, conversation.correspondentId);
      const text = fillCannedReply(canned.body, {
        firstName: firstNameOf(correspondent),
        advisor: actor.displayName,
      });
      return page(request, reply, {
        ...state,
        body: state.body.trim() ? `${state.body.trimEnd()}\n\n${text}` : text,
      });
    }
    if (intent === "private") return page(request, reply, { ...state, visibility: "private" });
    if (state.body.trim() === "")
      return page(request, reply, { ...state, problem: "inbox.conversation.composer.empty" }, {}, 422);
    const override = may(actor, inbox.override) ? field(request, "override").trim() : "";
    if (state.visibility === "public" && !override) {
      const verdict = publicReplyGuard(state.body, { bankPhoneNumbers: ctx.config.bankPhoneNumbers });
      if (!verdict.ok) return page(request, reply, { ...state, findings: verdict.findings }, {}, 422);
    }
    let delivery: "sent" | "pending_approval";
    try {
      ({ delivery } = await answer(ctx, actor, id, {
        body: state.body,
        public: state.visibility === "public",
        statusAfter: state.statusAfter,
        ...(override ? { override } : {}),
      }));
    } catch (error) {
      if (actionable(error))
        return page(request, reply, { ...state, problem: error.messageKey }, {}, error.status);
      throw error;
    }
    await stopComposing(ctx, actor.id, id);
    return back(
      reply,
      actor,
      id,
      delivery === "sent" ? "inbox.conversation.composer.sent" : "inbox.conversation.composer.pending",
    );
  });
}

async function correspondentName(ctx: AppContext, correspondentId: number): Promise<string> {
  const [row] = await ctx.db
    .select({ displayName: correspondents.displayName })
    .from(correspondents)
    .where(eq(correspondents.id, correspondentId));
  return row?.displayName ?? "";
}
