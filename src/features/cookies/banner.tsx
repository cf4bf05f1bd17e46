import type { LayoutPart, ViewContext } from "../../platform/views/context.ts";

/**
 * The first layer of the cookie choice: "Tout accepter", "Tout refuser" and "Personnaliser",
 * the same size and weight, and closing it refuses. A real dialog (named, described, focused
 * by app.js when it opens, Escape refuses); without script it is a plain form and a link to
 * the cookie page, which has the same choices. No CSRF token: it sits on kept public pages, and
 * the route only accepts choices coming from this site.
 */
function CookieBanner({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <dialog
      open
      class="cookie-banner"
      aria-labelledby="cookie-banner-title"
      aria-describedby="cookie-banner-text"
      data-cookie-banner
    >
      <form method="post" action="/cookies" class="cookie-banner__form">
        <input type="hidden" name="next" value={v.currentUrl} />
        <input type="hidden" name="from" value="banner" />
        <div class="cookie-banner__head">
          <h2 id="cookie-banner-title" tabIndex={-1}>
            {t("cookies.banner.title")}
          </h2>
          <button type="submit" name="choice" value="none" class="link-button" data-cookie-close>
            {t("cookies.banner.close")}
          </button>
        </div>
        <p id="cookie-banner-text">{t("cookies.banner.text")}</p>
        <div class="cookie-banner__actions">
          <button type="submit" name="choice" value="all" class="button">
            {t("cookies.banner.acceptAll")}
          </button>
          <button type="submit" name="choice" value="none" class="button">
            {t("cookies.banner.refuseAll")}
          </button>
          <a href={`/cookies?retour=${encodeURIComponent(v.currentUrl)}`} class="button">
            {t("cookies.banner.customise")}
          </a>
        </div>
      </form>
    </dialog>
  );
}

/** The banner on every page while the visitor has not chosen (the cookie page leaves it out). */
export const COOKIE_BANNER: LayoutPart = {
  name: "cookie-banner",
  place: "beforeHeader",
  render: (v) => (v.cookies.ask ? <CookieBanner v={v} /> : null),
};
