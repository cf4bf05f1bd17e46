import type { FastifyInstance } from "fastify";
import { dayFromIso, endOfParisDay } from "../../calendar/index.ts";
import type { AppContext } from "../../platform/context.ts";
import { isHtmx } from "../../platform/http/render.ts";
import { PostForm } from "../../platform/views/components.tsx";
import type { LayoutPart, ViewContext } from "../../platform/views/context.ts";
import { type InPageInvitation, inPageInvitationOf } from "./in-page-invitations.ts";

declare module "../../platform/views/context.ts" {
  interface LayoutFacts {
    /** The survey a signed-in member is invited to answer on the site (in-page-invitations.ts). */
    surveyInvitation: InPageInvitation;
  }
}

export const inPagePath = (waveId: number) => `/sondages/invitation-site/${waveId}`;

/**
 * The invitation at the top of a member's pages: the survey, whether it is anonymous, until when,
 * and two buttons (answer, or "non merci"). Plain forms: no script needed, reachable by keyboard
 * before the header's links.
 */
function InPageBanner({ v, invitation }: { v: ViewContext; invitation: InPageInvitation }) {
  const { t, locale } = v.i18n;
  const closes = v.i18n.date(endOfParisDay(dayFromIso(invitation.closesOn)!));
  return (
    <aside class="survey-invitation" aria-labelledby="survey-invitation-title">
      <p class="survey-invitation__label">{t("surveys.invitations.banner.label")}</p>
      <h2 id="survey-invitation-title" class="survey-invitation__title">
        {t("surveys.invitations.banner.title", { title: invitation.title[locale] })}
      </h2>
      <p>{t(`surveys.invitations.banner.text.${invitation.mode}`, { date: closes })}</p>
      <div class="survey-invitation__actions">
        <PostForm v={v} action={inPagePath(invitation.waveId)}>
          <button type="submit" class="button button--small">
            {t(invitation.begun ? "surveys.invitations.banner.resume" : "surveys.invitations.banner.answer")}
          </button>
        </PostForm>
        <PostForm v={v} action={`${inPagePath(invitation.waveId)}/non-merci`}>
          <input type="hidden" name="next" value={v.currentUrl} />
          <button type="submit" class="link-button">
            {t("surveys.invitations.banner.dismiss")}
          </button>
        </PostForm>
      </div>
    </aside>
  );
}

export const IN_PAGE_INVITATION: LayoutPart = {
  name: "survey-invitation",
  place: "beforeHeader",
  render: (v) =>
    v.layoutFacts.surveyInvitation ? (
      <InPageBanner v={v} invitation={v.layoutFacts.surveyInvitation} />
    ) : null,
};

/**
 * Finds, for a signed-in member's full pages (not the survey's own pages, fragments or JSON), the
 * invitation to show, and adds the banner to the layout.
 */
export function installInPageInvitation(app: FastifyInstance, ctx: AppContext): void {
  app.layoutParts.push(IN_PAGE_INVITATION);
  app.addHook("preHandler", async (request) => {
    const actor = request.actor;
    if (actor?.role !== "member" || request.method !== "GET" || isHtmx(request)) return;
    if (request.url.startsWith("/sondages/")) return;
    const accept = request.headers.accept;
    if (accept && !accept.includes("text/html") && !accept.includes("*/*")) return;
    const invitation = await inPageInvitationOf(ctx, actor.id);
    if (invitation) request.layoutFacts = { ...request.layoutFacts, surveyInvitation: invitation };
  });
}
