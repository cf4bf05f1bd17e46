import { Notice, PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { ReviewSettings } from "../model.ts";
import type { Review, ReviewDecision } from "../moderation.ts";
import { myReviewPath, reviewPath, WRITE_REVIEW_PATH } from "../paths.ts";
import { Day, productName, Stars } from "./parts.tsx";
import { type FormState, ReviewForm } from "./writing-views.tsx";

/** The statement of reasons of a refusal: which reason of the fixed list, the moderator's words, when. */
export function ReviewStatement({ v, decision }: { v: ViewContext; decision: ReviewDecision }) {
  const { t } = v.i18n;
  return (
    <dl class="statement">
      <dt>{t("decision.what")}</dt>
      <dd>{t("reviews.statement.refused")}</dd>
      <dt>{t("decision.rule")}</dt>
      <dd>{decision.reason && t(`reviews.reason.${decision.reason}`)}</dd>
      <dt>{t("decision.how")}</dt>
      <dd>{t("decision.how.person")}</dd>
      <dt>{t("decision.reasons")}</dt>
      <dd>{decision.explanation}</dd>
      <dt>{t("decision.date")}</dt>
      <dd>{v.i18n.dateTime(decision.decidedAt)}</dd>
    </dl>
  );
}

/** Where the review stands, in the author's words. */
export function StatusLine({ v, review }: { v: ViewContext; review: Review }) {
  const { t } = v.i18n;
  return (
    <p>
      <span class="badge">{t(`reviews.status.${review.status}`)}</span>
      {review.status === "published" && (
        <>
          {" "}
          <a href={reviewPath(review.id)}>{t("reviews.mine.see")}</a>
        </>
      )}
    </p>
  );
}

export function MyReviewsPage({ v, items }: { v: ViewContext; items: Review[] }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.mine.title")}>
      <h1>{t("reviews.mine.title")}</h1>
      <p>
        <a class="button" href={WRITE_REVIEW_PATH}>
          {t("reviews.write")}
        </a>
      </p>
      {items.length === 0 ? (
        <p>{t("reviews.mine.empty")}</p>
      ) : (
        <ul class="cards">
          {items.map((review) => (
            <li key={review.id} class="card">
              <h2>
                <a href={myReviewPath(review.id)}>{review.title}</a>
              </h2>
              <p>
                <Stars v={v} rating={review.rating} /> · {productName(v, review.product)} ·{" "}
                {t("reviews.experienceOn")} <Day v={v} iso={review.experienceDate} />
              </p>
              <StatusLine v={v} review={review} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/**
 * One of the author's reviews: its state, the statement of reasons when refused, the form to
 * correct (and resubmit), and withdrawal.
 */
export function AuthorReviewPage(props: {
  v: ViewContext;
  review: Review;
  refusal: ReviewDecision | undefined;
  state: FormState;
  settings: ReviewSettings;
  now: Date;
  action: string;
  withdrawAction: string;
  back: string | null;
}) {
  const { v, review, refusal } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={review.title} narrow>
      {props.back && (
        <p>
          <a href={props.back}>{t("reviews.mine.back")}</a>
        </p>
      )}
      <h1>{review.title}</h1>
      <StatusLine v={v} review={review} />
      {review.status === "withdrawn" ? (
        <Notice kind="info">
          <p>{t("reviews.mine.withdrawnText")}</p>
        </Notice>
      ) : (
        <>
          {review.status === "refused" && refusal && (
            <section aria-labelledby="statement-title">
              <h2 id="statement-title">{t("reviews.statement.title")}</h2>
              <ReviewStatement v={v} decision={refusal} />
              <p>{t("reviews.statement.correct")}</p>
            </section>
          )}
          {review.status === "held" && review.holdUntil && (
            <Notice kind="info">
              <p>{t("reviews.mine.heldText", { date: v.i18n.date(review.holdUntil) })}</p>
            </Notice>
          )}
          <h2>{review.status === "published" ? t("reviews.mine.update") : t("reviews.mine.correct")}</h2>
          {review.status === "published" && <p>{t("reviews.mine.updateHint")}</p>}
          <ReviewForm
            v={v}
            action={props.action}
            state={props.state}
            settings={props.settings}
            now={props.now}
            fixedExperienceDate={review.verified ? review.experienceDate : undefined}
            submitLabel={review.status === "refused" ? t("reviews.mine.resubmit") : t("reviews.mine.save")}
          />
          <h2>{t("reviews.mine.withdraw")}</h2>
          <p>{t("reviews.mine.withdrawHint")}</p>
          <PostForm v={v} action={props.withdrawAction}>
            <button type="submit" class="button button--danger">
              {t("reviews.mine.withdraw")}
            </button>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
