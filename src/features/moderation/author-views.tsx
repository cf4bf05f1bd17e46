import { ErrorSummary, type FieldErrors, PostForm, TextArea } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { canAppeal } from "./appeals.ts";
import { type DecisionWithAppeal, decisionUrl } from "./decisions.ts";
import type { HeldPost } from "./held-posts.ts";
import { EXPLANATION_LIMITS } from "./reports.ts";
import { Statement } from "./statement.tsx";

/** What a member sees of moderation about themselves: held submissions, decisions, appeals. */
export function MyModerationPage(props: {
  v: ViewContext;
  held: HeldPost[];
  decisions: DecisionWithAppeal[];
}) {
  const { v } = props;
  const { t } = v.i18n;
  const decisions = props.decisions.filter(({ decision }) => decision.action !== "held");
  return (
    <Layout v={v} title={t("myModeration.title")} narrow>
      <h1>{t("myModeration.title")}</h1>
      <p>{t("myModeration.intro")}</p>
      <h2>{t("myModeration.held")}</h2>
      {props.held.length === 0 ? (
        <p>{t("myModeration.noneHeld")}</p>
      ) : (
        <ul class="card-list">
          {props.held.map((held) => (
            <li key={held.id} class="card">
              <p>
                <strong>{t(`myModeration.status.${held.status}`)}</strong> · {v.i18n.dateTime(held.createdAt)}
              </p>
              {held.title && <p>{held.title}</p>}
              <blockquote>{held.body}</blockquote>
              <p>
                {t("myModeration.because")}{" "}
                {held.reasons.map((reason) => t(`hold.reason.${reason}`)).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("myModeration.decisions")}</h2>
      {decisions.length === 0 ? (
        <p>{t("myModeration.noDecisions")}</p>
      ) : (
        <ul>
          {decisions.map(({ decision, appeal }) => (
            <li key={decision.id}>
              <a href={decisionUrl(decision.id)}>
                {t(`decision.action.${decision.action}`)} — {v.i18n.date(decision.createdAt)}
              </a>
              {appeal && <> · {t(`appeal.status.${appeal.status}`)}</>}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function DecisionPage(props: {
  v: ViewContext;
  item: DecisionWithAppeal;
  /** The time the appeal window is compared with (ctx.clock). */
  now: Date;
  statement?: string;
  errors?: FieldErrors;
}) {
  const { v, item, errors } = props;
  const { t } = v.i18n;
  const { decision, appeal } = item;
  return (
    <Layout v={v} title={t("decision.title")} narrow>
      <p>
        <a href="/compte/moderation">{t("myModeration.title")}</a>
      </p>
      <h1>{t("decision.title")}</h1>
      <Statement v={v} decision={decision} />
      <h2>{t("appeal.title")}</h2>
      {appeal ? (
        <>
          <p>
            <strong>{t(`appeal.status.${appeal.status}`)}</strong>
          </p>
          <blockquote>{appeal.statement}</blockquote>
          {appeal.reasons && <p>{t("appeal.outcomeReasons", { reasons: appeal.reasons })}</p>}
        </>
      ) : canAppeal(decision, appeal, props.now) ? (
        <>
          <p>{t("decision.appealUntil", { date: v.i18n.date(decision.appealableUntil!) })}</p>
          <ErrorSummary v={v} errors={errors} />
          <PostForm v={v} action={`${decisionUrl(decision.id)}/recours`}>
            <TextArea
              v={v}
              name="statement"
              label={t("appeal.statementLabel")}
              hint={t("appeal.statementHint", { min: EXPLANATION_LIMITS.min })}
              value={props.statement}
              errors={errors}
              required
              maxLength={EXPLANATION_LIMITS.max}
              rows={6}
            />
            <button type="submit" class="button">
              {t("appeal.submit")}
            </button>
          </PostForm>
        </>
      ) : (
        <p>{decision.action === "held" ? t("appeal.notForHolds") : t("appeal.closed")}</p>
      )}
    </Layout>
  );
}
