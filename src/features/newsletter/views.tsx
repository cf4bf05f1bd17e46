import { ErrorSummary, Field, type FieldErrors, Notice } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { ConsentBox } from "./components.tsx";
import { KEEP_PAGE } from "./retention.ts";
import { CONFIRM_PAGE, UNSUBSCRIBE_PAGE } from "./service.ts";

export interface NoticeFacts {
  controller: string;
  dpoContact: string;
  pendingDays: number;
  clickCounting: boolean;
}

/** The information notice (GDPR art. 13) shown beside every sign-up form. */
export function InformationNotice({ v, facts }: { v: ViewContext; facts: NoticeFacts }) {
  const { t } = v.i18n;
  return (
    <aside class="card" aria-labelledby="newsletter-notice-title">
      <h2 id="newsletter-notice-title">{t("newsletter.notice.title")}</h2>
      <ul>
        <li>{t("newsletter.notice.controller", { controller: facts.controller })}</li>
        <li>{t("newsletter.notice.purpose")}</li>
        <li>{t("newsletter.notice.basis")}</li>
        <li>{t("newsletter.notice.retention", { days: facts.pendingDays })}</li>
        <li>{t("newsletter.notice.recipients")}</li>
        <li>{t("newsletter.notice.rights", { contact: facts.dpoContact })}</li>
        <li>{t("newsletter.notice.tracking")}</li>
        {facts.clickCounting && <li>{t("newsletter.notice.clicks")}</li>}
      </ul>
    </aside>
  );
}

export function NewsletterPage(props: {
  v: ViewContext;
  facts: NoticeFacts;
  values?: { email: string; consent: boolean };
  errors?: FieldErrors;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  const values = props.values ?? { email: "", consent: false };
  return (
    <Layout v={v} title={t("newsletter.title")} narrow>
      <h1>{t("newsletter.title")}</h1>
      <p>{t("newsletter.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      {/* No CSRF token: subscribing needs the e-mailed link, and reading pages sets no cookie. */}
      <form method="post" action="/newsletter" novalidate>
        <Field
          v={v}
          name="email"
          type="email"
          label={t("newsletter.email")}
          value={values.email}
          errors={errors}
          required
          autocomplete="email"
        />
        <ConsentBox v={v} id="field-consent" checked={values.consent} error={Boolean(errors?.consent)} />
        <button type="submit" class="button">
          {t("newsletter.submit")}
        </button>
      </form>
      <InformationNotice v={v} facts={props.facts} />
    </Layout>
  );
}

export function CheckInboxPage({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("newsletter.sent.title")} narrow>
      <h1>{t("newsletter.sent.title")}</h1>
      <p>{t("newsletter.sent.body")}</p>
    </Layout>
  );
}

export function ConfirmPage(props: { v: ViewContext; token: string; state: "ask" | "done" | "invalid" }) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("newsletter.confirm.title")} narrow>
      <h1>{t("newsletter.confirm.title")}</h1>
      {props.state === "done" && <Notice kind="success">{t("newsletter.confirm.done")}</Notice>}
      {props.state === "invalid" && <Notice kind="error">{t("newsletter.confirm.invalid")}</Notice>}
      {props.state === "ask" && (
        // A button, not the link alone: mail scanners that open links must not subscribe anyone.
        <form method="post" action={`${CONFIRM_PAGE}?jeton=${encodeURIComponent(props.token)}`}>
          <p>{t("newsletter.confirm.ask")}</p>
          <button type="submit" class="button">
            {t("newsletter.confirm.submit")}
          </button>
        </form>
      )}
    </Layout>
  );
}

/** Where the page of an unsubscribe link already used sends "I changed my mind". */
export const RESUBSCRIBE_PAGE = `${UNSUBSCRIBE_PAGE}/reinscription`;

export function UnsubscribePage(props: {
  v: ViewContext;
  facts: NoticeFacts;
  token: string;
  state: "ask" | "done" | "already" | "unknown" | "invalid";
  errors?: FieldErrors;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  const query = `?jeton=${encodeURIComponent(props.token)}`;
  return (
    <Layout v={v} title={t("newsletter.unsubscribe.title")} narrow>
      <h1>{t("newsletter.unsubscribe.title")}</h1>
      {props.state === "done" && <Notice kind="success">{t("newsletter.unsubscribe.done")}</Notice>}
      {props.state === "invalid" && <Notice kind="error">{t("unsubscribe.invalid")}</Notice>}
      {props.state === "ask" && (
        <form method="post" action={`${UNSUBSCRIBE_PAGE}${query}`}>
          <p>{t("newsletter.unsubscribe.ask")}</p>
          <button type="submit" class="button">
            {t("newsletter.unsubscribe.submit")}
          </button>
        </form>
      )}
      {props.state === "unknown" && (
        <>
          <Notice kind="info">{t("newsletter.unsubscribe.already")}</Notice>
          <p>
            <a href="/newsletter">{t("newsletter.unsubscribe.signUpAgain")}</a>
          </p>
        </>
      )}
      {props.state === "already" && (
        <>
          <Notice kind="info">{t("newsletter.unsubscribe.already")}</Notice>
          <h2>{t("newsletter.resubscribe.title")}</h2>
          <ErrorSummary v={v} errors={errors} />
          {/* No CSRF token, like the sign-up form: this only sends a confirmation link. */}
          <form method="post" action={`${RESUBSCRIBE_PAGE}${query}`} novalidate>
            <p>{t("newsletter.resubscribe.how")}</p>
            <ConsentBox v={v} id="field-consent" checked={false} error={Boolean(errors?.consent)} />
            <button type="submit" class="button button--secondary">
              {t("newsletter.resubscribe.submit")}
            </button>
          </form>
          <InformationNotice v={v} facts={props.facts} />
        </>
      )}
    </Layout>
  );
}

/** The re-permission link's page: a button, so that a mail scanner keeps no one subscribed. */
export function KeepPage(props: { v: ViewContext; token: string; state: "ask" | "done" | "invalid" }) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("newsletter.keep.title")} narrow>
      <h1>{t("newsletter.keep.title")}</h1>
      {props.state === "done" && <Notice kind="success">{t("newsletter.keep.done")}</Notice>}
      {props.state === "invalid" && <Notice kind="error">{t("newsletter.keep.invalid")}</Notice>}
      {props.state === "ask" && (
        <form method="post" action={`${KEEP_PAGE}?jeton=${encodeURIComponent(props.token)}`}>
          <p>{t("newsletter.keep.ask")}</p>
          <button type="submit" class="button">
            {t("newsletter.keep.submit")}
          </button>
        </form>
      )}
    </Layout>
  );
}
