import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parisLocalInput } from "../../../calendar/index.ts";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { csvDocument } from "../../../platform/csv.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { field, idParam } from "../../../platform/http/forms.ts";
import { pageAsked } from "../../../platform/http/paging.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { dpoDesk } from "../policy.ts";
import { type Breach, type BreachForm, findBreach, listBreaches, saveBreach } from "./breaches.ts";
import { registerEntries, registerEntry, TEXT_FIELDS, updateEntry } from "./register.ts";
import { BreachesPage, BreachFormPage, RegisterEntryPage, RegisterPage } from "./register-views.tsx";

const BREACH_FIELDS = [
  "title",
  "awareAt",
  "nature",
  "peopleConcerned",
  "consequences",
  "measures",
  "decision",
  "decisionReasons",
  "notifiedAt",
  "peopleInformedAt",
] as const;

const localInput = (at: Date | null) => (at ? parisLocalInput(at) : "");

function formOf(breach: Breach): BreachForm {
  return {
    title: breach.title,
    awareAt: localInput(breach.awareAt),
    nature: breach.nature,
    peopleConcerned: breach.peopleConcerned,
    consequences: breach.consequences,
    measures: breach.measures,
    decision: breach.decision,
    decisionReasons: breach.decisionReasons,
    notifiedAt: localInput(breach.notifiedAt),
    peopleInformedAt: localInput(breach.peopleInformedAt),
  };
}

/** The DPO's register of processing (art. 30) and register of breaches (art. 33(5)). */
export async function registerRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, dpoDesk.keepRegisters);

  app.get("/admin/registre", async (request, reply) => {
    return sendHtml(
      reply,
      <RegisterPage v={viewContext(ctx, request, reply)} entries={await registerEntries(ctx.db)} />,
    );
  });

  app.get("/admin/registre.json", async (_request, reply) => {
    return reply
      .header("content-disposition", 'attachment; filename="registre-des-traitements.json"')
      .type("application/json; charset=utf-8")
      .send(
        JSON.stringify(
          {
            controller: ctx.config.bankName,
            dpoContact: ctx.config.dpoContact,
            processing: await registerEntries(ctx.db),
          },
          null,
          2,
        ),
      );
  });

  app.get("/admin/registre.csv", async (request, reply) => {
    const entries = await registerEntries(ctx.db);
    const columns = ["key", ...TEXT_FIELDS, "retentionMonths", "updatedAt"] as const;
    // Headed in the reader's language, like the page: the DPO hands this file to an inspector.
    const csv = csvDocument(
      columns.map((column) => request.i18n.t(`register.field.${column}`)),
      entries.map((e) => columns.map((c) => e[c])),
    );
    return reply
      .header("content-disposition", 'attachment; filename="registre-des-traitements.csv"')
      .type("text/csv; charset=utf-8")
      .send(csv);
  });

  app.get<{ Params: { key: string } }>("/admin/registre/:key", async (request, reply) => {
    const entry = await registerEntry(ctx.db, request.params.key);
    if (!entry) throw notFound();
    const values = Object.fromEntries([
      ...TEXT_FIELDS.map((f) => [f, entry[f]]),
      ["retentionMonths", entry.retentionMonths?.toString() ?? ""],
    ]);
    return sendHtml(
      reply,
      <RegisterEntryPage v={viewContext(ctx, request, reply)} entry={entry} values={values} />,
    );
  });

  app.post<{ Params: { key: string } }>("/admin/registre/:key", async (request, reply) => {
    const actor = authorizedActor(request);
    const entry = await registerEntry(ctx.db, request.params.key);
    if (!entry) throw notFound();
    const values = Object.fromEntries(
      [...TEXT_FIELDS, "retentionMonths" as const].map((f) => [f, field(request, f)]),
    ) as Record<(typeof TEXT_FIELDS)[number] | "retentionMonths", string>;
    const outcome = await updateEntry(ctx.db, actor, entry.key, values, ctx.clock.now());
    if (!outcome.ok)
      return sendHtml(
        reply,
        <RegisterEntryPage
          v={viewContext(ctx, request, reply)}
          entry={entry}
          values={values}
          errors={outcome.errors}
        />,
        422,
      );
    setFlash(ctx, reply, "register.saved");
    return sendRedirect(reply, "/admin/registre");
  });

  app.get("/admin/violations", async (request, reply) => {
    return sendHtml(
      reply,
      <BreachesPage
        v={viewContext(ctx, request, reply)}
        page={await listBreaches(ctx.db, pageAsked(request))}
        now={ctx.clock.now()}
      />,
    );
  });

  const form = (
    request: FastifyRequest,
    reply: FastifyReply,
    breach: Breach | undefined,
    values: BreachForm,
    errors?: FieldErrors,
  ) =>
    sendHtml(
      reply,
      <BreachFormPage
        v={viewContext(ctx, request, reply)}
        breach={breach}
        values={values}
        errors={errors}
        now={ctx.clock.now()}
      />,
      errors ? 422 : 200,
    );
  const submitted = (request: FastifyRequest) =>
    Object.fromEntries(BREACH_FIELDS.map((f) => [f, field(request, f)])) as unknown as BreachForm;

  app.get("/admin/violations/nouvelle", (request, reply) => {
    const empty = Object.fromEntries(BREACH_FIELDS.map((f) => [f, ""])) as unknown as BreachForm;
    return form(request, reply, undefined, {
      ...empty,
      decision: "undecided",
      awareAt: localInput(ctx.clock.now()),
    });
  });

  app.post("/admin/violations/nouvelle", async (request, reply) => {
    const actor = authorizedActor(request);
    const values = submitted(request);
    const saved = await saveBreach(ctx.db, actor, null, values, ctx.clock.now());
    if (!saved.ok) return form(request, reply, undefined, values, saved.errors);
    setFlash(ctx, reply, "breach.saved");
    return sendRedirect(reply, `/admin/violations/${saved.id}`);
  });

  app.get<{ Params: { id: string } }>("/admin/violations/:id", async (request, reply) => {
    const breach = await findBreach(ctx.db, idParam(request));
    if (!breach) throw notFound();
    return form(request, reply, breach, formOf(breach));
  });

  app.post<{ Params: { id: string } }>("/admin/violations/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const breach = await findBreach(ctx.db, idParam(request));
    if (!breach) throw notFound();
    const values = submitted(request);
    const saved = await saveBreach(ctx.db, actor, breach.id, values, ctx.clock.now());
    if (!saved.ok) return form(request, reply, breach, values, saved.errors);
    setFlash(ctx, reply, "breach.saved");
    return sendRedirect(reply, `/admin/violations/${breach.id}`);
  });
}
