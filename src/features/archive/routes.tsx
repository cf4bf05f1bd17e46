import type { FastifyInstance } from "fastify";
import { guardRoutes } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { dayFromInput, positiveId, queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { readArchive } from "./policy.ts";
import { type ArchiveQuery, archiveCsv, exportArchive, searchArchive, verifyArchive } from "./service.ts";
import { type ArchiveForm, ArchivePage } from "./views.tsx";

const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

/** The search, or the fields to correct: a date that does not exist is said so, not ignored. */
function queryOf(form: ArchiveForm): { query: ArchiveQuery; errors?: FieldErrors } {
  const from = dayFromInput(form.du);
  const to = dayFromInput(form.au);
  const errors: FieldErrors = {
    ...(form.du.trim() && !from ? { du: "error.badDate" } : {}),
    ...(form.au.trim() && !to ? { au: "error.badDate" } : {}),
  };
  return {
    query: {
      words: form.q.trim() || undefined,
      authorName: form.auteur.trim() || undefined,
      from,
      to: to ? new Date(to.getTime() + DAY_MS - 1) : undefined,
    },
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
  };
}

export async function archiveRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, readArchive);
  app.get("/admin/archives", async (request, reply) => {
    const form: ArchiveForm = {
      q: queryParam(request, "q").slice(0, 200),
      auteur: queryParam(request, "auteur").slice(0, 40),
      du: queryParam(request, "du"),
      au: queryParam(request, "au"),
    };
    const { query, errors } = queryOf(form);
    if (errors) {
      return sendHtml(
        reply,
        <ArchivePage
          v={viewContext(ctx, request, reply)}
          form={form}
          errors={errors}
          entries={[]}
          chainReport={undefined}
          nextBefore={undefined}
        />,
        400,
      );
    }
    const format = queryParam(request, "format");
    if (format === "csv" || format === "json") {
      const entries = await exportArchive(ctx.db, query);
      const name = `archive-publications-${ctx.clock.now().toISOString().slice(0, 10)}.${format}`;
      reply
        .header("content-disposition", `attachment; filename="${name}"`)
        .header("cache-control", "no-store");
      return format === "csv"
        ? reply.type("text/csv; charset=utf-8").send(archiveCsv(entries))
        : reply.type("application/json; charset=utf-8").send(JSON.stringify({ entries }, null, 2));
    }
    const before = positiveId(queryParam(request, "avant")) ?? undefined;
    const entries = await searchArchive(ctx.db, query, {
      limit: PAGE_SIZE,
      ...(before ? { beforeId: before } : {}),
    });
    const report = queryParam(request, "verifier") === "1" ? await verifyArchive(ctx.db) : undefined;
    const last = entries.at(-1);
    return sendHtml(
      reply,
      <ArchivePage
        v={viewContext(ctx, request, reply)}
        form={form}
        entries={entries}
        chainReport={report}
        nextBefore={entries.length === PAGE_SIZE && last ? last.id : undefined}
      />,
    );
  });
}
