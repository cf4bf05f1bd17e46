import type { ViewContext } from "./context.ts";

/**
 * The newsletter consent box, never ticked in advance and about the newsletter alone (never
 * bundled with the terms of use). Its words are the ones the consent ledger records.
 */
export function ConsentBox(props: { v: ViewContext; id: string; checked: boolean; error?: boolean }) {
  const { t } = props.v.i18n;
  const errorId = `${props.id}-error`;
  return (
    <div class={props.error ? "field field--error" : "field"}>
      {props.error && (
        <p class="field__error" id={errorId}>
          <span class="visually-hidden">{t("form.errorPrefix")} </span>
          {t("newsletter.consent.missing")}
        </p>
      )}
      <label class="checkbox">
        <input
          type="checkbox"
          id={props.id}
          name="consent"
          value="1"
          checked={props.checked}
          aria-describedby={props.error ? errorId : undefined}
        />{" "}
        {t("consent.newsletter.granted")}
      </label>
    </div>
  );
}

/**
 * The footer's sign-up form, on every page. It carries no CSRF token (a request only sends a
 * confirmation link), so kept public pages stay cookie-free; its ids are its own.
 */
export function FooterSignUp({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <form
      method="post"
      action="/newsletter"
      class="footer-newsletter"
      novalidate
      aria-labelledby="footer-newsletter-title"
    >
      <h2 id="footer-newsletter-title" class="footer-newsletter__title">
        {t("newsletter.title")}
      </h2>
      <label for="footer-newsletter-email">{t("newsletter.footerEmail")}</label>
      <input id="footer-newsletter-email" name="email" type="email" autocomplete="email" />
      <ConsentBox v={v} id="footer-newsletter-consent" checked={false} />
      <button type="submit" class="button button--small">
        {t("newsletter.submit")}
      </button>
      <a href="/newsletter">{t("newsletter.notice.link")}</a>
    </form>
  );
}
