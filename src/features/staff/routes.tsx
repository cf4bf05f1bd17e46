import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { latestAuditEntries, verifyAuditChain } from "../../platform/audit/service.ts";
import { authorizedActor } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import { isRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, notFound } from "../../platform/http/errors.ts";
import { field, idParam, positiveId, queryParam } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import {
  latestMailboxMessages,
  MAIL_HTML_POLICY,
  mailboxMessage,
  webLinksIn,
} from "../../platform/mail/mailbox.ts";
import {
  changeRole,
  listAccounts,
  originOf,
  publicProfiles,
  setDeactivated,
  setTeam,
} from "../accounts/index.ts";
import { listTopics } from "../community/index.ts";
import { staffConsole } from "./policy.ts";
import {
  AccountsPage,
  AuditPage,
  accountsNamedIn,
  ConsolePage,
  type ConsoleWork,
  MailboxMessagePage,
  MailboxPage,
} from "./views/staff-pages.tsx";
import { waitingWork } from "./workspace.ts";

const AUDIT_PAGE_SIZE = 50;
/** Unanswered questions linked from the staff home; the listing has the rest. */
const UNANSWERED_SHOWN = 5;

/** The staff console: accounts and roles, the audit log, the demo Mailbox. */
export async function staffRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);

  app.get("/admin", { config: { access: staffConsole.open } }, async (request, reply) => {
    const actor = authorizedActor(request);
    // Read afresh here (the header keeps its numbers a few seconds).
    const [waiting, unanswered] = await Promise.all([
      waitingWork(ctx, actor),
      listTopics(ctx, { listing: "unanswered", page: 1 }),
    ]);
    const work: ConsoleWork = {
      ...waiting,
      unanswered: { total: unanswered.total, latest: unanswered.items.slice(0, UNANSWERED_SHOWN) },
    };
    return sendHtml(
      reply,
      <ConsolePage v={v(request, reply)} mailboxEnabled={ctx.mailer.usesSink} work={work} />,
    );
  });

  app.get("/admin/comptes", { config: { access: staffConsole.manageAccounts } }, async (request, reply) => {
    const search = queryParam(request, "q").slice(0, 100);
    const accounts = await listAccounts(ctx, search || undefined);
    return sendHtml(reply, <AccountsPage v={v(request, reply)} accounts={accounts} search={search} />);
  });

  app.post<{ Params: { id: string } }>(
    "/admin/comptes/:id/equipe",
    { config: { access: staffConsole.manageAccounts } },
    async (request, reply) => {
      const actor = authorizedActor(request);
      await setTeam(ctx, actor, idParam(request), field(request, "team"), originOf(request));
      setFlash(ctx, reply, "staff.accounts.teamChanged");
      return sendRedirect(reply, "/admin/comptes");
    },
  );

  app.post<{ Params: { id: string } }>(
    "/admin/comptes/:id/role",
    { config: { access: staffConsole.manageAccounts } },
    async (request, reply) => {
      const actor = authorizedActor(request);
      const role = field(request, "role");
      if (!isRole(role)) throw new DomainError("invalid_role", 400, "staff.invalidRole");
      await changeRole(ctx, actor, idParam(request), role, originOf(request));
      setFlash(ctx, reply, "staff.accounts.roleChanged");
      return sendRedirect(reply, "/admin/comptes");
    },
  );

  for (const [path, deactivate] of [
    ["desactiver", true],
    ["reactiver", false],
  ] as const) {
    app.post<{ Params: { id: string } }>(
      `/admin/comptes/:id/${path}`,
      { config: { access: staffConsole.manageAccounts } },
      async (request, reply) => {
        const actor = authorizedActor(request);
        await setDeactivated(ctx, actor, idParam(request), deactivate, originOf(request));
        setFlash(
          ctx,
          reply,
          deactivate ? "staff.accounts.deactivatedDone" : "staff.accounts.reactivatedDone",
        );
        return sendRedirect(reply, "/admin/comptes");
      },
    );
  }

  app.get("/admin/journal", { config: { access: staffConsole.readAuditLog } }, async (request, reply) => {
    const before = positiveId(queryParam(request, "avant")) ?? undefined;
    const entries = await latestAuditEntries(ctx.db, {
      limit: AUDIT_PAGE_SIZE,
      ...(before ? { beforeId: before } : {}),
    });
    // Walking the whole chain costs a full read of the log: done when asked, not on every page.
    const report = queryParam(request, "verifier") === "1" ? await verifyAuditChain(ctx.db) : undefined;
    const people = await publicProfiles(ctx, accountsNamedIn(entries));
    const last = entries.at(-1);
    const nextBefore = entries.length === AUDIT_PAGE_SIZE && last ? last.id : undefined;
    return sendHtml(
      reply,
      <AuditPage
        v={v(request, reply)}
        entries={entries}
        people={people}
        chainReport={report}
        nextBefore={nextBefore}
      />,
    );
  });

  app.get("/admin/boite-mail", { config: { access: staffConsole.readMailbox } }, async (request, reply) => {
    if (!ctx.mailer.usesSink) throw notFound();
    const messages = await latestMailboxMessages(ctx.db);
    return sendHtml(reply, <MailboxPage v={v(request, reply)} messages={messages} />);
  });

  app.get<{ Params: { id: string } }>(
    "/admin/boite-mail/:id",
    { config: { access: staffConsole.readMailbox } },
    async (request, reply) => {
      const id = positiveId(request.params.id);
      const message = id && ctx.mailer.usesSink ? await mailboxMessage(ctx.db, id) : undefined;
      if (!message) throw notFound();
      const htmlPath = message.html ? `/admin/boite-mail/${message.id}/html` : undefined;
      // This page alone may frame something: the message's HTML part, from this origin.
      const policy = reply.raw.getHeader("content-security-policy");
      if (htmlPath && typeof policy === "string")
        reply.raw.setHeader("content-security-policy", policy.replace(/frame-src [^;]*/, "frame-src 'self'"));
      return sendHtml(
        reply,
        <MailboxMessagePage
          v={v(request, reply)}
          message={message}
          links={webLinksIn(message.text)}
          htmlPath={htmlPath}
        />,
      );
    },
  );

  // The HTML part as the recipient's mail client would show it, but served as a sandboxed
  // document of its own (MAIL_HTML_POLICY) instead of being pasted into a staff page: whatever a
  // message holds runs no script and reads nothing of the console's origin.
  app.get<{ Params: { id: string } }>(
    "/admin/boite-mail/:id/html",
    { config: { access: staffConsole.readMailbox } },
    async (request, reply) => {
      const id = positiveId(request.params.id);
      const message = id && ctx.mailer.usesSink ? await mailboxMessage(ctx.db, id) : undefined;
      if (!message?.html) throw notFound();
      return reply
        .header("content-security-policy", MAIL_HTML_POLICY)
        .header("x-frame-options", "SAMEORIGIN")
        .header("referrer-policy", "no-referrer")
        .header("cache-control", "no-store")
        .type("text/html; charset=utf-8")
        .send(message.html);
    },
  );
}
