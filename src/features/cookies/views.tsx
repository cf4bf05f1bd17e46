import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { COOKIE_BANNER } from "./banner.tsx";
import { PURPOSE_PARTNERS, STORED_ITEMS } from "./catalogue.ts";
import { CONSENTED_PURPOSES, type CookieChoice } from "./choice.ts";

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

/** Everything the site keeps in a browser: on the cookie page and in the privacy notice, from one list. */
export function StoredItemsTable({ v, months }: { v: ViewContext; months: number }) {
  const { t } = v.i18n;
  // A labelled region the keyboard can reach, so the table scrolls inside it on a narrow phone.
  return (
    <section class="table-wrap" tabindex={0} aria-labelledby="stored-items-caption">
      <table class="data-table">
        <caption id="stored-items-caption" class="visually-hidden">
          {t("cookies.inventory.title")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("cookies.inventory.name")}</th>
            <th scope="col">{t("cookies.inventory.purpose")}</th>
            <th scope="col">{t("cookies.inventory.lifetime")}</th>
            <th scope="col">{t("cookies.inventory.kind")}</th>
          </tr>
        </thead>
        <tbody>
          {STORED_ITEMS.map((item) => (
            <tr key={item.name}>
              <th scope="row">
                <code>{item.name}</code>
              </th>
              <td>{t(item.purpose)}</td>
              <td>{t(item.lifetime, { months })}</td>
              <td>{t(`cookies.kind.${item.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Each purpose that needs consent, with the companies it lets in. */
export function PurposePartners({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <ul>
      {CONSENTED_PURPOSES.map((purpose) => (
        <li key={purpose}>
          {t(`cookies.purpose.${purpose}.title`)}
          <ul>
            {PURPOSE_PARTNERS[purpose].map((partner) => (
              <li key={partner.name}>
                {partner.name} — <a href={partner.privacyUrl}>{t("cookies.partnerPolicy")}</a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
