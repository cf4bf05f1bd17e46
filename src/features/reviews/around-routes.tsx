import type { FastifyInstance } from "fastify";
import { parisDay } from "../../calendar/index.ts";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import type { I18n } from "../../platform/i18n/index.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { CONFORMITY_PATH, ConformityPage, DISCLOSURE_PATH, DisclosurePage } from "./around-views.tsx";
import { conformityCsv, conformityLines } from "./conformity.ts";
import { conformityReport } from "./conformity-report.ts";
import { disclosure } from "./disclosure.ts";
import { REFUSAL_REASONS } from "./model.ts";
import { overseeReviews } from "./policy.ts";
import { settingsNow } from "./settings.ts";
import { settingsSince } from "./settings-since.ts";

/** The disclosure page D111-17 requires, for everyone, generated from the settings in force. */
export async function disclosureRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, publicAccess);
  app.get(DISCLOSURE_PATH, async (request, reply) => {
    const sections = disclosure(request.i18n, await settingsNow(ctx), {
      bankName: ctx.config.bankName,
      refusalReasons: reasonLabels(request.i18n),
    });
    return sendHtml(
      reply,
      <DisclosurePage
        v={viewContext(ctx, request, reply)}
        sections={sections}
        since={await settingsSince(ctx)}
      />,
    );
  });
}

const reasonLabels = (i18n: I18n) => REFUSAL_REASONS.map((reason) => i18n.t(`reviews.reason.${reason}`));

/** The yearly conformity report, for compliance and the auditor: the page and its CSV. */
export async function conformityRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, overseeReviews);
  const yearAsked = (raw: string) => {
    const current = parisDay(ctx.clock.now()).year;
    const year = /^\d{4}$/.test(raw) ? Number(raw) : current;
    return year >= 2000 && year <= current ? year : current;
  };
  const linesOf = async (i18n: I18n, year: number) => {
    const { figures, moderationDays } = await conformityReport(ctx, year);
    return conformityLines(i18n, figures, {
      moderationDays,
      reasonLabel: (reason) =>
        isOneOf(REFUSAL_REASONS, reason) ? i18n.t(`reviews.reason.${reason}`) : reason,
    });
  };

  app.get(CONFORMITY_PATH, async (request, reply) => {
    const year = yearAsked(queryParam(request, "annee"));
    const current = parisDay(ctx.clock.now()).year;
    const years = Array.from({ length: 6 }, (_, i) => current - i);
    return sendHtml(
      reply,
      <ConformityPage
        v={viewContext(ctx, request, reply)}
        year={year}
        years={years}
        lines={await linesOf(request.i18n, year)}
      />,
    );
  });

  app.get(`${CONFORMITY_PATH}.csv`, async (request, reply) => {
    const year = yearAsked(queryParam(request, "annee"));
    return reply
      .header("content-disposition", `attachment; filename="conformite-avis-${year}.csv"`)
      .type("text/csv; charset=utf-8")
      .send(conformityCsv(request.i18n, await linesOf(request.i18n, year)));
  });
}
