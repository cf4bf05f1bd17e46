import type { ViewContext } from "../../platform/views/context.ts";
import { PURPOSE_PARTNERS, STORED_ITEMS } from "./catalogue.ts";
import { CONSENTED_PURPOSES } from "./choice.ts";

/**
 * The cookies' view pieces other features embed: the privacy notice lists what a browser keeps
 * and who each consented purpose lets in, from the same lists as the cookie page.
 */

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
