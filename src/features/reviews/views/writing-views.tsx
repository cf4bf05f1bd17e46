import { isoDay } from "../../../calendar/index.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostForm,
  RadioGroup,
  Select,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { MaskingNotice } from "../../../platform/views/masking-notice.tsx";
import type { LabelledFinding } from "../../../text/personal-data-masking.ts";
import { ASPECTS, BODY_MAX, NEGATIVE_AT_MOST, PRODUCTS, type ReviewSettings, TITLE_MAX } from "../model.ts";
import { REVIEWS_PATH } from "../paths.ts";
import { experienceWindow, type TypedReview } from "../typed.ts";
import type { InvitationState } from "../writing.ts";
import { Day, productName } from "./parts.tsx";

export interface FormState {
  typed: TypedReview;
  errors?: FieldErrors | undefined;
  masking?: LabelledFinding[] | undefined;
}

/** The experience date: a calendar field bounded by the last twelve months, its error tied to it. */
function ExperienceDate(props: {
  v: ViewContext;
  value: string;
  errors: FieldErrors | undefined;
  now: Date;
}) {
  const { t } = props.v.i18n;
  const { earliest, latest } = experienceWindow(props.now);
  const errorKey = props.errors?.experienceDate;
  const id = "field-experienceDate";
  return (
    <div class={errorKey ? "field field--error" : "field"}>
      <label for={id}>
        {t("reviews.field.experienceDate")}
        <span class="field__required"> {t("form.required")}</span>
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        {t("reviews.field.experienceDateHint")}
      </p>
      {errorKey && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{t("form.errorPrefix")} </span>
          {t(errorKey)}
        </p>
      )}
      <input
        id={id}
        name="experienceDate"
        type="date"
        value={props.value}
        min={isoDay(earliest)}
        max={isoDay(latest)}
        required
        aria-invalid={errorKey ? "true" : undefined}
        aria-describedby={[`${id}-hint`, errorKey ? `${id}-error` : ""].filter(Boolean).join(" ")}
      />
    </div>
  );
}

/**
 * The review form, shared by the spontaneous review, the invitation and the author's
 * corrections: what was typed always comes back, with every problem named.
 */
export function ReviewForm(props: {
  v: ViewContext;
  action: string;
  state: FormState;
  settings: ReviewSettings;
  now: Date;
  /** Fixed by the invitation: the experience date the bank recorded. */
  fixedExperienceDate?: string | undefined;
  submitLabel: string;
}) {
  const { v, state, settings } = props;
  const { t } = v.i18n;
  const { typed, errors } = state;
  const stars = [5, 4, 3, 2, 1].map((n) => ({
    value: String(n),
    label: t("reviews.rating.choice", { rating: n }),
  }));
  return (
    <PostForm v={v} action={props.action} class="review-form">
      <ErrorSummary v={v} errors={errors} />
      <MaskingNotice v={v} findings={state.masking} />
      <RadioGroup
        v={v}
        name="rating"
        legend={t("reviews.field.rating")}
        value={typed.rating}
        errors={errors}
        options={stars}
      />
      <fieldset class="choices">
        <legend>{t("reviews.field.aspects")}</legend>
        <p class="field__hint">{t("reviews.field.aspectsHint")}</p>
        {ASPECTS.map((aspect) => (
          <Select
            key={aspect}
            v={v}
            name={aspect}
            label={t(`reviews.aspect.${aspect}`)}
            value={typed[aspect]}
            errors={errors}
            options={[{ value: "", label: t("reviews.field.noRating") }, ...stars]}
          />
        ))}
      </fieldset>
      <Select
        v={v}
        name="product"
        label={t("reviews.field.product")}
        value={typed.product}
        errors={errors}
        options={[
          { value: "", label: t("reviews.field.chooseProduct") },
          ...PRODUCTS.map((product) => ({ value: product, label: productName(v, product) })),
        ]}
      />
      {props.fixedExperienceDate ? (
        <p>
          {t("reviews.field.experienceFixed")} <Day v={v} iso={props.fixedExperienceDate} />
          <input type="hidden" name="experienceDate" value={props.fixedExperienceDate} />
        </p>
      ) : (
        <ExperienceDate v={v} value={typed.experienceDate} errors={errors} now={props.now} />
      )}
      <Field
        v={v}
        name="title"
        label={t("reviews.field.title")}
        value={typed.title}
        errors={errors}
        required
        maxLength={TITLE_MAX}
      />
      <TextArea
        v={v}
        name="body"
        label={t("reviews.field.body")}
        hint={t("reviews.field.bodyHint", { min: settings.minTextLength, max: BODY_MAX })}
        value={typed.body}
        errors={errors}
        required
        maxLength={BODY_MAX}
        rows={8}
      />
      {settings.holdDelayDays > 0 && (
        <div class="field">
          <label>
            <input type="checkbox" name="hold" value="1" checked={typed.hold === "1"} />{" "}
            {t("reviews.field.hold", { days: settings.holdDelayDays, atMost: NEGATIVE_AT_MOST })}
          </label>
        </div>
      )}
      <p class="field__hint">{t("reviews.field.before", { days: settings.moderationDelayDays })}</p>
      <button type="submit" class="button">
        {props.submitLabel}
      </button>
    </PostForm>
  );
}

export function WriteReviewPage(props: {
  v: ViewContext;
  action: string;
  state: FormState;
  settings: ReviewSettings;
  now: Date;
  verified?: { experienceDate: string } | undefined;
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.write.title")} narrow>
      <h1>{t("reviews.write.title")}</h1>
      <p>{props.verified ? t("reviews.write.verifiedIntro") : t("reviews.write.spontaneousIntro")}</p>
      <ReviewForm
        v={v}
        action={props.action}
        state={props.state}
        settings={props.settings}
        now={props.now}
        fixedExperienceDate={props.verified?.experienceDate}
        submitLabel={t("reviews.write.submit")}
      />
    </Layout>
  );
}

/** What was typed, kept to copy when the page cannot take it (staff, a used or expired link). */
function KeptText({ v, typed }: { v: ViewContext; typed: TypedReview | undefined }) {
  if (!typed || (typed.title.trim() === "" && typed.body.trim() === "")) return null;
  const { t } = v.i18n;
  return (
    <section aria-labelledby="kept-title">
      <h2 id="kept-title">{t("reviews.kept.title")}</h2>
      <p>{t("reviews.kept.text")}</p>
      <div class="field">
        <label for="kept-title-text">{t("reviews.field.title")}</label>
        <input id="kept-title-text" type="text" readOnly value={typed.title} />
      </div>
      <div class="field">
        <label for="kept-body">{t("reviews.field.body")}</label>
        <textarea id="kept-body" readOnly rows={8}>
          {typed.body}
        </textarea>
      </div>
    </section>
  );
}

/** Staff accounts never review: said plainly, with what they typed kept. */
export function StaffCannotReviewPage({ v, typed }: { v: ViewContext; typed?: TypedReview | undefined }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.staff.title")} narrow>
      <h1>{t("reviews.staff.title")}</h1>
      <Notice kind="error">
        <p>{t("reviews.staff.text")}</p>
      </Notice>
      <KeptText v={v} typed={typed} />
      <p>
        <a href={REVIEWS_PATH}>{t("reviews.back")}</a>
      </p>
    </Layout>
  );
}

/** An invitation that can no longer be used: already used, expired, or not one of ours. */
export function InvitationOutcomePage(props: {
  v: ViewContext;
  state: Exclude<InvitationState, "open">;
  typed?: TypedReview | undefined;
}) {
  const { v, state } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t(`reviews.invitation.${state}.title`)} narrow>
      <h1>{t(`reviews.invitation.${state}.title`)}</h1>
      <Notice kind="info">
        <p>{t(`reviews.invitation.${state}.text`)}</p>
      </Notice>
      <KeptText v={v} typed={props.typed} />
      <p>
        <a href={REVIEWS_PATH}>{t("reviews.back")}</a>
      </p>
    </Layout>
  );
}

/** Received: when it will be checked, and where to follow it. */
export function ThanksPage(props: { v: ViewContext; days: number; follow: string | null }) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.thanks.title")} narrow>
      <h1>{t("reviews.thanks.title")}</h1>
      <Notice kind="success">
        <p>{t("reviews.thanks.text", { days: props.days })}</p>
      </Notice>
      {props.follow && (
        <p>
          <a href={props.follow}>{t("reviews.thanks.follow")}</a>
        </p>
      )}
      <p>
        <a href={REVIEWS_PATH}>{t("reviews.back")}</a>
      </p>
    </Layout>
  );
}
