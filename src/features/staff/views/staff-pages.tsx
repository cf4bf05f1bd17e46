import type { ChainReport } from "../../../platform/audit/service.ts";
import { may } from "../../../platform/auth/access.ts";
import { isRole, ROLES } from "../../../platform/auth/roles.ts";
import { ofName } from "../../../platform/i18n/elision.ts";
import { isMessageKey } from "../../../platform/i18n/index.ts";
import { Notice, PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { AccountSummary, PublicProfile } from "../../accounts/model.ts";
import { readArchive } from "../../archive/policy.ts";
import { readAudience } from "../../audience/policy.ts";
import { topicUrl } from "../../community/paths.ts";
import { keepContacts } from "../../contacts/policy.ts";
import { inbox } from "../../inbox/policy.ts";
import { moderate } from "../../moderation/policy.ts";
import { runNewsletter } from "../../newsletter/policy.ts";
import { dpoDesk } from "../../privacy/policy.ts";
import { staffConsole } from "../policy.ts";
import type { WaitingWork } from "../workspace.ts";

/**
 * What waits for this person, counted for the roles that may act on it (absent: not theirs),
 * and the questions nobody has answered, which every staff member may answer for the bank.
 */
export interface ConsoleWork extends WaitingWork {
  unanswered: { total: number; latest: { id: number; slug: string; title: string }[] };
}

export function ConsolePage({
  v,
  mailboxEnabled,
  work,
}: {
  v: ViewContext;
  mailboxEnabled: boolean;
  work: ConsoleWork;
}) {
  const { t } = v.i18n;
  const role = v.actor!.role;
  const waiting = [
    work.moderation && {
      href: "/moderation",
      text: t("staff.console.waiting.held", { count: work.moderation.held }),
      urgent: false,
    },
    work.moderation && {
      href: "/moderation",
      text: t("staff.console.waiting.reported", { count: work.moderation.reported }),
      urgent: false,
    },
    work.moderation && {
      href: "/moderation",
      text: t("staff.console.waiting.appeals", { count: work.moderation.appeals }),
      urgent: false,
    },
    work.requests && {
      href: "/admin/demandes",
      text: t("staff.console.waiting.requests", { count: work.requests.open }),
      urgent: false,
    },
    work.requests && {
      href: "/admin/demandes",
      text: t("staff.console.waiting.dueSoon", {
        count: work.requests.dueSoon,
        days: work.requests.withinDays,
      }),
      urgent: work.requests.dueSoon > 0,
    },
    work.requests && {
      href: "/admin/demandes",
      text: t("staff.console.waiting.overdue", { count: work.requests.overdue }),
      urgent: work.requests.overdue > 0,
    },
    work.campaignsToApprove !== undefined && {
      href: "/admin/lettres",
      text: t("staff.console.waiting.campaigns", { count: work.campaignsToApprove }),
      urgent: false,
    },
  ].filter((w): w is { href: string; text: string; urgent: boolean } => Boolean(w));
  const sections = [
    may(v.actor, staffConsole.manageAccounts) && {
      href: "/admin/comptes",
      title: t("staff.accounts.title"),
      text: t("staff.accounts.summary"),
    },
    may(v.actor, staffConsole.readAuditLog) && {
      href: "/admin/journal",
      title: t("staff.audit.title"),
      text: t("staff.audit.summary"),
    },
    may(v.actor, moderate) && {
      href: "/moderation",
      title: t("queue.title"),
      text: t("queue.intro"),
    },
    may(v.actor, readArchive) && {
      href: "/admin/archives",
      title: t("archive.title"),
      text: t("archive.summary"),
    },
    may(v.actor, runNewsletter) && {
      href: "/admin/lettres",
      title: t("campaign.list.title"),
      text: t("campaign.summary"),
    },
    may(v.actor, readAudience) && {
      href: "/admin/audience",
      title: t("audience.title"),
      text: t("audience.summary"),
    },
    may(v.actor, keepContacts) && {
      href: "/admin/contacts",
      title: t("contacts.title"),
      text: t("contacts.summary"),
    },
    may(v.actor, dpoDesk.handleRequests) && {
      href: "/admin/demandes",
      title: t("console.requests.title"),
      text: t("console.requests.summary"),
    },
    may(v.actor, inbox.complaintsRegister) && {
      href: "/admin/reclamations",
      title: t("inbox.complaints.register.title"),
      text: t("inbox.complaints.register.summary"),
    },
    may(v.actor, dpoDesk.keepRegisters) && {
      href: "/admin/registre",
      title: t("register.title"),
      text: t("register.summary"),
    },
    may(v.actor, dpoDesk.readConsents) && {
      href: "/admin/consentements",
      title: t("consents.title"),
      text: t("consents.summary"),
    },
    may(v.actor, staffConsole.readOutbox) && {
      href: "/admin/courriels",
      title: t("staff.outbox.title"),
      text: t("staff.outbox.summary"),
    },
    mailboxEnabled &&
      may(v.actor, staffConsole.readMailbox) && {
        href: "/admin/boite-mail",
        title: t("staff.mailbox.title"),
        text: t("staff.mailbox.summary"),
      },
  ].filter((s): s is { href: string; title: string; text: string } => Boolean(s));
  return (
    <Layout v={v} title={t("staff.console.title")}>
      <h1>{t("staff.console.title")}</h1>
      <p>{t("staff.console.intro", { role: t(`role.${role}`) })}</p>
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-title" class="waiting">
          <h2 id="waiting-title">{t("staff.console.waiting.title")}</h2>
          <ul>
            {waiting.map((w) => (
              <li key={w.text} class={w.urgent ? "waiting__item waiting__item--urgent" : "waiting__item"}>
                <a href={w.href}>{w.text}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul class="cards">
        <li class="card">
          <h2>
            <a href="/?liste=sans-reponse">{t("staff.console.answer.title")}</a>
          </h2>
          <p>
            {t("staff.console.answer.text", {
              badge:
                role === "advisor"
                  ? t("community.badge.advisor")
                  : t("community.badge.staff", { role: t(`role.${role}`) }),
            })}
          </p>
          <p>{t("staff.console.answer.unanswered", { count: work.unanswered.total })}</p>
          {work.unanswered.latest.length > 0 && (
            <ul>
              {work.unanswered.latest.map((topic) => (
                <li key={topic.id}>
                  <a href={topicUrl(topic)}>{topic.title}</a>
                </li>
              ))}
            </ul>
          )}
        </li>
        {sections.map((s) => (
          <li key={s.href} class="card">
            <h2>
              <a href={s.href}>{s.title}</a>
            </h2>
            <p>{s.text}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function AccountsPage({
  v,
  accounts,
  search,
  problem,
}: {
  v: ViewContext;
  accounts: AccountSummary[];
  search: string;
  problem?: string | undefined;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("staff.accounts.title")}>
      <h1>{t("staff.accounts.title")}</h1>
      {problem && <Notice kind="error">{problem}</Notice>}
      <form method="get" action="/admin/comptes" class="search-form">
        <label for="account-search">{t("staff.accounts.search")}</label>
        <input id="account-search" type="search" name="q" value={search} maxLength={100} />
        <button type="submit" class="button button--secondary">
          {t("staff.accounts.searchSubmit")}
        </button>
      </form>
      <p class="muted">
        {search ? t("staff.accounts.resultsFor", { search }) : t("staff.accounts.staffOnly")}
      </p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("staff.accounts.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.displayName")}</th>
              <th scope="col">{t("field.email")}</th>
              <th scope="col">{t("staff.accounts.role")}</th>
              <th scope="col">{t("staff.accounts.team")}</th>
              <th scope="col">{t("staff.accounts.secondFactor")}</th>
              <th scope="col">{t("staff.accounts.status")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.displayName}</th>
                <td>{a.email}</td>
                <td>
                  {a.id === v.actor?.id ? (
                    t(`role.${a.role}`)
                  ) : (
                    <PostForm v={v} action={`/admin/comptes/${a.id}/role`} class="inline-form">
                      <label for={`role-${a.id}`} class="visually-hidden">
                        {t("staff.accounts.roleOf", { ofName: ofName(v.i18n.locale, a.displayName) })}
                      </label>
                      <select id={`role-${a.id}`} name="role">
                        {ROLES.map((role) => (
                          <option key={role} value={role} selected={role === a.role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" class="button button--small button--secondary">
                        {t("staff.accounts.changeRole")}
                        <span class="visually-hidden"> ({a.displayName})</span>
                      </button>
                    </PostForm>
                  )}
                </td>
                <td>
                  {a.role === "member" ? (
                    "—"
                  ) : (
                    <PostForm v={v} action={`/admin/comptes/${a.id}/equipe`} class="inline-form">
                      <label for={`team-${a.id}`} class="visually-hidden">
                        {t("staff.accounts.teamOf", { ofName: ofName(v.i18n.locale, a.displayName) })}
                      </label>
                      <input id={`team-${a.id}`} name="team" value={a.team ?? ""} maxLength={60} size={18} />
                      <button type="submit" class="button button--small button--secondary">
                        {t("staff.accounts.saveTeam")}
                        <span class="visually-hidden"> ({a.displayName})</span>
                      </button>
                    </PostForm>
                  )}
                </td>
                <td>{a.totpEnabled ? t("staff.accounts.totpOn") : t("staff.accounts.totpOff")}</td>
                <td>
                  {a.deactivated ? t("staff.accounts.deactivated") : t("staff.accounts.active")}
                  {a.id !== v.actor?.id && (
                    <PostForm
                      v={v}
                      action={`/admin/comptes/${a.id}/${a.deactivated ? "reactiver" : "desactiver"}`}
                      class="inline-form"
                    >
                      <button
                        type="submit"
                        class={
                          a.deactivated
                            ? "button button--small button--secondary"
                            : "button button--small button--danger"
                        }
                      >
                        {a.deactivated ? t("staff.accounts.reactivate") : t("staff.accounts.deactivate")}
                        <span class="visually-hidden"> ({a.displayName})</span>
                      </button>
                    </PostForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: number | null;
  actorRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  ipPrefix: string | null;
  hash: string;
}

export function AuditPage({
  v,
  entries,
  people,
  chainReport,
  nextBefore,
}: {
  v: ViewContext;
  entries: AuditRow[];
  /** The accounts named on this page (actors, and accounts as subjects); erased ones are absent. */
  people: Map<number, PublicProfile>;
  chainReport: ChainReport | undefined;
  nextBefore: number | undefined;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("staff.audit.title")}>
      <h1>{t("staff.audit.title")}</h1>
      {chainReport ? (
        <Notice kind={chainReport.ok ? "success" : "error"}>
          {chainReport.ok
            ? t("staff.audit.chainOk", { count: v.i18n.number(chainReport.checked), head: chainReport.head })
            : t("staff.audit.chainBroken", { id: chainReport.brokenAt ?? "?" })}
        </Notice>
      ) : (
        <p>
          <a href="/admin/journal?verifier=1">{t("staff.audit.verify")}</a>
        </p>
      )}
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("staff.audit.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("staff.audit.when")}</th>
              <th scope="col">{t("staff.audit.action")}</th>
              <th scope="col">{t("staff.audit.actor")}</th>
              <th scope="col">{t("staff.audit.subject")}</th>
              <th scope="col">{t("staff.audit.details")}</th>
              <th scope="col">{t("staff.audit.hash")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{v.i18n.dateTime(e.at)}</td>
                <td>
                  {auditActionLabel(v, e.action)}
                  <br />
                  <code class="muted">{e.action}</code>
                </td>
                <td>{auditActor(v, e, people)}</td>
                <td>{auditSubject(v, e, people)}</td>
                <td>
                  <code>{Object.keys(e.details).length ? JSON.stringify(e.details) : "—"}</code>
                </td>
                <td>
                  <code title={e.hash}>{e.hash.slice(0, 12)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBefore && (
        <p>
          <a href={`/admin/journal?avant=${nextBefore}`} rel="next">
            {t("pagination.older")}
          </a>
        </p>
      )}
    </Layout>
  );
}

export function MailboxPage({
  v,
  messages,
}: {
  v: ViewContext;
  messages: { id: number; receivedAt: Date; recipients: string; subject: string }[];
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("staff.mailbox.title")}>
      <h1>{t("staff.mailbox.title")}</h1>
      <p>{t("staff.mailbox.intro")}</p>
      {messages.length === 0 ? (
        <p>{t("staff.mailbox.empty")}</p>
      ) : (
        <ul class="message-list">
          {messages.map((m) => (
            <li key={m.id}>
              <a href={`/admin/boite-mail/${m.id}`}>{m.subject}</a>
              <span class="muted">
                {" "}
                — {m.recipients}, {v.i18n.dateTime(m.receivedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The entry's kind in words; the stable code stays below it, small, for exports and searches. */
function auditActionLabel(v: ViewContext, action: string): string {
  const key = `audit.${action}`;
  return isMessageKey(key) ? v.i18n.t(key) : action;
}

/** Who acted, by name and role; an erased account by its number; no account: a scheduled task. */
function auditActor(v: ViewContext, e: AuditRow, people: Map<number, PublicProfile>): string {
  const { t } = v.i18n;
  if (e.actorId === null) return t("audit.actor.system");
  const person = people.get(e.actorId);
  const role = isRole(e.actorRole) ? e.actorRole : person?.role;
  if (!person) return t("audit.actor.former", { id: e.actorId });
  return role
    ? t("audit.actor.named", { name: person.displayName, role: t(`role.${role}`) })
    : person.displayName;
}

/** What the entry is about, in words: "Compte : Julie_R", "Message n° 12", "Personne : x@y.fr". */
function auditSubject(v: ViewContext, e: AuditRow, people: Map<number, PublicProfile>): string {
  const { t } = v.i18n;
  if (!e.subjectType) return "—";
  const typeKey = `audit.subject.${e.subjectType}`;
  const type = isMessageKey(typeKey) ? t(typeKey) : e.subjectType;
  const account = e.subjectType === "account" && e.subjectId ? people.get(Number(e.subjectId)) : undefined;
  if (account) return t("audit.subject.named", { type, name: account.displayName });
  if (e.subjectId !== null) return t("audit.subject.numbered", { type, id: e.subjectId });
  // Some entries name their subject in the details only (a person looked up by address).
  const email = typeof e.details.email === "string" ? e.details.email : undefined;
  return email ? t("audit.subject.named", { type, name: email }) : type;
}

/** The accounts an audit page names: its actors, and its subjects that are accounts. */
export function accountsNamedIn(entries: AuditRow[]): number[] {
  return entries.flatMap((e) => [
    ...(e.actorId !== null ? [e.actorId] : []),
    ...(e.subjectType === "account" && e.subjectId ? [Number(e.subjectId)] : []),
  ]);
}

export function MailboxMessagePage({
  v,
  message,
  links,
  htmlPath,
}: {
  v: ViewContext;
  message: { subject: string; sender: string; recipients: string; receivedAt: Date; text: string };
  /** The web addresses of the text part, each whole (see mailbox.ts). */
  links: string[];
  /** Where the HTML part is served on its own, sandboxed; absent for a text-only message. */
  htmlPath: string | undefined;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={message.subject}>
      <p>
        <a href="/admin/boite-mail">{t("staff.mailbox.back")}</a>
      </p>
      <h1>{message.subject}</h1>
      <dl class="facts">
        <dt>{t("staff.mailbox.from")}</dt>
        <dd>{message.sender}</dd>
        <dt>{t("staff.mailbox.to")}</dt>
        <dd>{message.recipients}</dd>
        <dt>{t("staff.mailbox.received")}</dt>
        <dd>{v.i18n.dateTime(message.receivedAt)}</dd>
      </dl>
      {links.length > 0 && (
        <section aria-labelledby="links-title">
          <h2 id="links-title">{t("staff.mailbox.links")}</h2>
          <ul>
            {links.map((href) => (
              <li key={href}>
                <a href={href} class="mail-link">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {htmlPath && (
        <section aria-labelledby="html-title">
          <h2 id="html-title">{t("staff.mailbox.html")}</h2>
          <p class="field__hint">
            {t("staff.mailbox.htmlHint")} <a href={htmlPath}>{t("staff.mailbox.htmlAlone")}</a>
          </p>
          {/* Served by its own route with a sandboxing policy; the attribute sandboxes it twice. */}
          <iframe
            class="mail-frame"
            src={htmlPath}
            sandbox=""
            referrerpolicy="no-referrer"
            title={t("staff.mailbox.htmlFrame", { subject: message.subject })}
          />
        </section>
      )}
      <h2>{t("staff.mailbox.text")}</h2>
      <pre class="mail-text">{message.text}</pre>
    </Layout>
  );
}
