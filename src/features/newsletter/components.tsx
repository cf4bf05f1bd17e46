import { ConsentCheckbox } from "../../platform/views/components.tsx";
import type { LayoutPart, ViewContext } from "../../platform/views/context.ts";

/** The contact lists an audience is chosen from (a campaign's, a survey's invitations): a box each, with its size. */
export function ListChoices(props: {
  v: ViewContext;
  lists: readonly { id: number; name: string; members: number }[];
  chosen: readonly number[];
}) {
  const { t } = props.v.i18n;
  return (
    <>
      {props.lists.map((list) => (
        <label key={list.id} class="checkbox">
          <input
            type="checkbox"
            name="list"
            value={String(list.id)}
            checked={props.chosen.includes(list.id)}
          />{" "}
          {t("campaign.listOption", { name: list.name, count: list.members })}
        </label>
      ))}
    </>
  );
}

/**
 * The newsletter consent box, never ticked in advance and about the newsletter alone (never
 * bundled with the terms of use). Its words are the ones the consent ledger records.
 */
export function ConsentBox(props: { v: ViewContext; id: string; checked: boolean; error?: boolean }) {
  const { t } = props.v.i18n;
  return (
    <ConsentCheckbox
      v={props.v}
      id={props.id}
      name="consent"
      label={t("consent.newsletter.granted")}
      checked={props.checked}
      errorKey={props.error ? "newsletter.consent.missing" : undefined}
    />
  );
}

/**
 * The footer's sign-up form, on every page. It carries no CSRF token (a request only sends a
 * confirmation link), so kept public pages stay cookie-free; its ids are its own.
 */
function FooterSignUp({ v }: { v: ViewContext }) {
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

export const FOOTER_SIGN_UP: LayoutPart = {
  name: "newsletter-sign-up",
  place: "footer",
  render: (v) => <FooterSignUp v={v} />,
};
