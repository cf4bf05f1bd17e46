import { type FieldErrors, PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { ConsentBox } from "../../newsletter/components.tsx";
import { DirectivesSection } from "../directives/directive-views.tsx";
import type { DirectiveInput, Directives } from "../directives/directives.ts";
import { MemberRequests, type RequestValues } from "../requests/request-views.tsx";
import type { PrivacyRequest } from "../requests/requests.ts";

/** "My data": what the platform holds and why (art. 13 and 15), the export, and what erasure keeps. */
export function MyDataPage({
  v,
  dpoContact,
  subscribed,
  objected,
  requests,
  values = { kind: "", details: "" },
  errors,
  directives,
  directivesForm,
  now,
}: {
  v: ViewContext;
  dpoContact: string;
  subscribed: boolean;
  objected: boolean;
  requests: PrivacyRequest[];
  values?: RequestValues;
  errors?: FieldErrors | undefined;
  directives: Directives | undefined;
  directivesForm?: { values: DirectiveInput; errors: FieldErrors } | undefined;
  now: Date;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("myData.title")} narrow>
      <h1>{t("myData.title")}</h1>
      <p>{t("myData.intro")}</p>
      <h2>{t("myData.consents.title")}</h2>
      <p>{t("myData.consents.intro")}</p>
      <p>{subscribed ? t("myData.consents.on") : t("myData.consents.off")}</p>
      <PostForm v={v} action="/compte/consentements">
        <ConsentBox v={v} id="field-consent" checked={subscribed} />
        <button type="submit" class="button">
          {t("myData.consents.save")}
        </button>
      </PostForm>
      <h2>{t("myData.export.title")}</h2>
      <p>{t("myData.export.text")}</p>
      <p>
        <a class="button" href="/compte/donnees.json" download>
          {t("myData.export.download")}
        </a>{" "}
        <a class="button button--secondary" href="/compte/donnees.zip" download>
          {t("myData.export.downloadZip")}
        </a>
      </p>
      <MemberRequests
        v={v}
        requests={requests}
        values={values}
        errors={errors}
        objected={objected}
        now={now}
      />
      <DirectivesSection
        v={v}
        current={directives}
        values={directivesForm?.values}
        errors={directivesForm?.errors}
      />
      <h2>{t("myData.info.title")}</h2>
      <dl class="statement">
        <dt>{t("myData.info.purposes")}</dt>
        <dd>{t("privacy.info.purposes")}</dd>
        <dt>{t("myData.info.recipients")}</dt>
        <dd>{t("privacy.info.recipients")}</dd>
        <dt>{t("myData.info.retention")}</dt>
        <dd>{t("privacy.info.retention")}</dd>
        <dt>{t("myData.info.source")}</dt>
        <dd>{t("privacy.info.source")}</dd>
        <dt>{t("myData.info.rights")}</dt>
        <dd>{t("privacy.info.rights", { contact: dpoContact })}</dd>
      </dl>
      <h2>{t("myData.erase.title")}</h2>
      <p>{t("myData.erase.text")}</p>
      <ul>
        <li>{t("privacy.kept.consent_proof")}</li>
        <li>{t("privacy.kept.security_log")}</li>
        <li>{t("privacy.kept.marketing_objection")}</li>
        <li>{t("privacy.kept.moderation_record")}</li>
        <li>{t("privacy.kept.complaint_record")}</li>
      </ul>
      <p>
        <a href="/compte/supprimer">{t("myData.erase.link")}</a>
      </p>
    </Layout>
  );
}
