import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { acceptCsvFile, uploadedCsv } from "../../platform/http/csv-upload.ts";
import { field, queryParam } from "../../platform/http/forms.ts";
import { pageAsked } from "../../platform/http/paging.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import {
  contactCounts,
  createList,
  findContacts,
  importContacts,
  listsWithCounts,
} from "../newsletter/index.ts";
import { readContactsCsv } from "./csv.ts";
import { keepContacts } from "./policy.ts";
import { ContactsPage, ImportReportPage } from "./views.tsx";

/** The contacts desk (CRM): search, lists, and the CSV import with its row-by-row report. */
export async function contactRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, keepContacts);
  // Only this plugin takes the CSV file.
  await acceptCsvFile(app);
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { listError?: MessageKey; importError?: MessageKey; listName?: string } = {},
  ) => {
    const query = queryParam(request, "q");
    return sendHtml(
      reply,
      <ContactsPage
        v={viewContext(ctx, request, reply)}
        query={query}
        contacts={await findContacts(ctx, query, pageAsked(request))}
        lists={await listsWithCounts(ctx)}
        counts={await contactCounts(ctx)}
        {...extra}
      />,
      extra.listError || extra.importError ? 422 : 200,
    );
  };

  app.get("/admin/contacts", (request, reply) => {
    return page(request, reply);
  });

  app.post("/admin/contacts/listes", async (request, reply) => {
    const actor = authorizedActor(request);
    const name = field(request, "name");
    const problem = await createList(ctx, actor, name);
    if (problem) return page(request, reply, { listError: problem, listName: name });
    setFlash(ctx, reply, "contacts.list.created");
    return sendRedirect(reply, "/admin/contacts");
  });

  app.post("/admin/contacts/import", async (request, reply) => {
    const actor = authorizedActor(request);
    const file = uploadedCsv(request);
    if (!file.ok)
      return page(request, reply, {
        importError: file.problem === "missing" ? "contacts.import.missing" : "contacts.import.tooBig",
      });
    const read = readContactsCsv(file.text);
    if ("error" in read) return page(request, reply, { importError: read.error });
    const label = field(request, "label").trim() || "import.csv";
    const report = await importContacts(ctx, actor, read.rows, label);
    return sendHtml(reply, <ImportReportPage v={viewContext(ctx, request, reply)} report={report} />);
  });
}
