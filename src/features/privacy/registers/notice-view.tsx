import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { PurposePartners, StoredItemsTable } from "../../cookies/components.tsx";
import type { Processing } from "./register.ts";

const FIELDS = ["purposes", "legalBasis", "dataCategories", "recipients", "transfers", "retention"] as const;

/**
 * The privacy notice (GDPR art. 13). Its processing section is the register of processing as
 * the DPO keeps it, and its cookie section the list the cookie page and the browser test use,
 * so the notice cannot say something the product does not do.
 */
export function PrivacyNoticePage(props: {
  v: ViewContext;
  register: readonly Processing[];
  dpoContact: string;
  cookieMonths: number;
}) {
  const { v, register } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("privacy.title")}>
      <h1>{t("privacy.title")}</h1>
      <p>{t("privacy.notice.controller", { bank: v.bankName })}</p>
      <p>
        {t("privacy.notice.dpo")} <a href={`mailto:${props.dpoContact}`}>{props.dpoContact}</a>
      </p>

      <h2>{t("privacy.notice.processing.title")}</h2>
      <p>{t("privacy.notice.processing.intro")}</p>
      {v.i18n.locale !== "fr" && <p>{t("privacy.notice.processing.language")}</p>}
      {register.map((entry) => (
        <section key={entry.key} class="card" aria-labelledby={`traitement-${entry.key}`} lang="fr">
          <h3 id={`traitement-${entry.key}`}>{entry.name}</h3>
          <dl>
            {FIELDS.map((field) => (
              <div key={field}>
                <dt lang={v.i18n.locale}>{t(`register.field.${field}`)}</dt>
                <dd>{entry[field]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <h2>{t("privacy.notice.cookies.title")}</h2>
      <p>{t("privacy.notice.cookies.intro", { months: props.cookieMonths })}</p>
      <StoredItemsTable v={v} months={props.cookieMonths} />
      <p>{t("privacy.notice.cookies.partners")}</p>
      <PurposePartners v={v} />
      <p>
        <a href="/cookies">{t("privacy.notice.cookies.manage")}</a>
      </p>

      <h2>{t("privacy.notice.rights.title")}</h2>
      <p>{t("privacy.notice.rights.body")}</p>
      <ul>
        <li>
          <a href="/mes-droits">{t("privacy.notice.rights.centre")}</a>
        </li>
        <li>
          <a href="/compte/donnees">{t("privacy.notice.rights.account")}</a>
        </li>
      </ul>
      <p>{t("privacy.notice.rights.authority")}</p>
    </Layout>
  );
}
