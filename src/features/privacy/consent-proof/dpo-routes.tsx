import type { FastifyInstance } from "fastify";
import { recordAudit } from "../../../platform/audit/service.ts";
import { authorizedActor } from "../../../platform/auth/access.ts";
import type { AppContext } from "../../../platform/context.ts";
import { queryParam } from "../../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../../platform/http/render.ts";
import { normaliseEmail } from "../../accounts/index.ts";
import { consentProof } from "../../consent/index.ts";
import { dpoDesk } from "../policy.ts";
import { ConsentProofPage } from "./dpo-views.tsx";

/** The DPO's view of the consent ledger: one person's decisions, with the words they saw, and their export. */
export async function dpoRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get("/admin/consentements", { config: { access: dpoDesk.readConsents } }, async (request, reply) => {
    const actor = authorizedActor(request);
    const email = normaliseEmail(queryParam(request, "personne"));
    const proof = email ? await consentProof(ctx.db, { email }) : [];
    if (email)
      // Looking at someone's consents is an access to personal data: it is logged.
      await recordAudit(ctx.db, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "privacy.consents_viewed",
        subjectType: "person",
        subjectId: null,
        details: { email, export: queryParam(request, "format") === "json" },
      });
    if (queryParam(request, "format") === "json") {
      return reply
        .header("content-disposition", `attachment; filename="consentements.json"`)
        .type("application/json; charset=utf-8")
        .send(
          JSON.stringify(
            { person: email, exportedAt: ctx.clock.now().toISOString(), decisions: proof },
            null,
            2,
          ),
        );
    }
    return sendHtml(
      reply,
      <ConsentProofPage v={viewContext(ctx, request, reply)} email={email} proof={proof} />,
    );
  });
}
