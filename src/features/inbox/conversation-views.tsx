import type { ComponentChildren } from "preact";
import type { MessageKey } from "../../platform/i18n/index.ts";
import { PostForm } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { PublicReplyFinding } from "../../text/public-reply-guard/guard.ts";
import { fillCannedReply, firstNameOf } from "./canned-replies.ts";
import { ComplaintPanel } from "./complaints/panel.tsx";
import type { ConversationView, Person, ThreadMessage } from "./conversation-page.ts";
import { conversationPath } from "./notes.ts";
import { PRIORITIES, type Priority, SOURCES } from "./schema.ts";
import { workedAttachmentPath } from "./sources/private-message-routes.tsx";

/** What the composer shows again after a refusal or an insertion: the typed text is never lost. */
export interface ComposerState {
  body: string;
  visibility: "public" | "private";
  statusAfter: "waiting_on_client" | "open" | "resolved";
  findings?: PublicReplyFinding[];
  problem?: MessageKey;
}

export interface PageProblems {
  /** A refused action (409 a colleague changed it, 422 an impossible choice). */
  action?: MessageKey;
  note?: MessageKey;
  noteBody?: string;
}

const sourceName = (source: string): MessageKey =>
  (SOURCES as readonly string[]).includes(source)
    ? `inbox.conversation.sourceName.${source as (typeof SOURCES)[number]}`
    : "inbox.conversation.sourceName.other";

export function ConversationPage(props: {
  v: ViewContext;
  view: ConversationView;
  composer: ComposerState;
  problems?: PageProblems;
  mayOverride: boolean;
}) {
  const { v, view } = props;
  const { t } = v.i18n;
  const c = view.conversation;
  return (
    <Layout v={v} title={c.subject}>
      <div class="inbox-conversation" data-inbox-conversation={String(c.id)}>
        <p>
          <a href="/admin/boite">{t("inbox.conversation.back")}</a>
        </p>
        <h1>{c.subject}</h1>
        <Facts v={v} view={view} />
        {props.problems?.action && (
          <div class="notice notice--error" role="alert">
            {t(props.problems.action)}
          </div>
        )}
        <p id="inbox-composing" class="inbox-composing" role="status" aria-live="polite">
          {view.composing.length > 0 &&
            t(
              view.composing.length > 1 ? "inbox.conversation.composingMany" : "inbox.conversation.composing",
              {
                names: view.composing.join(", "),
              },
            )}
        </p>
        <div class="inbox-columns">
          <div class="inbox-main">
            <Thread v={v} view={view} />
            <Composer v={v} view={view} state={props.composer} mayOverride={props.mayOverride} />
            <NoteForm v={v} view={view} problems={props.problems} />
          </div>
          <div class="inbox-side">
            {view.complaint && (
              <ComplaintPanel v={v} data={view.complaint} returnTo={conversationPath(c.id)} />
            )}
            <Handling v={v} view={view} />
            <Labels v={v} view={view} />
            <PersonPanel v={v} person={view.person} />
            <Shortcuts v={v} />
          </div>
        </div>
      </div>
    </Layout>
  );
}

function Facts({ v, view }: { v: ViewContext; view: ConversationView }) {
  const { t } = v.i18n;
  const c = view.conversation;
  const team = view.teams.find((x) => x.id === c.teamId);
  const assignee = view.colleagues.find((x) => x.id === c.assigneeId);
  return (
    <dl class="inbox-facts" aria-label={t("inbox.conversation.facts")}>
      <div>
        <dt>{t("inbox.conversation.number", { number: String(c.id) })}</dt>
        <dd>
          {t(sourceName(c.source))}
          {c.sourceLink && (
            <>
              {" · "}
              <a href={c.sourceLink}>{t("inbox.conversation.sourceLink")}</a>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.status")}</dt>
        <dd>
          {t(`inbox.conversation.status.${c.status}`)}
          {c.snoozedUntil && (
            <> ({t("inbox.conversation.snoozedUntil", { date: v.i18n.dateTime(c.snoozedUntil) })})</>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.priority")}</dt>
        <dd>{t(`inbox.conversation.priority.${c.priority}`)}</dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.team")}</dt>
        <dd>
          {team ? (v.i18n.locale === "en" ? team.nameEn : team.nameFr) : t("inbox.conversation.nobody")}
        </dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.assignee")}</dt>
        <dd>{assignee?.displayName ?? t("inbox.conversation.nobody")}</dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.language")}</dt>
        <dd>{t(`inbox.conversation.languageName.${c.language}`)}</dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.sentiment")}</dt>
        <dd>{t(`inbox.conversation.sentiment.${c.sentiment}`)}</dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.labels.complaint")}</dt>
        <dd>
          {/* A suggestion is not a complaint yet: no legal clock runs until an advisor confirms it. */}
          <span class={c.complaint && c.complaintConfirmed ? "badge badge--complaint" : "badge"}>
            {t(
              !c.complaint
                ? "inbox.conversation.labels.no"
                : c.complaintConfirmed
                  ? "inbox.conversation.labels.yes"
                  : "inbox.conversation.labels.toConfirm",
            )}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t("inbox.conversation.labels.paymentService")}</dt>
        <dd>{t(c.paymentService ? "inbox.conversation.labels.yes" : "inbox.conversation.labels.no")}</dd>
      </div>
    </dl>
  );
}

function Thread({ v, view }: { v: ViewContext; view: ConversationView }) {
  const { t } = v.i18n;
  return (
    <section aria-labelledby="inbox-thread-title">
      <h2 id="inbox-thread-title">{t("inbox.conversation.thread")}</h2>
      <ol class="inbox-thread">
        {view.thread.map((m) => (
          <li key={m.id}>
            <Message v={v} view={view} message={m} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Message({
  v,
  view,
  message: m,
}: {
  v: ViewContext;
  view: ConversationView;
  message: ThreadMessage;
}) {
  const { t } = v.i18n;
  const name = m.authorName ?? t("inbox.conversation.someone");
  const heading =
    m.direction === "incoming"
      ? t("inbox.conversation.incoming", { name: m.authorName ?? view.person.displayName })
      : m.direction === "note"
        ? t("inbox.conversation.note", { name })
        : t(m.public ? "inbox.conversation.outgoingPublic" : "inbox.conversation.outgoingPrivate", { name });
  const mentioned = (m.mentions ?? [])
    .map((id) => view.colleagues.find((x) => x.id === id)?.displayName)
    .filter((x): x is string => Boolean(x));
  return (
    <article class={`inbox-message inbox-message--${m.direction}`} id={`message-${m.id}`}>
      <header>
        <h3 class="inbox-message__title">{heading}</h3>{" "}
        <time dateTime={m.createdAt.toISOString()}>{v.i18n.dateTime(m.createdAt)}</time>
        {m.direction === "note" && <p class="inbox-message__badge">{t("inbox.conversation.noteBadge")}</p>}
        {m.delivery === "pending_approval" && (
          <p class="inbox-message__badge">
            {t("inbox.conversation.pendingApproval")}
            {(m.approvalReasons ?? []).length > 0 && (
              <>
                {" ("}
                {(m.approvalReasons ?? [])
                  .map((r) => approvalReason(r))
                  .filter((k): k is MessageKey => k !== null)
                  .map((k) => t(k))
                  .join(", ")}
                {")"}
              </>
            )}
          </p>
        )}
        {m.delivery === "refused" && <p class="inbox-message__badge">{t("inbox.conversation.refused")}</p>}
      </header>
      <div class="inbox-message__body">{m.body}</div>
      {mentioned.length > 0 && <p>{t("inbox.conversation.mentioned", { names: mentioned.join(", ") })}</p>}
      {m.attachments.length > 0 && (
        <div>
          <h4>{t("inbox.conversation.attachments")}</h4>
          <ul>
            {m.attachments.map((a) => (
              <li key={a.id}>
                <a href={workedAttachmentPath(a.id)} download={a.filename}>
                  {t("inbox.conversation.attachment", {
                    name: a.filename,
                    size: v.i18n.number(Math.max(1, Math.round(a.size / 1024))),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Authentication v={v} headers={m.emailHeaders} />
      {m.direction === "incoming" && m.language && m.sentiment && (
        <p class="inbox-message__reading">
          {t("inbox.conversation.reading", {
            language: t(`inbox.conversation.languageName.${m.language}`),
            sentiment: t(`inbox.conversation.sentiment.${m.sentiment}`),
            score: v.i18n.number(Math.round((m.complaintScore ?? 0) * 100)),
          })}
        </p>
      )}
    </article>
  );
}

const APPROVAL_REASONS = ["new_advisor", "complaint_in_public", "compliance_override"] as const;
function approvalReason(reason: string): MessageKey | null {
  const known = APPROVAL_REASONS.find((r) => r === reason);
  return known ? `inbox.conversation.approvalReason.${known}` : null;
}

/** SPF, DKIM and DMARC as the relay reported them, when the source recorded them. */
const AUTHENTICATION_CHECKS = ["spf", "dkim", "dmarc"] as const;
function Authentication({ v, headers }: { v: ViewContext; headers: Record<string, unknown> | null }) {
  if (!headers) return null;
  const found = authenticationResults(headers);
  if (found.length === 0) return null;
  return (
    <p class="inbox-message__reading">
      {v.i18n.t("inbox.conversation.authentication")}:{" "}
      {found
        .map(([check, result]) =>
          v.i18n.t("inbox.conversation.authentication.result", { check: check.toUpperCase(), result }),
        )
        .join(" · ")}
    </p>
  );
}

function authenticationResults(headers: Record<string, unknown>): [string, string][] {
  const nested = headers.authentication;
  const source =
    nested && typeof nested === "object" ? { ...headers, ...(nested as Record<string, unknown>) } : headers;
  return AUTHENTICATION_CHECKS.flatMap((check): [string, string][] => {
    const value = source[check];
    if (typeof value === "string") return [[check, value]];
    if (value && typeof value === "object" && typeof (value as { result?: unknown }).result === "string")
      return [[check, (value as { result: string }).result]];
    return [];
  });
}

function Composer(props: {
  v: ViewContext;
  view: ConversationView;
  state: ComposerState;
  mayOverride: boolean;
}) {
  const { v, view, state } = props;
  const { t } = v.i18n;
  const c = view.conversation;
  const refused = (state.findings ?? []).length > 0;
  const filled = (body: string) =>
    fillCannedReply(body, {
      firstName: firstNameOf(view.person.displayName),
      advisor: v.actor?.displayName ?? "",
    });
  const ordered = [...view.cannedReplies].sort(
    (a, b) => Number(b.locale === c.language) - Number(a.locale === c.language),
  );
  return (
    <section aria-labelledby="composer">
      <h2 id="composer">{t("inbox.conversation.composer")}</h2>
      {refused && (
        <div class="notice notice--error" role="alert" aria-labelledby="guard-title">
          <h3 id="guard-title" class="notice__title">
            {t("inbox.conversation.composer.refusedTitle")}
          </h3>
          <p>{t("inbox.conversation.composer.refusedIntro")}</p>
          <ul>
            {state.findings!.map((f) => (
              <li key={`${f.start}-${f.kind}`}>
                {t("inbox.conversation.composer.finding", {
                  excerpt: state.body.slice(f.start, f.end),
                  reason: t(f.reason),
                })}
              </li>
            ))}
          </ul>
          <p>{t("inbox.conversation.composer.kept")}</p>
        </div>
      )}
      {state.problem && (
        <div class="notice notice--error" role="alert">
          <p>{t(state.problem)}</p>
        </div>
      )}
      <PostForm v={v} action={`${conversationPath(c.id)}/repondre`} id="inbox-composer">
        <div class="field">
          <label for="composer-body">{t("inbox.conversation.composer.body")}</label>
          <textarea
            id="composer-body"
            name="body"
            rows={8}
            data-composing-url={`${conversationPath(c.id)}/ecrit`}
            aria-describedby={refused ? "guard-title" : undefined}
          >
            {state.body}
          </textarea>
        </div>
        {view.cannedReplies.length > 0 && (
          <div class="field inbox-canned">
            <label for="composer-canned">{t("inbox.conversation.composer.canned")}</label>
            <select id="composer-canned" name="canned">
              <option value="">{t("inbox.conversation.composer.cannedNone")}</option>
              {ordered.map((r) => (
                <option key={r.id} value={String(r.id)} data-text={filled(r.body)}>
                  {`/${r.shortcut} · ${r.title} (${r.locale.toUpperCase()})`}
                </option>
              ))}
            </select>{" "}
            <button type="submit" name="intent" value="insert" class="button button--secondary button--small">
              {t("inbox.conversation.composer.insert")}
            </button>
          </div>
        )}
        <fieldset class="field">
          <legend>{t("inbox.conversation.composer.visibility")}</legend>
          <label>
            <input type="radio" name="visibility" value="private" checked={state.visibility === "private"} />{" "}
            {t("inbox.conversation.composer.private")}
          </label>{" "}
          {view.publicReplies ? (
            <label>
              <input type="radio" name="visibility" value="public" checked={state.visibility === "public"} />{" "}
              {t("inbox.conversation.composer.public")}
            </label>
          ) : (
            <p class="field__hint">{t("inbox.conversation.composer.noPublic")}</p>
          )}
        </fieldset>
        {refused && props.mayOverride && (
          <div class="field">
            <label for="composer-override">{t("inbox.conversation.composer.override")}</label>
            <textarea id="composer-override" name="override" rows={2} />
          </div>
        )}
        <div class="field">
          <label for="composer-status">{t("inbox.conversation.composer.statusAfter")}</label>
          <select id="composer-status" name="statusAfter">
            {(["waiting_on_client", "open", "resolved"] as const).map((s) => (
              <option key={s} value={s} selected={state.statusAfter === s}>
                {t(`inbox.conversation.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="intent" value="send" class="button">
          {t("inbox.conversation.composer.send")}
        </button>{" "}
        {refused && (
          <button type="submit" name="intent" value="private" class="button button--secondary">
            {t("inbox.conversation.composer.continuePrivate")}
          </button>
        )}
      </PostForm>
    </section>
  );
}

function NoteForm({
  v,
  view,
  problems,
}: {
  v: ViewContext;
  view: ConversationView;
  problems?: PageProblems | undefined;
}) {
  const { t } = v.i18n;
  return (
    <section aria-labelledby="inbox-note-title" class="inbox-note-form">
      <h2 id="inbox-note-title">{t("inbox.conversation.noteTitle")}</h2>
      <PostForm v={v} action={`${conversationPath(view.conversation.id)}/note`}>
        <div class={problems?.note ? "field field--error" : "field"}>
          <label for="note-body">{t("inbox.conversation.noteBody")}</label>
          <p class="field__hint" id="note-body-hint">
            {t("inbox.conversation.noteHint")}
          </p>
          {problems?.note && (
            <p class="field__error" id="note-body-error">
              {t(problems.note)}
            </p>
          )}
          <textarea
            id="note-body"
            name="body"
            rows={3}
            aria-describedby={problems?.note ? "note-body-hint note-body-error" : "note-body-hint"}
            aria-invalid={problems?.note ? "true" : undefined}
          >
            {problems?.noteBody ?? ""}
          </textarea>
        </div>
        <button type="submit" class="button button--secondary">
          {t("inbox.conversation.noteSubmit")}
        </button>
      </PostForm>
    </section>
  );
}

/** One small form per action: each works without script, and carries the version it was shown. */
function ActionForm(props: {
  v: ViewContext;
  view: ConversationView;
  path: string;
  id?: string;
  children: ComponentChildren;
}) {
  return (
    <PostForm
      v={props.v}
      action={`${conversationPath(props.view.conversation.id)}/${props.path}`}
      class="inbox-action"
      id={props.id}
    >
      <input type="hidden" name="version" value={props.view.version} />
      {props.children}
    </PostForm>
  );
}

/** An action that is one button: a hidden field says what it does. */
function OneButton(props: {
  v: ViewContext;
  view: ConversationView;
  path: string;
  name: string;
  value: string;
  label: MessageKey;
  primary?: boolean;
  id?: string;
  shortcut?: string;
}) {
  return (
    <ActionForm v={props.v} view={props.view} path={props.path} id={props.id}>
      <input type="hidden" name={props.name} value={props.value} />
      <button
        type="submit"
        class={props.primary ? "button button--small" : "button button--secondary button--small"}
        aria-keyshortcuts={props.shortcut}
      >
        {props.v.i18n.t(props.label)}
      </button>
    </ActionForm>
  );
}

function Handling({ v, view }: { v: ViewContext; view: ConversationView }) {
  const { t } = v.i18n;
  const c = view.conversation;
  const me = v.actor?.id;
  const assign = { v, view, path: "attribuer", name: "assignee" };
  const status = { v, view, path: "statut", name: "status" };
  return (
    <section aria-labelledby="inbox-work-title">
      <h2 id="inbox-work-title">{t("inbox.conversation.work")}</h2>
      <ActionForm v={v} view={view} path="attribuer">
        <label for="assign-to">{t("inbox.conversation.assignTo")}</label>{" "}
        <select id="assign-to" name="assignee">
          <option value="">{t("inbox.conversation.nobody")}</option>
          {view.colleagues.map((x) => (
            <option key={x.id} value={String(x.id)} selected={x.id === c.assigneeId}>
              {x.displayName}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="button button--small">
          {t("inbox.conversation.assign")}
        </button>
      </ActionForm>
      <div class="inbox-buttons">
        {c.assigneeId !== me && (
          <OneButton
            {...assign}
            value="me"
            label="inbox.conversation.assignMe"
            id="inbox-assign-me"
            shortcut="a"
          />
        )}
        {c.assigneeId !== null && <OneButton {...assign} value="" label="inbox.conversation.unassign" />}
      </div>
      <ActionForm v={v} view={view} path="equipe">
        <label for="move-to">{t("inbox.conversation.moveTo")}</label>{" "}
        <select id="move-to" name="team">
          {view.teams.map((x) => (
            <option key={x.id} value={String(x.id)} selected={x.id === c.teamId}>
              {v.i18n.locale === "en" ? x.nameEn : x.nameFr}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="button button--small">
          {t("inbox.conversation.move")}
        </button>
      </ActionForm>
      <div class="inbox-buttons">
        {c.status === "resolved" ? (
          <OneButton {...status} value="reopen" label="inbox.conversation.reopen" primary />
        ) : (
          <>
            {c.status !== "open" && (
              <OneButton {...status} value="open" label="inbox.conversation.markOpen" />
            )}
            {c.status !== "waiting_on_client" && (
              <OneButton {...status} value="waiting_on_client" label="inbox.conversation.markWaiting" />
            )}
            <OneButton
              {...status}
              value="resolved"
              label="inbox.conversation.resolve"
              primary
              id="inbox-resolve"
              shortcut="e"
            />
          </>
        )}
      </div>
      {c.status !== "resolved" && (
        <ActionForm v={v} view={view} path="reporter">
          <label for="snooze-until">{t("inbox.conversation.snoozeUntil")}</label>{" "}
          <input id="snooze-until" name="until" type="datetime-local" aria-keyshortcuts="s" />{" "}
          <button type="submit" class="button button--secondary button--small">
            {t("inbox.conversation.snooze")}
          </button>
        </ActionForm>
      )}
      <ActionForm v={v} view={view} path="priorite">
        <label for="set-priority">{t("inbox.conversation.setPriority")}</label>{" "}
        <select id="set-priority" name="priority">
          {PRIORITIES.map((p: Priority) => (
            <option key={p} value={p} selected={p === c.priority}>
              {t(`inbox.conversation.priority.${p}`)}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="button button--small">
          {t("inbox.conversation.apply")}
        </button>
      </ActionForm>
      <h3>{t("inbox.conversation.tags")}</h3>
      {c.tags.length === 0 ? (
        <p>{t("inbox.conversation.noTags")}</p>
      ) : (
        <ul class="inbox-tags">
          {c.tags.map((tag) => (
            <li key={tag}>
              <ActionForm v={v} view={view} path="etiquettes/retirer">
                <input type="hidden" name="tag" value={tag} />
                <span class="badge">#{tag}</span>{" "}
                <button
                  type="submit"
                  class="link-button"
                  aria-label={t("inbox.conversation.removeTag", { tag })}
                  title={t("inbox.conversation.removeTag", { tag })}
                >
                  ×
                </button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <ActionForm v={v} view={view} path="etiquettes">
        <label for="add-tag">{t("inbox.conversation.addTag")}</label>{" "}
        <input id="add-tag" name="tag" type="text" maxLength={40} />{" "}
        <button type="submit" class="button button--secondary button--small">
          {t("inbox.conversation.add")}
        </button>
      </ActionForm>
    </section>
  );
}

function Labels({ v, view }: { v: ViewContext; view: ConversationView }) {
  const { t } = v.i18n;
  const c = view.conversation;
  return (
    <section aria-labelledby="inbox-labels-title">
      <h2 id="inbox-labels-title">{t("inbox.conversation.labels")}</h2>
      <p>
        {c.complaintConfirmed && view.lastReview
          ? t("inbox.conversation.labels.reviewed", { date: v.i18n.dateTime(view.lastReview.reviewedAt) })
          : t("inbox.conversation.labels.suggested")}
      </p>
      <ActionForm v={v} view={view} path="classement">
        <label>
          <input type="checkbox" name="complaint" value="1" checked={c.complaint} />{" "}
          {t("inbox.conversation.labels.complaint")}
        </label>
        <br />
        <label>
          <input type="checkbox" name="paymentService" value="1" checked={c.paymentService} />{" "}
          {t("inbox.conversation.labels.paymentService")}
        </label>
        <br />
        <button type="submit" class="button button--secondary button--small">
          {t("inbox.conversation.labels.submit")}
        </button>
      </ActionForm>
    </section>
  );
}

function PersonPanel({ v, person }: { v: ViewContext; person: Person }) {
  const { t } = v.i18n;
  return (
    <section aria-labelledby="inbox-person-title">
      <h2 id="inbox-person-title">{t("inbox.conversation.person")}</h2>
      <p>
        <strong>{person.displayName}</strong>
      </p>
      {person.email && <p>{t("inbox.conversation.person.email", { email: person.email })}</p>}
      <p>
        {person.member
          ? t("inbox.conversation.person.member", { date: v.i18n.date(person.member.memberSince) })
          : t("inbox.conversation.person.notMember")}
      </p>
      <h3>{t("inbox.conversation.person.others")}</h3>
      {person.otherConversations.length === 0 ? (
        <p>{t("inbox.conversation.person.noOthers")}</p>
      ) : (
        <ul>
          {person.otherConversations.map((o) => (
            <li key={o.id}>
              <a href={conversationPath(o.id)}>{o.subject}</a> · {t(`inbox.conversation.status.${o.status}`)}{" "}
              · {v.i18n.date(o.lastMessageAt)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("inbox.conversation.person.posts")}</h3>
      {person.publicPosts.length === 0 ? (
        <p>{t("inbox.conversation.person.noPosts")}</p>
      ) : (
        <ul>
          {person.publicPosts.map((p) => (
            <li key={p.id}>
              <a href={p.url}>{p.topicTitle}</a> · {v.i18n.date(p.createdAt)}
              <br />
              <span class="inbox-excerpt">{p.excerpt}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("inbox.conversation.person.consents")}</h3>
      {person.consents.length === 0 ? (
        <p>{t("inbox.conversation.person.noConsents")}</p>
      ) : (
        <ul>
          {person.consents.map((consent) => (
            <li key={consent.purpose}>
              {t(`inbox.conversation.person.consent.${consent.decision}`, {
                purpose: t(`consents.purpose.${consent.purpose}`),
                date: v.i18n.date(consent.at),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The conversation's keyboard shortcuts (assets/app.js), listed where they work. */
export const CONVERSATION_SHORTCUTS: readonly [string, MessageKey][] = [
  ["r", "inbox.conversation.shortcut.reply"],
  ["n", "inbox.conversation.shortcut.note"],
  ["a", "inbox.conversation.shortcut.assignMe"],
  ["e", "inbox.conversation.shortcut.resolve"],
  ["s", "inbox.conversation.shortcut.snooze"],
];

function Shortcuts({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <section aria-labelledby="inbox-shortcuts-title">
      <h2 id="inbox-shortcuts-title">{t("inbox.conversation.shortcuts")}</h2>
      <dl class="inbox-shortcuts">
        {CONVERSATION_SHORTCUTS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
