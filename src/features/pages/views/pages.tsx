import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";

export function AccessibilityPage({ v, contact }: { v: ViewContext; contact: string }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("a11y.title")}>
      <h1>{t("a11y.title")}</h1>
      <p>{t("a11y.commitment", { bank: v.bankName })}</p>
      <h2>{t("a11y.status.title")}</h2>
      <p>{t("a11y.status.body")}</p>
      <h2>{t("a11y.audit.title")}</h2>
      <p>{t("a11y.audit.body")}</p>
      <ul>
        <li>{t("a11y.audit.standard")}</li>
        <li>{t("a11y.audit.tools")}</li>
        <li>{t("a11y.audit.date", { date: v.i18n.date(new Date(Date.UTC(2026, 10, 29))) })}</li>
      </ul>
      <h2>{t("a11y.limits.title")}</h2>
      <p>{t("a11y.limits.body")}</p>
      <h2>{t("a11y.contact.title")}</h2>
      <p>
        {t("a11y.contact.body")} <a href={`mailto:${contact}`}>{contact}</a>
      </p>
      <h2>{t("a11y.recourse.title")}</h2>
      <p>{t("a11y.recourse.body")}</p>
      <ul>
        <li>
          <a href="https://formulaire.defenseurdesdroits.fr/">{t("a11y.recourse.form")}</a>
        </li>
        <li>{t("a11y.recourse.mail")}</li>
      </ul>
    </Layout>
  );
}

export function LegalPage({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("legal.title")}>
      <h1>{t("legal.title")}</h1>
      <p>{t("legal.publisher", { bank: v.bankName })}</p>
      <p>{t("legal.hosting")}</p>
    </Layout>
  );
}
