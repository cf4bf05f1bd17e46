import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { field, idParam } from "../../../platform/http/forms.ts";
import { postingLimits } from "../../../platform/http/posting-limits.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { publicProfiles } from "../../accounts/index.ts";
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE } from "../attachments.ts";
import { receiptsOf } from "../complaints/acknowledgement.ts";
import { inbox } from "../policy.ts";
import { ConversationPage, MyMessagesPage, NewMessagePage } from "./private-message-views.tsx";
import {
  conversationPath,
  MY_MESSAGES,
  markRead,
  ownAttachment,
  ownConversation,
  ownConversations,
  readableMessages,
  replyToOwn,
  workedAttachment,
  writeMessage,
} from "./private-messages.ts";
import { acceptUploads, fileHeaders, uploads } from "./uploads.ts";

/** Where staff download a client's file from a conversation they work. */
export const workedAttachmentPath = (id: number) => `/admin/boite/pieces-jointes/${id}`;

/**
 * "Mes messages" (/compte/messages): a member's private conversations with the bank, the form to
 * write a new one and to reply, and their files; staff download the files of the conversations
 * they work. A member reaches only their own conversations: any other is not found.
 */
export async function privateMessageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.ownMessages);
  await acceptUploads(app);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  // Writing needs a verified address (the answer's notice goes there); per address, like posting.
  const writing = {
    ...declared(inbox.writeMessage, postingLimits(ctx)),
    bodyLimit: ATTACHMENTS_PER_MESSAGE * ATTACHMENT_MAX_BYTES + 256 * 1024,
  };

  app.get(MY_MESSAGES, async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <MyMessagesPage
        v={v(request, reply)}
        conversations={await ownConversations(ctx, actor.id)}
        receipts={await receiptsOf(ctx, actor.id)}
      />,
    );
  });

  app.get(`${MY_MESSAGES}/nouveau`, declared(inbox.writeMessage), async (request, reply) =>
    sendHtml(reply, <NewMessagePage v={v(request, reply)} values={{ subject: "", body: "" }} />),
  );

  app.post(`${MY_MESSAGES}/nouveau`, writing, async (request, reply) => {
    const actor = authorizedActor(request);
    const values = { subject: field(request, "subject"), body: field(request, "body") };
    const outcome = await writeMessage(ctx, actor, { ...values, uploads: uploads(request) });
    if (!outcome.ok)
      return sendHtml(
        reply,
        <NewMessagePage v={v(request, reply)} values={values} errors={outcome.errors} />,
        422,
      );
    setFlash(ctx, reply, "inbox.member.sent");
    return sendRedirect(reply, conversationPath(outcome.conversationId));
  });

  const conversationPage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    form: { reply?: string; errors?: FieldErrors } = {},
    status = 200,
  ) => {
    const actor = authorizedActor(request);
    const conversation = await ownConversation(ctx, actor.id, idParam(request));
    if (!conversation) throw notFound();
    const messages = await readableMessages(ctx, conversation.id);
    const advisors = await publicProfiles(
      ctx,
      messages.filter((m) => m.fromBank).map((m) => m.authorId),
    );
    await markRead(ctx, conversation.id);
    return sendHtml(
      reply,
      <ConversationPage
        v={v(request, reply)}
        conversation={conversation}
        messages={messages}
        advisors={advisors}
        receipts={await receiptsOf(ctx, actor.id, conversation.id)}
        {...form}
      />,
      status,
    );
  };

  app.get<{ Params: { id: string } }>(`${MY_MESSAGES}/:id`, (request, reply) =>
    conversationPage(request, reply),
  );

  app.post<{ Params: { id: string } }>(`${MY_MESSAGES}/:id/repondre`, writing, async (request, reply) => {
    const actor = authorizedActor(request);
    const body = field(request, "body");
    const outcome = await replyToOwn(ctx, actor, idParam(request), { body, uploads: uploads(request) });
    if (!outcome.ok) return conversationPage(request, reply, { reply: body, errors: outcome.errors }, 422);
    setFlash(ctx, reply, "inbox.member.sent");
    return sendRedirect(reply, conversationPath(outcome.conversationId));
  });

  app.get<{ Params: { id: string } }>(`${MY_MESSAGES}/pieces-jointes/:id`, async (request, reply) => {
    const actor = authorizedActor(request);
    const file = await ownAttachment(ctx, actor.id, idParam(request));
    return reply.headers(fileHeaders(file)).send(file.content);
  });

  app.get<{ Params: { id: string } }>(
    "/admin/boite/pieces-jointes/:id",
    declared(inbox.work),
    async (request, reply) => {
      const actor = authorizedActor(request);
      const file = await workedAttachment(ctx, actor, idParam(request));
      return reply.headers(fileHeaders(file)).send(file.content);
    },
  );
}
