import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { COOKIE_BANNER } from "./banner.tsx";
import { PURPOSE_PARTNERS } from "./catalogue.ts";
import { CONSENTED_PURPOSES, type CookieChoice } from "./choice.ts";
import { StoredItemsTable } from "./components.tsx";

/**
 * The second layer of the cookie choice, and the whole of it without script: one switch per
 * purpose, off unless the visitor said yes, the companies each lets in, the exempt measurement
 * with its objection, and the list of everything stored.
 */
export function CookiesPage(props: {
  v: ViewContext;
  choice: CookieChoice | null;
  renewal: Date | undefined;
  next: string;
  months: number;
}) {
  const { v, choice } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("cookies.page.title")} narrow without={[COOKIE_BANNER.name]}>
      <h1>{t("cookies.page.title")}</h1>
      <p>{t("cookies.page.intro", { months: props.months })}</p>
      <p>
        {choice && props.renewal
          ? t("cookies.current", {
              date: v.i18n.date(choice.chosenAt),
              renewal: v.i18n.date(props.renewal),
              id: choice.id,
            })
          : t("cookies.current.none")}
      </p>
      <form method="post" action="/cookies" class="cookie-choices">
        <input type="hidden" name="choice" value="custom" />
        <input type="hidden" name="next" value={props.next} />
        {CONSENTED_PURPOSES.map((purpose) => (
          <fieldset key={purpose} class="card">
            <legend>{t(`cookies.purpose.${purpose}.title`)}</legend>
            <p>{t(`cookies.purpose.${purpose}.description`)}</p>
            <p>{t("cookies.partners")}</p>
            <ul>
              {PURPOSE_PARTNERS[purpose].map((partner) => (
                <li key={partner.name}>
                  {partner.name} — <a href={partner.privacyUrl}>{t("cookies.partnerPolicy")}</a>
                </li>
              ))}
            </ul>
            <label class="checkbox">
              <input
                type="checkbox"
                name="purpose"
                value={purpose}
                checked={choice?.granted[purpose] ?? false}
              />{" "}
              {t(`consent.cookie_${purpose}.granted`)}
            </label>
          </fieldset>
        ))}
        <fieldset class="card">
          <legend>{t("cookies.audience.title")}</legend>
          <p>{t("cookies.audience.description")}</p>
          <label class="checkbox">
            <input
              type="checkbox"
              name="object_audience"
              value="1"
              checked={choice ? !choice.audience : !v.cookies.audience}
            />{" "}
            {t("consent.audience_measurement.withdrawn")}
          </label>
        </fieldset>
        <button type="submit" class="button">
          {t("cookies.save")}
        </button>
      </form>
      <h2>{t("cookies.inventory.title")}</h2>
      <StoredItemsTable v={v} months={props.months} />
    </Layout>
  );
}
