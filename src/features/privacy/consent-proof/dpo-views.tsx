import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { ConsentProof } from "../../consent/index.ts";

export function ConsentProofPage({
  v,
  email,
  proof,
}: {
  v: ViewContext;
  email: string;
  proof: ConsentProof[];
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("consents.title")}>
      <h1>{t("consents.title")}</h1>
      <p>{t("consents.intro")}</p>
      <search>
        <form method="get" action="/admin/consentements">
          <div class="field">
            <label for="field-personne">{t("consents.person")}</label>
            <input id="field-personne" name="personne" type="email" value={email} autocomplete="off" />
          </div>
          <button type="submit" class="button">
            {t("consents.show")}
          </button>
        </form>
      </search>
      {email && proof.length === 0 && <p>{t("consents.none")}</p>}
      {proof.length > 0 && (
        <>
          <p>
            <a href={`/admin/consentements?personne=${encodeURIComponent(email)}&format=json`}>
              {t("consents.export")}
            </a>
          </p>
          <ol class="consent-proof">
            {proof.map((decision) => (
              <li key={`${decision.at.toISOString()}-${decision.wording.hash}`} class="card">
                <p>
                  <strong>{t(`consents.decision.${decision.decision}`)}</strong> —{" "}
                  {t(`consents.purpose.${decision.purpose}`)} — {v.i18n.dateTime(decision.at)}
                </p>
                <dl class="statement">
                  <dt>{t("consents.channel")}</dt>
                  <dd>{t(`consents.channel.${decision.channel}`)}</dd>
                  <dt>{t("consents.page")}</dt>
                  <dd>
                    <code>{decision.page}</code>
                  </dd>
                  <dt>{t("consents.wording")}</dt>
                  <dd>
                    <blockquote lang={decision.wording.locale}>{decision.wording.text}</blockquote>
                    <code>{decision.wording.hash.slice(0, 16)}…</code>
                  </dd>
                  <dt>{t("consents.evidence")}</dt>
                  <dd>
                    {decision.ipPrefix ?? "—"} · {decision.userAgent ?? "—"}
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}
    </Layout>
  );
}
