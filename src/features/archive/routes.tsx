import type { FastifyInstance } from "fastify";
import { guardRoutes } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { positiveId, queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { readArchive } from "./policy.ts";
import { type ArchiveQuery, archiveCsv, exportArchive, searchArchive, verifyArchive } from "./service.ts";
import { type ArchiveForm, ArchivePage } from "./views.tsx";

const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function queryOf(form: ArchiveForm): ArchiveQuery {
  return {
    words: form.q.trim() || undefined,
    authorName: form.auteur.trim() || undefined,
    from: DAY.test(form.du) ? new Date(`${form.du}T00:00:00Z`) : undefined,
    to: DAY.test(form.au) ? new Date(`${form.au}T23:59:59.999Z`) : undefined,
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
    const format = queryParam(request, "format");
    if (format === "csv" || format === "json") {
      const entries = await exportArchive(ctx.db, queryOf(form));
      const name = `archive-publications-${new Date().toISOString().slice(0, 10)}.${format}`;
      reply
        .header("content-disposition", `attachment; filename="${name}"`)
        .header("cache-control", "no-store");
      return format === "csv"
        ? reply.type("text/csv; charset=utf-8").send(`\uFEFF${archiveCsv(entries)}`)
        : reply.type("application/json; charset=utf-8").send(JSON.stringify({ entries }, null, 2));
    }
    const before = positiveId(queryParam(request, "avant")) ?? undefined;
    const entries = await searchArchive(ctx.db, queryOf(form), {
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
