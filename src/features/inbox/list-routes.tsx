import type { FastifyInstance } from "fastify";
import { authorizedActor, guardRoutes } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { isHtmx, sendFragment, sendHtml, viewContext } from "../../platform/http/render.ts";
import { publicProfiles } from "../accounts/index.ts";
import { listCategories } from "../community/index.ts";
import { INBOX_PATH, inboxQuery } from "./list-query.ts";
import { inboxList, inboxTeams, workerOf } from "./lists.ts";
import { inbox } from "./policy.ts";
import { registeredSources } from "./sources.ts";
import { InboxListPage, type InboxListProps, InboxWork } from "./views/inbox-list-page.tsx";

/** The inbox's lists: its views with their counts, filters and search, one page at a time. */
export async function listRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.work);

  app.get(INBOX_PATH, async (request, reply) => {
    const actor = authorizedActor(request);
    const query = inboxQuery(request);
    const worker = await workerOf(ctx, actor);
    const [list, teams, categories] = await Promise.all([
      inboxList(ctx, worker, query.view, query.filters, query.page),
      inboxTeams(ctx),
      listCategories(ctx),
    ]);
    const props: InboxListProps = {
      v: viewContext(ctx, request, reply),
      query,
      list,
      assignees: await publicProfiles(
        ctx,
        list.page.items.map((row) => row.assigneeId),
      ),
      teams,
      categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
      sources: registeredSources(),
      now: ctx.clock.now(),
    };
    // The live script asks for the list again when a conversation changes: the list alone.
    if (isHtmx(request)) return sendFragment(reply, <InboxWork {...props} />);
    return sendHtml(reply, <InboxListPage {...props} />);
  });
}
