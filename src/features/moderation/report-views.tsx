import {
  ErrorSummary,
  Field,
  type FieldErrors,
  PostForm,
  RadioGroup,
  TextArea,
} from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { EXPLANATION_LIMITS } from "./reports.ts";
import { REPORT_REASONS, type ReportReason } from "./schema.ts";

export function ReportPage(props: {
  v: ViewContext;
  postId: number;
  backHref: string;
  values: { reason: string; explanation: string; email: string };
  errors?: FieldErrors | undefined;
}) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  // Without an account, only illegal content can be reported (with an address to answer).
  const reasons: readonly ReportReason[] = v.actor ? REPORT_REASONS : ["illegal"];
  return (
    <Layout v={v} title={t("report.title")} narrow>
      <h1>{t("report.title")}</h1>
      <p>{v.actor ? t("report.intro.member") : t("report.intro.visitor")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={`/messages/${props.postId}/signaler`}>
        <RadioGroup
          v={v}
          name="reason"
          legend={t("report.reason")}
          options={reasons.map((reason) => ({ value: reason, label: t(`report.reason.${reason}`) }))}
          value={values.reason}
          errors={errors}
        />
        <TextArea
          v={v}
          name="explanation"
          label={t("report.explanation")}
          hint={t("report.explanationHint", { min: EXPLANATION_LIMITS.min })}
          value={values.explanation}
          errors={errors}
          required
          maxLength={EXPLANATION_LIMITS.max}
          rows={5}
        />
        {!v.actor && (
          <Field
            v={v}
            name="email"
            type="email"
            label={t("report.email")}
            hint={t("report.emailHint")}
            value={values.email}
            errors={errors}
            required
            autocomplete="email"
          />
        )}
        <button type="submit" class="button">
          {t("report.submit")}
        </button>
      </PostForm>
      <p>
        <a href={props.backHref}>{t("report.back")}</a>
      </p>
    </Layout>
  );
}

export function ReportSentPage({ v, backHref }: { v: ViewContext; backHref: string }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("report.sent.title")} narrow>
      <h1>{t("report.sent.title")}</h1>
      <p>{t("report.sent.body")}</p>
      <p>
        <a href={backHref}>{t("report.back")}</a>
      </p>
    </Layout>
  );
}
