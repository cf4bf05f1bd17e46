import type { MessageKey } from "../../platform/i18n/index.ts";
import {
  ErrorSummary,
  type FieldErrors,
  PostForm,
  Select,
  TextArea,
} from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { PublicReplyFinding } from "../../text/public-reply-guard/guard.ts";
import { DateTime } from "../community/components.tsx";
import type { AnswerInput } from "./answers.ts";
import { type PendingAnswer, STATUSES_AFTER } from "./approvals.ts";
import type { Conversation } from "./conversation-access.ts";
import { conversationHref } from "./list-query.ts";
import { approvalPath, overridePath, privatePath } from "./public-paths.ts";

/** The approval queue, the compliance override's form and "continue in private". */

const STATUS_LABEL: Record<AnswerInput["statusAfter"], MessageKey> = {
  waiting_on_client: "inbox.approvals.statusAfter.waiting_on_client",
  open: "inbox.approvals.statusAfter.open",
  resolved: "inbox.approvals.statusAfter.resolved",
};

function StatusAfter({ v, id, value }: { v: ViewContext; id: string; value?: string }) {
  const { t } = v.i18n;
  return (
    <div class="field">
      <label for={id}>{t("inbox.approvals.statusAfter")}</label>
      <select id={id} name="statusAfter">
        {STATUSES_AFTER.map((status) => (
          <option key={status} value={status} selected={status === value}>
            {t(STATUS_LABEL[status])}
          </option>
        ))}
      </select>
    </div>
  );
}

function ConversationHeading({ v, conversation }: { v: ViewContext; conversation: Conversation }) {
  const { t } = v.i18n;
  return (
    <p>
      {t("inbox.public.conversation", { subject: conversation.subject })}
      {conversation.sourceLink && (
        <>
          {" · "}
          <a href={conversation.sourceLink}>{t("inbox.public.seeAtSource")}</a>
        </>
      )}
    </p>
  );
}

export function ApprovalsPage({
  v,
  pending,
  errors,
}: {
  v: ViewContext;
  pending: PendingAnswer[];
  /** The item whose decision came back with a problem, and the problem. */
  errors?: { messageId: number; field: "body" | "reason"; key: MessageKey; body: string };
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.approvals.title")}>
      <h1>{t("inbox.approvals.title")}</h1>
      <p>{t("inbox.approvals.intro")}</p>
      <p>{t("inbox.approvals.count", { count: pending.length })}</p>
      {pending.length === 0 && <p>{t("inbox.approvals.empty")}</p>}
      {pending.map((item) => {
        const id = item.messageId;
        const own = item.author?.id === v.actor?.id;
        const problem = errors?.messageId === id ? errors : undefined;
        return (
          <section key={id} class="card" aria-labelledby={`approval-${id}`}>
            <h2 id={`approval-${id}`}>
              {/* The whole conversation, to decide with what the client wrote in view. */}
              <a href={conversationHref(item.conversationId)}>{item.subject}</a>
            </h2>
            {item.sourceLink && (
              <p>
                <a href={item.sourceLink}>{t("inbox.approvals.whereSaid")}</a>
              </p>
            )}
            <p class="topic-list__meta">
              {item.public ? t("inbox.approvals.public") : t("inbox.approvals.private")} ·{" "}
              {t("inbox.approvals.by", {
                author: item.author?.displayName ?? "—",
                date: v.i18n.dateTime(item.writtenAt),
              })}
            </p>
            <p>
              {t("inbox.approvals.reasons", {
                reasons: item.reasons.map((reason) => t(`inbox.approvals.reason.${reason}`)).join(", "),
              })}
            </p>
            {item.overrideReason && (
              <p>{t("inbox.approvals.overrideReason", { reason: item.overrideReason })}</p>
            )}
            {own ? (
              <>
                <blockquote>{item.body}</blockquote>
                <p>{t("inbox.approvals.own")}</p>
              </>
            ) : (
              <>
                <PostForm v={v} action={approvalPath(id, "approuver")}>
                  <div class={problem?.field === "body" ? "field field--error" : "field"}>
                    <label for={`body-${id}`}>{t("inbox.approvals.body")}</label>
                    {problem?.field === "body" && (
                      <p class="field__error" id={`body-${id}-error`}>
                        {t(problem.key)}
                      </p>
                    )}
                    <textarea
                      id={`body-${id}`}
                      name="body"
                      rows={6}
                      aria-invalid={problem?.field === "body" ? "true" : undefined}
                      aria-describedby={problem?.field === "body" ? `body-${id}-error` : undefined}
                    >
                      {problem?.field === "body" ? problem.body : item.body}
                    </textarea>
                  </div>
                  <StatusAfter v={v} id={`status-${id}`} />
                  <button type="submit" class="button">
                    {t("inbox.approvals.approve")}
                  </button>
                </PostForm>
                <PostForm v={v} action={approvalPath(id, "refuser")}>
                  <div class={problem?.field === "reason" ? "field field--error" : "field"}>
                    <label for={`reason-${id}`}>{t("inbox.approvals.refusal")}</label>
                    {problem?.field === "reason" && (
                      <p class="field__error" id={`reason-${id}-error`}>
                        {t(problem.key)}
                      </p>
                    )}
                    <textarea
                      id={`reason-${id}`}
                      name="reason"
                      rows={2}
                      aria-invalid={problem?.field === "reason" ? "true" : undefined}
                      aria-describedby={problem?.field === "reason" ? `reason-${id}-error` : undefined}
                    >
                      {problem?.field === "reason" ? problem.body : ""}
                    </textarea>
                  </div>
                  <button type="submit" class="button button--secondary">
                    {t("inbox.approvals.refuse")}
                  </button>
                </PostForm>
              </>
            )}
            <p class="topic-list__meta">
              <DateTime v={v} value={item.writtenAt} />
            </p>
          </section>
        );
      })}
    </Layout>
  );
}

export interface OverrideValues {
  body: string;
  reason: string;
  statusAfter: string;
}

export function OverridePage({
  v,
  conversation,
  values,
  findings,
  errors,
}: {
  v: ViewContext;
  conversation: Conversation;
  values: OverrideValues;
  findings: PublicReplyFinding[];
  errors?: FieldErrors;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.override.title")} narrow>
      <h1>{t("inbox.override.title")}</h1>
      <ConversationHeading v={v} conversation={conversation} />
      <p>{t("inbox.override.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      {findings.length > 0 && (
        <>
          <h2>{t("inbox.override.findings")}</h2>
          <ul>
            {findings.map((finding) => (
              <li key={`${finding.start}-${finding.end}`}>
                « {values.body.slice(finding.start, finding.end)} » — {t(finding.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      <PostForm v={v} action={overridePath(conversation.id)}>
        <TextArea
          v={v}
          name="body"
          label={t("inbox.override.body")}
          value={values.body}
          errors={errors}
          required
        />
        <TextArea
          v={v}
          name="reason"
          label={t("inbox.override.reason")}
          value={values.reason}
          errors={errors}
          rows={3}
          required
        />
        <Select
          v={v}
          name="statusAfter"
          label={t("inbox.approvals.statusAfter")}
          value={values.statusAfter}
          options={STATUSES_AFTER.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) }))}
        />
        <button type="submit" class="button">
          {t("inbox.override.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function PrivatePage({
  v,
  conversation,
  notice,
  body,
  errors,
}: {
  v: ViewContext;
  conversation: Conversation;
  /** The public answer, in the person's language. */
  notice: string;
  body: string;
  errors?: FieldErrors;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.public.privateTitle")} narrow>
      <h1>{t("inbox.public.privateTitle")}</h1>
      <ConversationHeading v={v} conversation={conversation} />
      <p>{t("inbox.public.privateIntro", { notice })}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={privatePath(conversation.id)}>
        <TextArea
          v={v}
          name="body"
          label={t("inbox.public.privateBody")}
          value={body}
          errors={errors}
          required
        />
        <button type="submit" class="button">
          {t("inbox.public.privateSubmit")}
        </button>
      </PostForm>
    </Layout>
  );
}
