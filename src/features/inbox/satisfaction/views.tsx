import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  PostForm,
  RadioGroup,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { COMMENT_MAX, type SurveyAnswer, type SurveyState, surveyPath } from "./survey.ts";

const RATINGS = ["5", "4", "3", "2", "1"] as const;

/** The one question, its five answers as radio buttons, and a comment; no script needed. */
export function SurveyPage(props: {
  v: ViewContext;
  token: string;
  typed?: SurveyAnswer;
  errors?: FieldErrors;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.satisfaction.title")} narrow>
      <h1>{t("inbox.satisfaction.title")}</h1>
      <p>{t("inbox.satisfaction.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={surveyPath(props.token)}>
        <RadioGroup
          v={v}
          name="rating"
          legend={t("inbox.satisfaction.question")}
          value={props.typed?.rating ?? ""}
          errors={errors}
          options={RATINGS.map((rating) => ({
            value: rating,
            label: t(`inbox.satisfaction.rating.${rating}`),
          }))}
        />
        <TextArea
          v={v}
          name="comment"
          label={t("inbox.satisfaction.comment")}
          hint={t("inbox.satisfaction.commentHint", { max: COMMENT_MAX })}
          value={props.typed?.comment ?? ""}
          errors={errors}
          maxLength={COMMENT_MAX}
          rows={5}
        />
        <button type="submit" class="button">
          {t("inbox.satisfaction.send")}
        </button>
      </PostForm>
    </Layout>
  );
}

/** Thanks, or why the link does nothing any more: already used, too old, or not one of ours. */
export function SurveyOutcomePage({
  v,
  state,
}: {
  v: ViewContext;
  state: Exclude<SurveyState, "open"> | "thanks";
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t(`inbox.satisfaction.${state}.title`)} narrow>
      <h1>{t(`inbox.satisfaction.${state}.title`)}</h1>
      <Notice kind={state === "thanks" ? "success" : "info"}>
        <p>{t(`inbox.satisfaction.${state}.text`)}</p>
      </Notice>
      <p>
        <a href="/">{t("inbox.satisfaction.home")}</a>
      </p>
    </Layout>
  );
}
