import {
  ConsentCheckbox,
  ErrorSummary,
  Field,
  type FieldErrors,
  PostForm,
  RadioGroup,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { DIRECTIVE_CHOICES } from "../schema.ts";
import type { DeathReport, DirectiveInput, Directives } from "./directives.ts";

/** The member's directives after death: a setting of its own, with its own consent, revocable. */
export function DirectivesSection(props: {
  v: ViewContext;
  current: Directives | undefined;
  values?: DirectiveInput | undefined;
  errors?: FieldErrors | undefined;
}) {
  const { v, current, errors } = props;
  const { t } = v.i18n;
  const values = props.values ?? {
    choice: current?.choice ?? "",
    trusteeName: current?.trusteeName ?? "",
    trusteeEmail: current?.trusteeEmail ?? "",
    consent: false,
  };
  return (
    <section aria-labelledby="directives-title">
      <h2 id="directives-title">{t("directives.title")}</h2>
      <p>{t("directives.intro")}</p>
      <p>
        {current
          ? t("directives.current", {
              choice: t(`directives.choice.${current.choice}`),
              date: v.i18n.date(current.updatedAt),
            })
          : t("directives.none")}
      </p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/compte/directives">
        <RadioGroup
          v={v}
          name="choice"
          legend={t("directives.choice.legend")}
          value={values.choice}
          errors={errors}
          options={DIRECTIVE_CHOICES.map((c) => ({
            value: c,
            label: t(`directives.choice.${c}`),
          }))}
        />
        <Field
          v={v}
          name="trusteeName"
          label={t("directives.trustee.nameLabel")}
          value={values.trusteeName}
          errors={errors}
        />
        <Field
          v={v}
          name="trusteeEmail"
          type="email"
          label={t("directives.trustee.emailLabel")}
          value={values.trusteeEmail}
          errors={errors}
        />
        {/* Its own name: the newsletter's consent box is on the same page, and the error summary links by name. */}
        <ConsentCheckbox
          v={v}
          id="field-directivesConsent"
          name="directivesConsent"
          label={t("consent.death_directives.granted")}
          checked={false}
          errorKey={errors?.directivesConsent}
        />
        <button type="submit" class="button">
          {t("directives.save")}
        </button>
      </PostForm>
      {current && (
        <PostForm v={v} action="/compte/directives/revoquer">
          <button type="submit" class="button button--secondary">
            {t("directives.revoke")}
          </button>
        </PostForm>
      )}
    </section>
  );
}

/** The DPO's page of reported deaths: report one, then execute the member's directives. */
export function DeathReportsPage(props: {
  v: ViewContext;
  reports: DeathReport[];
  values?: { email: string; evidence: string };
  errors?: FieldErrors | undefined;
}) {
  const { v, reports, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("death.title")}>
      <h1>{t("death.title")}</h1>
      <p>{t("death.intro")}</p>
      {reports.length === 0 ? (
        <p>{t("death.none")}</p>
      ) : (
        <ul>
          {reports.map((report) => (
            <li key={report.id}>
              {t("death.item", { email: report.email, date: v.i18n.date(report.reportedAt) })}{" "}
              {report.executedChoice ? (
                t("death.executed", { choice: t(`directives.choice.${report.executedChoice}`) })
              ) : (
                <PostForm v={v} action={`/admin/deces/${report.id}/executer`} class="inline-form">
                  <button type="submit" class="button button--small">
                    {t("death.execute")}
                  </button>
                </PostForm>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("death.report")}</h2>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/admin/deces">
        <Field
          v={v}
          name="email"
          type="email"
          label={t("death.email")}
          value={props.values?.email}
          errors={errors}
          required
        />
        <TextArea
          v={v}
          name="evidence"
          label={t("death.evidence")}
          hint={t("death.evidenceHint")}
          value={props.values?.evidence}
          errors={errors}
          required
          rows={3}
        />
        <button type="submit" class="button">
          {t("death.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}
