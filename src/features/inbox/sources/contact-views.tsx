import { ErrorSummary, Field, type FieldErrors, TextArea } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { CONTACT, type ContactInput, confirmPath, type LinkState, NAME_MAX } from "./contact-form.ts";
import { BODY_MAX, MY_MESSAGES, SUBJECT_MAX } from "./private-messages.ts";

/** The contact form for anyone; members are pointed to Mes messages, where their files can go too. */
export function ContactPage(props: { v: ViewContext; values: ContactInput; errors?: FieldErrors }) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.contact.title")} narrow>
      <h1>{t("inbox.contact.title")}</h1>
      <p>{t("inbox.contact.intro")}</p>
      <p>
        {t("inbox.contact.members")}{" "}
        <a href={v.actor ? MY_MESSAGES : `/connexion?suite=${encodeURIComponent(MY_MESSAGES)}`}>
          {t("inbox.member.title")}
        </a>
      </p>
      <ErrorSummary v={v} errors={errors} />
      {/* No CSRF token: nothing reaches the bank until the link sent to the address is followed. */}
      <form method="post" action={CONTACT} novalidate>
        <Field
          v={v}
          name="name"
          label={t("inbox.contact.field.name")}
          value={values.name}
          errors={errors}
          required
          maxLength={NAME_MAX}
          autocomplete="name"
        />
        <Field
          v={v}
          name="email"
          type="email"
          label={t("inbox.contact.field.email")}
          hint={t("inbox.contact.field.emailHint")}
          value={values.email}
          errors={errors}
          required
          autocomplete="email"
        />
        <Field
          v={v}
          name="subject"
          label={t("inbox.member.field.subject")}
          value={values.subject}
          errors={errors}
          required
          maxLength={SUBJECT_MAX}
        />
        <TextArea
          v={v}
          name="body"
          label={t("inbox.member.field.body")}
          hint={t("inbox.member.field.bodyHint")}
          value={values.body}
          errors={errors}
          required
          maxLength={BODY_MAX}
          rows={10}
        />
        <p>{t("inbox.contact.privacy")}</p>
        <button type="submit" class="button">
          {t("inbox.contact.submit")}
        </button>
      </form>
    </Layout>
  );
}

/** After the form, after a confirmation, or when a link no longer works: one short page each. */
export function ContactStatePage(props: {
  v: ViewContext;
  state: "sent" | "renewed" | "unknown" | LinkState | "received";
  token?: string;
}) {
  const { v, state, token } = props;
  const { t } = v.i18n;
  const title = t(`inbox.contact.state.${state}.title`);
  return (
    <Layout v={v} title={title} narrow>
      <h1>{title}</h1>
      <p>{t(`inbox.contact.state.${state}.body`)}</p>
      {/* A button, not the link itself: mail scanners and link previews follow links. */}
      {state === "valid" && token && (
        <form method="post" action={confirmPath(token)}>
          <button type="submit" class="button">
            {t("inbox.contact.confirm")}
          </button>
        </form>
      )}
      {state === "expired" && token && (
        <form method="post" action={`${confirmPath(token)}/renvoyer`}>
          <button type="submit" class="button">
            {t("inbox.contact.renew")}
          </button>
        </form>
      )}
      {state === "unknown" && (
        <p>
          <a href={CONTACT}>{t("inbox.contact.title")}</a>
        </p>
      )}
    </Layout>
  );
}
