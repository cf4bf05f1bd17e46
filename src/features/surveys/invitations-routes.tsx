import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { isStaff } from "../../platform/auth/actor.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, fields, idParam, queryParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { secretAddress } from "../../platform/http/secret-address.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { evidenceOf } from "../consent/index.ts";
import { listsWithCounts } from "../newsletter/index.ts";
import { showInPage, shownInPage } from "./in-page-invitations.ts";
import { distributionsOf, invitationPath, type SendTyped, sendInvitations } from "./invitations.ts";
import { beginInvitedAnswer, type LinkState, linkState } from "./invitations-answer.ts";
import { OPT_OUT_PATH, optOut, optOutAddress } from "./invitations-opt-out.ts";
import { InvitationOutcomePage, InvitationPage, InvitationsPage, OptOutPage } from "./invitations-views.tsx";
import { invitedWave } from "./invitations-wave.ts";
import { INVITATIONS_ROUTE, invitationsPagePath, responsePath } from "./paths.ts";
import { surveysAccess } from "./policy.ts";

/** Why a link asks nothing, as a status: altered (400), unknown (404), answered or closed (410), not open yet (409). */
const STATUS: Record<Exclude<LinkState, { kind: "open" }>["kind"], number> = {
  tampered: 400,
  unknown: 404,
  answered: 410,
  closed: 410,
  scheduled: 409,
  staff: 403,
};

/** The e-mailed invitation's link: its page, then the answering pages (answering.ts) in the draft it begins. */
export async function invitationLinkRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);

  app.get<{ Params: { token: string } }>(
    invitationPath(":token"),
    secretAddress(),
    async (request, reply) => {
      const v = viewContext(ctx, request, reply);
      const linked = await linkState(ctx, request.params.token);
      // Signed in as staff: the bank's own people do not answer its surveys.
      const state =
        isStaff(request.actor) && linked.kind === "open" ? { ...linked, kind: "staff" as const } : linked;
      if (state.kind !== "open")
        return sendHtml(reply, <InvitationOutcomePage v={v} state={state} />, STATUS[state.kind]);
      return sendHtml(
        reply,
        <InvitationPage v={v} wave={state.wave} action={invitationPath(request.params.token)} />,
      );
    },
  );

  app.post<{ Params: { token: string } }>(
    invitationPath(":token"),
    secretAddress(),
    async (request, reply) => {
      const begun = await beginInvitedAnswer(ctx, request.params.token, isStaff(request.actor));
      if (begun.ok) return sendRedirect(reply, responsePath(begun.key));
      const v = viewContext(ctx, request, reply);
      return sendHtml(reply, <InvitationOutcomePage v={v} state={begun.state} />, STATUS[begun.state.kind]);
    },
  );

  const optOutPage = async (request: FastifyRequest, reply: FastifyReply, apply: boolean) => {
    const token = queryParam(request, "jeton");
    const email = optOutAddress(ctx, token);
    if (email && apply) await optOut(ctx, email, request.i18n.locale, evidenceOf(request, OPT_OUT_PATH));
    const page = <OptOutPage v={viewContext(ctx, request, reply)} email={email} token={token} done={apply} />;
    return sendHtml(reply, page, email ? 200 : 400);
  };
  app.get(OPT_OUT_PATH, secretAddress(), (request, reply) => optOutPage(request, reply, false));
  // The sealed address is the authority here: a mail client posts it (RFC 8058) without any cookie or form token.
  app.post(OPT_OUT_PATH, secretAddress({ config: { withoutCsrf: true } }), (request, reply) =>
    optOutPage(request, reply, true),
  );
}

/** A wave's distribution for staff: read by those who read surveys, sent by those who build them. */
export async function invitationStaffRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const page = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    rejected?: { typed: SendTyped; errors: FieldErrors },
  ) => {
    const waveId = idParam(request);
    const wave = await invitedWave(ctx, waveId);
    if (!wave) throw notFound();
    return sendHtml(
      reply,
      <InvitationsPage
        v={viewContext(ctx, request, reply)}
        wave={wave}
        lists={await listsWithCounts(ctx)}
        sendings={await distributionsOf(ctx, waveId)}
        inPage={await shownInPage(ctx, waveId)}
        typed={rejected?.typed}
        errors={rejected?.errors}
      />,
      rejected ? 422 : 200,
    );
  };

  app.get<{ Params: { id: string } }>(INVITATIONS_ROUTE, declared(surveysAccess.read), page);

  app.post<{ Params: { id: string } }>(
    INVITATIONS_ROUTE,
    declared(surveysAccess.build),
    async (request, reply) => {
      const waveId = idParam(request);
      const typed: SendTyped = {
        contacts: field(request, "contacts") === "1",
        lists: fields(request, "list"),
        tags: field(request, "tags"),
        members: field(request, "members") === "1",
        reminderDays: field(request, "reminderDays"),
      };
      const sent = await sendInvitations(ctx, authorizedActor(request), waveId, typed);
      if (!sent.ok) {
        if (sent.errors.wave === "surveys.invitations.waveUnknown") throw notFound();
        return page(request, reply, { typed, errors: sent.errors });
      }
      setFlash(ctx, reply, "surveys.invitations.sent");
      return sendRedirect(reply, invitationsPagePath(waveId));
    },
  );

  app.post<{ Params: { id: string } }>(
    `${INVITATIONS_ROUTE}/site`,
    declared(surveysAccess.build),
    async (request, reply) => {
      const waveId = idParam(request);
      const show = field(request, "show") === "1";
      if (!(await showInPage(ctx, authorizedActor(request), waveId, show))) throw notFound();
      setFlash(
        ctx,
        reply,
        show ? "surveys.invitations.inPage.started" : "surveys.invitations.inPage.stopped",
      );
      return sendRedirect(reply, invitationsPagePath(waveId));
    },
  );
}
