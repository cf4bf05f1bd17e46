import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parisDay } from "../../../calendar/index.ts";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { field, idParam, queryParam, safeNextPath } from "../../../platform/http/forms.ts";
import { pageAsked } from "../../../platform/http/paging.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import { i18nFor, type MessageKey } from "../../../platform/i18n/index.ts";
import { isOneOf } from "../../../platform/one-of.ts";
import { conversationPath } from "../notes.ts";
import { inbox } from "../policy.ts";
import { acknowledgeComplaint, receiptOf } from "./acknowledgement.ts";
import { ComplaintPage, FinalAnswerPage, HoldingReplyPage } from "./action-views.tsx";
import { type FinalAnswerForm, mediatorBlock, sendFinalAnswer } from "./final-answer.ts";
import { sendHoldingReply } from "./holding-reply.ts";
import { complaintPanel } from "./panel.tsx";
import { complaintPath, REGISTER_PATH } from "./paths.ts";
import { complaintReference, receiptParagraphs } from "./receipt.ts";
import { registerCsv } from "./register-csv.ts";
import {
  classifierErrors,
  REGISTER_STATUSES,
  type RegisterFilters,
  registerEntries,
  registerPage,
  registerProducts,
  registerYears,
  yearlySummary,
} from "./register-queries.ts";
import { ReceiptPage, RegisterPage } from "./register-views.tsx";

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** A complaint's actions, for the staff who work its conversation (404 outside their scope). */
export async function complaintActionRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.work);

  const panelOr404 = async (request: WithId) => {
    const data = await complaintPanel(ctx, authorizedActor(request), idParam(request));
    if (!data) throw notFound();
    return data;
  };

  app.get<{ Params: { id: string } }>("/admin/reclamations/:id", async (request, reply) =>
    sendHtml(reply, <ComplaintPage v={viewContext(ctx, request, reply)} data={await panelOr404(request)} />),
  );

  app.post<{ Params: { id: string } }>("/admin/reclamations/:id/accuse", async (request, reply) => {
    const id = idParam(request);
    await acknowledgeComplaint(ctx, authorizedActor(request), id);
    setFlash(ctx, reply, "inbox.complaints.acknowledged");
    return sendRedirect(reply, safeNextPath(field(request, "retour"), ctx.config.baseUrl, complaintPath(id)));
  });

  app.get<{ Params: { id: string } }>("/admin/reclamations/:id/reponse-d-attente", async (request, reply) =>
    sendHtml(
      reply,
      <HoldingReplyPage v={viewContext(ctx, request, reply)} data={await panelOr404(request)} reasons="" />,
    ),
  );

  app.post<{ Params: { id: string } }>(
    "/admin/reclamations/:id/reponse-d-attente",
    async (request, reply) => {
      const id = idParam(request);
      const reasons = field(request, "reasons");
      const outcome = await sendHoldingReply(ctx, authorizedActor(request), id, reasons);
      if (!outcome.ok)
        return sendHtml(
          reply,
          <HoldingReplyPage
            v={viewContext(ctx, request, reply)}
            data={await panelOr404(request)}
            reasons={reasons}
            errors={outcome.errors}
          />,
          422,
        );
      return backToComplaint(reply, id, outcome.delivery, "inbox.complaints.holding.sent");
    },
  );

  /** After a reply to the client: said sent, or waiting for a colleague's approval. */
  const backToComplaint = (
    reply: FastifyReply,
    id: number,
    delivery: "sent" | "pending_approval",
    sent: MessageKey,
  ) => {
    setFlash(ctx, reply, delivery === "sent" ? sent : "inbox.complaints.pendingApproval");
    return sendRedirect(reply, conversationPath(id));
  };

  const finalForm = (request: FastifyRequest): FinalAnswerForm => ({
    body: field(request, "body"),
    outcome: field(request, "outcome"),
    compensation: field(request, "compensation"),
    product: field(request, "product"),
    category: field(request, "category"),
    rootCause: field(request, "rootCause"),
    level: field(request, "level"),
  });

  /** The block in the client's language (the conversation's), as the composer inserts it. */
  const blockFor = (language: "fr" | "en") => mediatorBlock(i18nFor(language), ctx.config.mediatorContact);

  app.get<{ Params: { id: string } }>("/admin/reclamations/:id/reponse-finale", async (request, reply) => {
    const data = await panelOr404(request);
    const form: FinalAnswerForm = {
      body: `\n\n${blockFor(data.language)}`,
      outcome: "",
      compensation: "",
      product: data.entry.product ?? "",
      category: data.entry.category ?? "",
      rootCause: data.entry.rootCause ?? "",
      level: data.entry.level,
    };
    return sendHtml(reply, <FinalAnswerPage v={viewContext(ctx, request, reply)} data={data} form={form} />);
  });

  app.post<{ Params: { id: string } }>(
    "/admin/reclamations/:id/reponse-finale",
    async (request, reply: FastifyReply) => {
      const id = idParam(request);
      const form = finalForm(request);
      if (field(request, "inserer") === "mediateur") {
        const data = await panelOr404(request);
        const withBlock = { ...form, body: `${form.body.trimEnd()}\n\n${blockFor(data.language)}` };
        return sendHtml(
          reply,
          <FinalAnswerPage v={viewContext(ctx, request, reply)} data={data} form={withBlock} />,
        );
      }
      const outcome = await sendFinalAnswer(ctx, authorizedActor(request), id, form);
      if (!outcome.ok)
        return sendHtml(
          reply,
          <FinalAnswerPage
            v={viewContext(ctx, request, reply)}
            data={await panelOr404(request)}
            form={form}
            errors={outcome.errors}
          />,
          422,
        );
      return backToComplaint(reply, id, outcome.delivery, "inbox.complaints.final.sent");
    },
  );
}

/** What the register's query string asks for: a year (this one by default), a product, a status. */
function filtersOf(ctx: AppContext, request: FastifyRequest): RegisterFilters {
  const year = Number(queryParam(request, "annee"));
  const status = queryParam(request, "statut");
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : parisDay(ctx.clock.now()).year,
    product: queryParam(request, "produit") || undefined,
    status: isOneOf(REGISTER_STATUSES, status) ? status : undefined,
  };
}

/** The register of complaints, its CSV export, its yearly summary and the classifier's error rate. */
export async function complaintRegisterRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.complaintsRegister);

  app.get(REGISTER_PATH, async (request, reply) => {
    const filters = filtersOf(ctx, request);
    const [years, products, page, summary, labels] = await Promise.all([
      registerYears(ctx),
      registerProducts(ctx),
      registerPage(ctx, filters, pageAsked(request)),
      yearlySummary(ctx, filters.year),
      classifierErrors(ctx),
    ]);
    return sendHtml(
      reply,
      <RegisterPage
        v={viewContext(ctx, request, reply)}
        filters={filters}
        years={years}
        products={products}
        page={page}
        summary={summary}
        labels={labels}
      />,
    );
  });

  app.get(`${REGISTER_PATH}.csv`, async (request, reply) => {
    const filters = filtersOf(ctx, request);
    const csv = registerCsv(request.i18n, await registerEntries(ctx, filters));
    return reply
      .header("content-disposition", `attachment; filename="registre-des-reclamations-${filters.year}.csv"`)
      .type("text/csv; charset=utf-8")
      .send(csv);
  });
}

/** A member's dated acknowledgement of their own complaint, in "Mes messages". */
export async function complaintReceiptRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.ownMessages);
  app.get<{ Params: { id: string } }>("/compte/messages/:id/accuse-de-reception", async (request, reply) => {
    const receipt = await receiptOf(ctx, authorizedActor(request).id, idParam(request));
    if (!receipt) throw notFound();
    return sendHtml(
      reply,
      <ReceiptPage
        v={viewContext(ctx, request, reply)}
        reference={complaintReference(receipt.entry)}
        paragraphs={receiptParagraphs(request.i18n, receipt.entry, receipt.subject, receipt.acknowledgedAt)}
      />,
    );
  });
}
