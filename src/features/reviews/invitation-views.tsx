import type { MessageKey } from "../../platform/i18n/index.ts";
import { Field, FileField, PostForm } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { BatchEntry } from "./invitation-batches.ts";
import type { RowProblem } from "./invitation-input.ts";

export { INVITATIONS_PATH } from "./paths.ts";

import { INVITATIONS_PATH } from "./paths.ts";

const EXAMPLE =
  "email;prenom;nom;date_experience;reference;produit;langue\njulie.moreau@exemple.fr;Julie;Moreau;2026-11-20;RDV-2026-1182;compte;fr";

/** The invitations desk: the CSV upload (for those who may invite) and the register of batches. */
export function InvitationsPage(props: {
  v: ViewContext;
  batches: readonly BatchEntry[];
  mayInvite: boolean;
  error?: MessageKey;
  filter?: string;
  label?: string;
}) {
  const { v } = props;
  const { t } = v.i18n;
  const errorText = props.error ? t(props.error, { filter: props.filter ?? "" }) : undefined;
  return (
    <Layout v={v} title={t("reviews.invitations.title")}>
      <h1>{t("reviews.invitations.title")}</h1>
      <p>{t("reviews.invitations.intro")}</p>
      <p>
        <strong>{t("reviews.invitations.everyone")}</strong>
      </p>
      {props.mayInvite && (
        <>
          <h2>{t("reviews.invitations.upload.title")}</h2>
          <p>{t("reviews.invitations.upload.columns")}</p>
          <pre>
            <code>{EXAMPLE}</code>
          </pre>
          {errorText && (
            <div class="error-summary" role="alert" tabindex={-1}>
              <p>{errorText}</p>
            </div>
          )}
          <PostForm v={v} action={INVITATIONS_PATH} enctype="multipart/form-data">
            <FileField
              v={v}
              name="file"
              label={t("reviews.invitations.upload.file")}
              accept=".csv,text/csv"
              error={errorText}
            />
            <Field
              v={v}
              name="label"
              label={t("reviews.invitations.upload.label")}
              hint={t("reviews.invitations.upload.labelHint")}
              value={props.label ?? ""}
            />
            <button type="submit" class="button">
              {t("reviews.invitations.upload.submit")}
            </button>
          </PostForm>
        </>
      )}
      <h2 id="registre">{t("reviews.invitations.register.title")}</h2>
      <BatchRegister v={v} batches={props.batches} />
    </Layout>
  );
}

function BatchRegister({ v, batches }: { v: ViewContext; batches: readonly BatchEntry[] }) {
  const { t } = v.i18n;
  if (batches.length === 0) return <p>{t("reviews.invitations.register.empty")}</p>;
  return (
    <table class="data-table">
      <caption class="visually-hidden">{t("reviews.invitations.register.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("reviews.invitations.register.date")}</th>
          <th scope="col">{t("reviews.invitations.register.origin")}</th>
          <th scope="col">{t("reviews.invitations.register.label")}</th>
          <th scope="col">{t("reviews.invitations.register.invited")}</th>
          <th scope="col">{t("reviews.invitations.register.used")}</th>
          <th scope="col">{t("reviews.invitations.register.filter")}</th>
        </tr>
      </thead>
      <tbody>
        {batches.map((batch) => (
          <tr key={batch.id}>
            <th scope="row">{v.i18n.dateTime(batch.createdAt)}</th>
            <td>{t(`reviews.invitations.origin.${batch.origin}`)}</td>
            <td>{batch.label}</td>
            <td>{v.i18n.number(batch.invited)}</td>
            <td>{v.i18n.number(batch.used)}</td>
            <td>
              {batch.refusedFilter === null
                ? t("reviews.invitations.register.noFilter")
                : t("reviews.invitations.register.refused", { filter: batch.refusedFilter })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the upload did: how many were invited, and each refused line with its reason. */
export function InvitationReportPage(props: {
  v: ViewContext;
  invited: number;
  refused: readonly RowProblem[];
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.invitations.report.title")}>
      <h1>{t("reviews.invitations.report.title")}</h1>
      <p role="status">
        {t("reviews.invitations.report.summary", { invited: props.invited, refused: props.refused.length })}
      </p>
      {props.refused.length > 0 && (
        <table class="data-table">
          <caption class="visually-hidden">{t("reviews.invitations.report.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reviews.invitations.report.line")}</th>
              <th scope="col">{t("reviews.invitations.report.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {props.refused.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                <td>{t(row.problem)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={INVITATIONS_PATH}>{t("reviews.invitations.back")}</a>
      </p>
    </Layout>
  );
}
