import { Fragment } from "preact";
import type { Page } from "../../../platform/http/paging.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  PageCount,
  Pagination,
  PostForm,
  Select,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { BREACH_DECISIONS } from "../schema.ts";
import { type Breach, type BreachForm, breachClock } from "./breaches.ts";
import { type Processing, TEXT_FIELDS } from "./register.ts";

/** The register of processing (art. 30), every entry in full, with its exports. */
export function RegisterPage({ v, entries }: { v: ViewContext; entries: Processing[] }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("register.title")}>
      <h1>{t("register.title")}</h1>
      <p>{t("register.intro")}</p>
      <p>
        <a href="/admin/registre.csv">{t("register.exportCsv")}</a> ·{" "}
        <a href="/admin/registre.json">{t("register.exportJson")}</a> ·{" "}
        <a href="/admin/violations">{t("breach.title")}</a>
      </p>
      {entries.map((entry) => (
        <section key={entry.key} class="card" aria-labelledby={`processing-${entry.key}`}>
          <h2 id={`processing-${entry.key}`}>{entry.name}</h2>
          <dl class="statement">
            {TEXT_FIELDS.filter((f) => f !== "name").map((f) => (
              <Fragment key={f}>
                <dt>{t(`register.field.${f}`)}</dt>
                <dd class="pre-line">{entry[f]}</dd>
              </Fragment>
            ))}
            <dt>{t("register.field.retentionMonths")}</dt>
            <dd>{entry.retentionMonths ? t("register.months", { months: entry.retentionMonths }) : "—"}</dd>
          </dl>
          <p>
            <a href={`/admin/registre/${entry.key}`}>{t("register.edit", { name: entry.name })}</a>
          </p>
        </section>
      ))}
    </Layout>
  );
}

export function RegisterEntryPage(props: {
  v: ViewContext;
  entry: Processing;
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
}) {
  const { v, entry, values, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={entry.name} narrow>
      <h1>{entry.name}</h1>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={`/admin/registre/${entry.key}`}>
        {TEXT_FIELDS.map((f) => (
          <TextArea
            key={f}
            v={v}
            name={f}
            label={t(`register.field.${f}`)}
            value={values[f]}
            errors={errors}
            required
            rows={f === "name" ? 2 : 4}
          />
        ))}
        <Field
          v={v}
          name="retentionMonths"
          type="number"
          label={t("register.field.retentionMonths")}
          hint={t("register.months.hint")}
          value={values.retentionMonths}
          errors={errors}
        />
        <button type="submit" class="button">
          {t("register.save")}
        </button>
      </PostForm>
    </Layout>
  );
}

/** The breach register: every breach, notified or not, with its 72-hour clock. */
export function BreachesPage({ v, page, now }: { v: ViewContext; page: Page<Breach>; now: Date }) {
  const { t } = v.i18n;
  const list = page.items;
  return (
    <Layout v={v} title={t("breach.title")}>
      <h1>{t("breach.title")}</h1>
      <p>{t("breach.intro")}</p>
      <p>
        <a class="button" href="/admin/violations/nouvelle">
          {t("breach.new")}
        </a>
      </p>
      {list.length === 0 ? (
        <p>{t("breach.none")}</p>
      ) : (
        <>
          <PageCount v={v} page={page} />
          <table class="data-table">
            <caption class="visually-hidden">{t("breach.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("breach.field.title")}</th>
                <th scope="col">{t("breach.field.awareAt")}</th>
                <th scope="col">{t("breach.deadline")}</th>
                <th scope="col">{t("breach.field.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((breach) => {
                const clock = breachClock(breach, now);
                return (
                  <tr key={breach.id}>
                    <th scope="row">
                      <a href={`/admin/violations/${breach.id}`}>{breach.title}</a>
                    </th>
                    <td>{v.i18n.dateTime(breach.awareAt)}</td>
                    <td>
                      {v.i18n.dateTime(clock.deadline)}{" "}
                      {breach.notifiedAt
                        ? t(clock.late ? "breach.notifiedLate" : "breach.notifiedInTime")
                        : breach.decision === "not_notify"
                          ? ""
                          : clock.hoursLeft >= 0
                            ? t("breach.hoursLeft", { hours: clock.hoursLeft })
                            : t("breach.overdue")}
                    </td>
                    <td>{t(`breach.decision.${breach.decision}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pagination
            v={v}
            page={page.page}
            pageCount={page.pageCount}
            href={(p) => (p > 1 ? `/admin/violations?page=${p}` : "/admin/violations")}
          />
        </>
      )}
    </Layout>
  );
}

export function BreachFormPage(props: {
  v: ViewContext;
  breach: Breach | undefined;
  values: BreachForm;
  errors?: FieldErrors | undefined;
  now: Date;
}) {
  const { v, breach, values, errors } = props;
  const { t } = v.i18n;
  const clock = breach ? breachClock(breach, props.now) : undefined;
  return (
    <Layout v={v} title={breach ? breach.title : t("breach.new")} narrow>
      <h1>{breach ? breach.title : t("breach.new")}</h1>
      {clock && (
        <p>
          {t("breach.clock", { deadline: v.i18n.dateTime(clock.deadline) })}{" "}
          {clock.late && <strong>{t("breach.overdue")}</strong>}
        </p>
      )}
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={breach ? `/admin/violations/${breach.id}` : "/admin/violations/nouvelle"}>
        <Field
          v={v}
          name="title"
          label={t("breach.field.title")}
          value={values.title}
          errors={errors}
          required
        />
        <Field
          v={v}
          name="awareAt"
          type="datetime-local"
          label={t("breach.field.awareAt")}
          hint={t("breach.awareHint")}
          value={values.awareAt}
          errors={errors}
          required
        />
        <TextArea
          v={v}
          name="nature"
          label={t("breach.field.nature")}
          value={values.nature}
          errors={errors}
          required
        />
        <TextArea
          v={v}
          name="peopleConcerned"
          label={t("breach.field.peopleConcerned")}
          value={values.peopleConcerned}
          errors={errors}
        />
        <TextArea
          v={v}
          name="consequences"
          label={t("breach.field.consequences")}
          value={values.consequences}
          errors={errors}
        />
        <TextArea
          v={v}
          name="measures"
          label={t("breach.field.measures")}
          value={values.measures}
          errors={errors}
        />
        <Select
          v={v}
          name="decision"
          label={t("breach.field.decision")}
          value={values.decision}
          errors={errors}
          options={BREACH_DECISIONS.map((d) => ({
            value: d,
            label: t(`breach.decision.${d}`),
          }))}
        />
        <TextArea
          v={v}
          name="decisionReasons"
          label={t("breach.field.decisionReasons")}
          value={values.decisionReasons}
          errors={errors}
        />
        <Field
          v={v}
          name="notifiedAt"
          type="datetime-local"
          label={t("breach.field.notifiedAt")}
          value={values.notifiedAt}
          errors={errors}
        />
        <Field
          v={v}
          name="peopleInformedAt"
          type="datetime-local"
          label={t("breach.field.peopleInformedAt")}
          value={values.peopleInformedAt}
          errors={errors}
        />
        <button type="submit" class="button">
          {t("breach.save")}
        </button>
      </PostForm>
    </Layout>
  );
}
