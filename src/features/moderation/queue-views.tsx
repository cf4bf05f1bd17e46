import {
  ErrorSummary,
  Field,
  type FieldErrors,
  PostForm,
  RadioGroup,
  Select,
  TextArea,
} from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { PublicProfile } from "../accounts/model.ts";
import { Author, DateTime } from "../community/components.tsx";
import { postUrl, topicUrl } from "../community/paths.ts";
import type { AppealItem, AuthorHistory, HeldItem, Queue, ReportedItem } from "./queue.ts";
import { EXPLANATION_LIMITS } from "./reports.ts";
import { POST_ACTIONS, RESTRICTION_DAYS } from "./review.ts";
import { GROUNDS } from "./schema.ts";
import { Statement } from "./statement.tsx";

/** The moderators' pages: the one queue, and one page per item with its context and decisions. */

function History({
  v,
  author,
  history,
}: {
  v: ViewContext;
  author: PublicProfile | null;
  history: AuthorHistory | null;
}) {
  const { t } = v.i18n;
  return (
    <p class="topic-list__meta">
      <Author v={v} author={author} />
      {history && (
        <span>
          {t("queue.history", {
            topics: history.topics,
            answers: history.answers,
          })}
          {history.memberSince && (
            <> · {t("queue.memberSince", { date: v.i18n.date(history.memberSince) })}</>
          )}
          {" · "}
          {t("queue.decisions", { count: history.decisions })}
          {history.silencedUntil && (
            <> · {t("queue.silencedUntil", { date: v.i18n.dateTime(history.silencedUntil) })}</>
          )}
          {history.suspendedUntil && (
            <> · {t("queue.suspendedUntil", { date: v.i18n.dateTime(history.suspendedUntil) })}</>
          )}
        </span>
      )}
    </p>
  );
}

function HoldReasons({ v, item }: { v: ViewContext; item: HeldItem }) {
  const { t } = v.i18n;
  const { signals } = item.held;
  const detail = (value: unknown) => (Array.isArray(value) ? value.join(", ") : "");
  return (
    <ul>
      {item.held.reasons.map((reason) => (
        <li key={reason}>
          <strong>{t(`hold.reason.${reason}`)}</strong>
          {reason === "profanity" && ` — ${detail(signals.profanity)}`}
          {reason === "watched_word" &&
            (signals.watchedUnusable
              ? ` — ${t("hold.watchedUnusable", { patterns: detail(signals.watchedUnusable) })}`
              : ` — ${detail(signals.watched)}`)}
          {reason === "spam" &&
            ` — ${t("hold.spamScore", { score: String((signals.spam as { score?: number } | undefined)?.score ?? "") })}`}
        </li>
      ))}
    </ul>
  );
}

function Place({ v, item }: { v: ViewContext; item: HeldItem }) {
  const { t } = v.i18n;
  if (item.held.kind === "topic") return <p>{t("queue.newTopic", { title: item.held.title ?? "" })}</p>;
  return (
    <p>
      {t("queue.replyIn")}{" "}
      {item.topic ? <a href={topicUrl(item.topic)}>{item.topic.title}</a> : t("queue.topicGone")}
    </p>
  );
}

export function QueuePage({ v, queue }: { v: ViewContext; queue: Queue }) {
  const { t } = v.i18n;
  const empty = queue.held.length + queue.reported.length + queue.appeals.length === 0;
  return (
    <Layout v={v} title={t("queue.title")}>
      <h1>{t("queue.title")}</h1>
      <p>{t("queue.intro")}</p>
      <ul class="toolbar">
        <li>
          <a href="/moderation/mots">{t("watched.title")}</a>
        </li>
        <li>
          <a href="/transparence">{t("transparency.title")}</a>
        </li>
      </ul>
      {empty && <p>{t("queue.empty")}</p>}
      <h2>{t("queue.held.title", { count: v.i18n.number(queue.held.length) })}</h2>
      {queue.held.map((item) => (
        <section key={item.held.id} class="card" aria-labelledby={`held-${item.held.id}`}>
          <h3 id={`held-${item.held.id}`}>{t("queue.held.item", { id: String(item.held.id) })}</h3>
          <History v={v} author={item.author} history={item.history} />
          <Place v={v} item={item} />
          <blockquote>{item.held.body}</blockquote>
          <HoldReasons v={v} item={item} />
          <div class="toolbar">
            <PostForm v={v} action={`/moderation/retenus/${item.held.id}/approuver`} class="inline-form">
              <button type="submit" class="button">
                {t("queue.approve")}
                <span class="visually-hidden"> ({t("queue.held.item", { id: String(item.held.id) })})</span>
              </button>
            </PostForm>
            <a href={`/moderation/retenus/${item.held.id}`}>
              {t("queue.examine")}
              <span class="visually-hidden"> ({t("queue.held.item", { id: String(item.held.id) })})</span>
            </a>
          </div>
        </section>
      ))}
      <h2>{t("queue.reported.title", { count: v.i18n.number(queue.reported.length) })}</h2>
      {queue.reported.map((item) => (
        <section key={item.post.id} class="card" aria-labelledby={`reported-${item.post.id}`}>
          <h3 id={`reported-${item.post.id}`}>
            <a href={postUrl(item.post.topic, item.post.position)}>{item.post.topic.title}</a>
          </h3>
          <History v={v} author={item.author} history={item.history} />
          <blockquote>{item.post.bodyMarkdown}</blockquote>
          <Reports v={v} item={item} />
          <a href={`/moderation/messages/${item.post.id}`}>
            {t("queue.examine")}
            <span class="visually-hidden"> ({item.post.topic.title})</span>
          </a>
        </section>
      ))}
      <h2>{t("queue.appeals.title", { count: v.i18n.number(queue.appeals.length) })}</h2>
      {queue.appeals.map((item) => (
        <section key={item.appeal.id} class="card" aria-labelledby={`appeal-${item.appeal.id}`}>
          <h3 id={`appeal-${item.appeal.id}`}>{t("queue.appeals.item", { id: String(item.appeal.id) })}</h3>
          <p class="topic-list__meta">
            <Author v={v} author={item.author} /> · <DateTime v={v} value={item.appeal.createdAt} />
          </p>
          <p>{t(`decision.action.${item.decision.action}`)}</p>
          <a href={`/moderation/recours/${item.appeal.id}`}>
            {t("queue.examine")}
            <span class="visually-hidden"> ({t("queue.appeals.item", { id: String(item.appeal.id) })})</span>
          </a>
        </section>
      ))}
    </Layout>
  );
}

function Reports({ v, item }: { v: ViewContext; item: ReportedItem }) {
  const { t } = v.i18n;
  return (
    <ul>
      {item.reports.map((report) => (
        <li key={report.id}>
          <strong>{t(`report.reason.${report.reason}`)}</strong> —{" "}
          {report.reason === "automatic"
            ? t("queue.byChecks")
            : report.reporterId
              ? t("queue.byMember")
              : t("queue.byVisitor")}
          , <DateTime v={v} value={report.createdAt} />
          <br />
          {report.explanation}
        </li>
      ))}
    </ul>
  );
}

/** Reasons sent to the author: required, between the explanation limits. */
function ReasonsText(props: {
  v: ViewContext;
  name: string;
  label: string;
  value: string;
  errors: FieldErrors | undefined;
}) {
  return (
    <TextArea
      v={props.v}
      name={props.name}
      label={props.label}
      hint={props.v.i18n.t("queue.explanationHint", { min: EXPLANATION_LIMITS.min })}
      value={props.value}
      errors={props.errors}
      required
      maxLength={EXPLANATION_LIMITS.max}
      rows={4}
    />
  );
}

function ReasonFields({
  v,
  values,
  errors,
}: {
  v: ViewContext;
  values: { ground: string; explanation: string };
  errors: FieldErrors | undefined;
}) {
  const { t } = v.i18n;
  return (
    <>
      <Select
        v={v}
        name="ground"
        label={t("queue.ground")}
        value={values.ground}
        errors={errors}
        options={[
          { value: "", label: t("queue.ground.choose") },
          ...GROUNDS.map((ground) => ({ value: ground, label: t(`decision.ground.${ground}`) })),
        ]}
      />
      <ReasonsText
        v={v}
        name="explanation"
        label={t("queue.explanation")}
        value={values.explanation}
        errors={errors}
      />
    </>
  );
}

function RestrictLink({ v, authorId }: { v: ViewContext; authorId: number | null }) {
  if (authorId === null) return null;
  return (
    <p>
      <a href={`/moderation/membres/${authorId}/restreindre`}>{v.i18n.t("queue.restrict.link")}</a>
    </p>
  );
}

export function HeldPage(props: {
  v: ViewContext;
  item: HeldItem;
  values?: { ground: string; explanation: string };
  errors?: FieldErrors;
}) {
  const { v, item } = props;
  const { t } = v.i18n;
  const title = t("queue.held.item", { id: String(item.held.id) });
  return (
    <Layout v={v} title={title} narrow>
      <p>
        <a href="/moderation">{t("queue.back")}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={props.errors} />
      <History v={v} author={item.author} history={item.history} />
      <Place v={v} item={item} />
      <blockquote>{item.held.body}</blockquote>
      <h2>{t("queue.held.why")}</h2>
      <HoldReasons v={v} item={item} />
      <PostForm v={v} action={`/moderation/retenus/${item.held.id}/approuver`}>
        <button type="submit" class="button">
          {t("queue.approve")}
        </button>
      </PostForm>
      <h2>{t("queue.reject.title")}</h2>
      <p>{t("queue.reject.intro")}</p>
      <PostForm v={v} action={`/moderation/retenus/${item.held.id}/refuser`}>
        <ReasonFields v={v} values={props.values ?? { ground: "", explanation: "" }} errors={props.errors} />
        <button type="submit" class="button button--danger">
          {t("queue.reject")}
        </button>
      </PostForm>
      <RestrictLink v={v} authorId={item.held.authorId} />
    </Layout>
  );
}

export interface PostDecisionValues {
  action: string;
  ground: string;
  explanation: string;
  body: string;
  note: string;
}

export function ReportedPage(props: {
  v: ViewContext;
  item: ReportedItem;
  values: PostDecisionValues;
  errors?: FieldErrors;
}) {
  const { v, item, values, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("queue.reported.page")} narrow>
      <p>
        <a href="/moderation">{t("queue.back")}</a>
      </p>
      <h1>{t("queue.reported.page")}</h1>
      <p>
        <a href={postUrl(item.post.topic, item.post.position)}>{item.post.topic.title}</a>
      </p>
      <History v={v} author={item.author} history={item.history} />
      <blockquote>{item.post.bodyMarkdown}</blockquote>
      <h2>{t("queue.reported.reports")}</h2>
      <Reports v={v} item={item} />
      <h2>{t("queue.decide")}</h2>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={`/moderation/messages/${item.post.id}`}>
        <RadioGroup
          v={v}
          name="action"
          legend={t("queue.action")}
          options={POST_ACTIONS.map((action) => ({ value: action, label: t(`queue.action.${action}`) }))}
          value={values.action}
          errors={errors}
        />
        <p class="field__hint">{t("queue.reasonsHint")}</p>
        <ReasonFields v={v} values={values} errors={errors} />
        <TextArea
          v={v}
          name="body"
          label={t("queue.editBody")}
          hint={t("queue.editBodyHint")}
          value={values.body}
          errors={errors}
          rows={8}
        />
        <Field
          v={v}
          name="note"
          label={t("queue.note")}
          hint={t("queue.noteHint")}
          value={values.note}
          errors={errors}
          maxLength={300}
        />
        <button type="submit" class="button">
          {t("queue.decide")}
        </button>
      </PostForm>
      <RestrictLink v={v} authorId={item.post.authorId} />
    </Layout>
  );
}

export interface RestrictValues {
  restriction: string;
  days: string;
  ground: string;
  explanation: string;
}

export function RestrictPage(props: {
  v: ViewContext;
  author: PublicProfile;
  history: AuthorHistory | null;
  values: RestrictValues;
  errors?: FieldErrors;
}) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  const title = t("queue.restrict.title", { name: props.author.displayName });
  return (
    <Layout v={v} title={title} narrow>
      <p>
        <a href="/moderation">{t("queue.back")}</a>
      </p>
      <h1>{title}</h1>
      <History v={v} author={props.author} history={props.history} />
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={`/moderation/membres/${props.author.id}/restreindre`}>
        <RadioGroup
          v={v}
          name="restriction"
          legend={t("queue.restriction")}
          options={(["silenced", "suspended"] as const).map((restriction) => ({
            value: restriction,
            label: t(`queue.restriction.${restriction}`),
          }))}
          value={values.restriction}
          errors={errors}
        />
        <Field
          v={v}
          name="days"
          label={t("queue.days")}
          hint={t("queue.daysHint", { min: RESTRICTION_DAYS.min, max: RESTRICTION_DAYS.max })}
          value={values.days}
          errors={errors}
          inputMode="numeric"
          required
        />
        <ReasonFields v={v} values={values} errors={errors} />
        <button type="submit" class="button button--danger">
          {t("queue.restrict.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function AppealPage(props: {
  v: ViewContext;
  item: AppealItem;
  values?: { outcome: string; reasons: string };
  errors?: FieldErrors;
}) {
  const { v, item, errors } = props;
  const { t } = v.i18n;
  const values = props.values ?? { outcome: "", reasons: "" };
  const title = t("queue.appeals.item", { id: String(item.appeal.id) });
  return (
    <Layout v={v} title={title} narrow>
      <p>
        <a href="/moderation">{t("queue.back")}</a>
      </p>
      <h1>{title}</h1>
      <p class="topic-list__meta">
        <Author v={v} author={item.author} />
      </p>
      <h2>{t("appeal.decision")}</h2>
      <Statement v={v} decision={item.decision} />
      <h2>{t("appeal.statement")}</h2>
      <blockquote>{item.appeal.statement}</blockquote>
      {item.mayDecide ? (
        <>
          <ErrorSummary v={v} errors={errors} />
          <PostForm v={v} action={`/moderation/recours/${item.appeal.id}`}>
            <RadioGroup
              v={v}
              name="outcome"
              legend={t("appeal.outcome")}
              options={(["upheld", "reversed"] as const).map((outcome) => ({
                value: outcome,
                label: t(`appeal.outcome.${outcome}`),
              }))}
              value={values.outcome}
              errors={errors}
            />
            <ReasonsText
              v={v}
              name="reasons"
              label={t("appeal.reasons")}
              value={values.reasons}
              errors={errors}
            />
            <button type="submit" class="button">
              {t("appeal.decide")}
            </button>
          </PostForm>
        </>
      ) : (
        <p class="notice notice--info">{t("appeal.sameDecider")}</p>
      )}
    </Layout>
  );
}
