import type { ChainReport } from "../../platform/audit/hash-chain.ts";
import { isRole } from "../../platform/auth/roles.ts";
import { Field, type FieldErrors, Notice } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { ArchiveEntry } from "./service.ts";

export interface ArchiveForm {
  q: string;
  auteur: string;
  du: string;
  au: string;
}

export const archiveQueryString = (form: ArchiveForm, extra: Record<string, string> = {}) =>
  new URLSearchParams({
    ...Object.fromEntries(Object.entries(form).filter(([, v]) => v !== "")),
    ...extra,
  }).toString();

export function ArchivePage(props: {
  v: ViewContext;
  form: ArchiveForm;
  /** Fields to correct (a date that does not exist). */
  errors?: FieldErrors;
  entries: ArchiveEntry[];
  chainReport: ChainReport | undefined;
  nextBefore: number | undefined;
}) {
  const { v, form } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("archive.title")}>
      <h1>{t("archive.title")}</h1>
      <p>{t("archive.intro")}</p>
      {props.chainReport ? (
        <Notice kind={props.chainReport.ok ? "success" : "error"}>
          {props.chainReport.ok
            ? t("archive.chainOk", {
                count: v.i18n.number(props.chainReport.checked),
                head: props.chainReport.head,
              })
            : t("archive.chainBroken", { id: props.chainReport.brokenAt ?? "?" })}
        </Notice>
      ) : (
        <p>
          <a href="/admin/archives?verifier=1">{t("archive.verify")}</a>
        </p>
      )}
      <search>
        <form method="get" action="/admin/archives" class="search-page-form">
          <fieldset class="search-filters">
            <legend>{t("archive.search")}</legend>
            <Field v={v} name="q" label={t("archive.words")} value={form.q} maxLength={200} />
            <Field v={v} name="auteur" label={t("archive.author")} value={form.auteur} maxLength={40} />
            <Field
              v={v}
              name="du"
              errors={props.errors}
              label={t("archive.from")}
              type="text"
              value={form.du}
              hint={t("archive.dateHint")}
            />
            <Field
              v={v}
              name="au"
              errors={props.errors}
              label={t("archive.to")}
              type="text"
              value={form.au}
              hint={t("archive.dateHint")}
            />
          </fieldset>
          <button type="submit" class="button">
            {t("archive.submit")}
          </button>
        </form>
      </search>
      <p>
        {t("archive.export")}{" "}
        <a href={`/admin/archives?${archiveQueryString(form, { format: "csv" })}`}>CSV</a> ·{" "}
        <a href={`/admin/archives?${archiveQueryString(form, { format: "json" })}`}>JSON</a>
      </p>
      <table class="data-table">
        <caption class="visually-hidden">{t("archive.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("archive.when")}</th>
            <th scope="col">{t("archive.who")}</th>
            <th scope="col">{t("archive.what")}</th>
            <th scope="col">{t("archive.text")}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at.toISOString()}>{v.i18n.dateTime(entry.at)}</time>
              </td>
              <td>
                {entry.authorName}
                {isRole(entry.authorRole) && ` (${t(`role.${entry.authorRole}`)})`}
              </td>
              <td>
                {t(`archive.action.${entry.action}`)} — <a href={entry.placePath}>{entry.placePath}</a>
              </td>
              <td class="archive-text">{entry.body}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.nextBefore && (
        <p>
          <a href={`/admin/archives?${archiveQueryString(form, { avant: String(props.nextBefore) })}`}>
            {t("archive.older")}
          </a>
        </p>
      )}
    </Layout>
  );
}
