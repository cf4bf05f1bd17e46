import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import { queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { OUTBOX_STATUSES } from "../../platform/mail/schema.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { staffConsole } from "./policy.ts";
import { OutboxPage } from "./views/outbox-page.tsx";

const SHOWN = 200;

/** The outgoing e-mails, for administrators: queued, sent, or failed with the relay's answer. */
export async function outboxRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get("/admin/courriels", { config: { access: staffConsole.readOutbox } }, async (request, reply) => {
    const asked = queryParam(request, "etat");
    const status = isOneOf(OUTBOX_STATUSES, asked) ? asked : undefined;
    const [counts, messages] = await Promise.all([
      ctx.outbox.counts(),
      ctx.outbox.latest({ limit: SHOWN, ...(status ? { status } : {}) }),
    ]);
    return sendHtml(
      reply,
      <OutboxPage
        v={viewContext(ctx, request, reply)}
        counts={counts}
        messages={messages}
        status={status}
        shown={SHOWN}
      />,
    );
  });
}
