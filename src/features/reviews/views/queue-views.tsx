import { may } from "../../../platform/auth/access.ts";
import type { MessageKey } from "../../../platform/i18n/index.ts";
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  PostForm,
  Select,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { REFUSAL_REASONS } from "../model.ts";
import type { RefusalValues, Review, ReviewDecision } from "../moderation.ts";
import { EXPLANATION_LIMITS } from "../moderation.ts";
import { queuedReviewPath, REVIEW_QUEUE_PATH, REVIEW_SETTINGS_PATH } from "../paths.ts";
import { moderateReviews } from "../policy.ts";
import { Day, Paragraphs, productName, Stars } from "./parts.tsx";

/** The queue in order of arrival, each review with the day it is due by (the published delay). */
export function ReviewQueuePage(props: {
  v: ViewContext;
  queue: { review: Review; dueAt: Date; late: boolean }[];
  delayDays: number;
}) {
  const { v, queue } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.queue.title")}>
      <h1>{t("reviews.queue.title")}</h1>
      <p>{t("reviews.queue.lead", { days: props.delayDays })}</p>
      {may(v.actor, moderateReviews) && (
        <p>
          <a href={REVIEW_SETTINGS_PATH}>{t("reviews.settings.title")}</a>
        </p>
      )}
      {queue.length === 0 ? (
        <p>{t("reviews.queue.empty")}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t("reviews.queue.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reviews.queue.arrived")}</th>
              <th scope="col">{t("reviews.queue.review")}</th>
              <th scope="col">{t("reviews.queue.rating")}</th>
              <th scope="col">{t("reviews.queue.due")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map(({ review, dueAt, late }) => (
              <tr key={review.id}>
                <td>{v.i18n.dateTime(review.submittedAt)}</td>
                <td>
                  <a href={queuedReviewPath(review.id)}>{review.title}</a>{" "}
                  <span class={review.verified ? "badge badge--verified" : "badge"}>
                    {review.verified ? t("reviews.label.verified") : t("reviews.label.spontaneous")}
                  </span>
                </td>
                <td>
                  <Stars v={v} rating={review.rating} />
                </td>
                <td>
                  {v.i18n.date(dueAt)}
                  {late && <span class="badge badge--complaint">{t("reviews.queue.late")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** One review to decide: everything the author wrote, its history, publish or refuse for a fixed reason. */
export function QueuedReviewPage(props: {
  v: ViewContext;
  review: Review;
  decisions: ReviewDecision[];
  values?: RefusalValues;
  errors?: FieldErrors;
  /** Why the decision was not taken (the text changed since it was read; the moderator sent the invitation). */
  notice?: MessageKey;
  /** The moderator sent the invitation this review came from: another member of the team decides. */
  ownBatch: boolean;
}) {
  const { v, review, errors } = props;
  const { t } = v.i18n;
  const decides = may(v.actor, moderateReviews) && review.status === "submitted" && !props.ownBatch;
  return (
    <Layout v={v} title={review.title}>
      <p>
        <a href={REVIEW_QUEUE_PATH}>{t("reviews.queue.back")}</a>
      </p>
      {props.notice && <Notice kind="error">{t(props.notice)}</Notice>}
      {props.ownBatch && !props.notice && review.status === "submitted" && (
        <Notice kind="info">{t("reviews.queue.ownBatch")}</Notice>
      )}
      <h1>{review.title}</h1>
      <p>
        <span class="badge">{t(`reviews.status.${review.status}`)}</span>{" "}
        <span class={review.verified ? "badge badge--verified" : "badge"}>
          {review.verified ? t("reviews.label.verified") : t("reviews.label.spontaneous")}
        </span>
      </p>
      <p>
        <Stars v={v} rating={review.rating} /> · {productName(v, review.product)} ·{" "}
        {t("reviews.experienceOn")} <Day v={v} iso={review.experienceDate} /> ·{" "}
        {t("reviews.by", { name: review.authorName || t("reviews.anonymous") })}
      </p>
      {review.holdUntil && <p>{t("reviews.queue.holdAsked", { date: v.i18n.date(review.holdUntil) })}</p>}
      <Paragraphs text={review.body} />
      {props.decisions.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("reviews.queue.history")}</h2>
          <ul>
            {props.decisions.map((decision) => (
              <li key={decision.id}>
                {v.i18n.dateTime(decision.decidedAt)} — {t(`reviews.decision.${decision.decision}`)}
                {decision.reason && ` (${t(`reviews.reason.${decision.reason}`)})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {decides && (
        <>
          <h2>{t("reviews.queue.publish")}</h2>
          <p>{t("reviews.queue.publishHint")}</p>
          <PostForm v={v} action={`${queuedReviewPath(review.id)}/publier`}>
            <input type="hidden" name="version" value={String(review.version)} />
            <button type="submit" class="button">
              {t("reviews.queue.publish")}
            </button>
          </PostForm>
          <h2>{t("reviews.queue.refuse")}</h2>
          <p>{t("reviews.queue.refuseHint")}</p>
          <PostForm v={v} action={`${queuedReviewPath(review.id)}/refuser`}>
            <input type="hidden" name="version" value={String(review.version)} />
            <ErrorSummary v={v} errors={errors} />
            <Select
              v={v}
              name="reason"
              label={t("reviews.queue.reason")}
              value={props.values?.reason ?? ""}
              errors={errors}
              options={[
                { value: "", label: t("reviews.queue.chooseReason") },
                ...REFUSAL_REASONS.map((reason) => ({ value: reason, label: t(`reviews.reason.${reason}`) })),
              ]}
            />
            <TextArea
              v={v}
              name="explanation"
              label={t("reviews.queue.explanation")}
              hint={t("reviews.queue.explanationHint", EXPLANATION_LIMITS)}
              value={props.values?.explanation ?? ""}
              errors={errors}
              required
              maxLength={EXPLANATION_LIMITS.max}
              rows={4}
            />
            <button type="submit" class="button button--danger">
              {t("reviews.queue.refuse")}
            </button>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
