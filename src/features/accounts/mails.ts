import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";

/** The transactional e-mails of the account lifecycle, each in the person's language. */

function link(ctx: AppContext, path: string, token: string): string {
  return new URL(`${path}?jeton=${encodeURIComponent(token)}`, ctx.config.baseUrl).href;
}

async function send(
  ctx: AppContext,
  to: string,
  locale: Locale,
  build: (t: ReturnType<typeof i18nFor>["t"]) => Parameters<typeof composeMail>[2],
) {
  const i18n = i18nFor(locale);
  const mail = composeMail(i18n, ctx.config.bankName, build(i18n.t));
  await ctx.mailer.send({ to, ...mail });
}

export function sendVerificationMail(
  ctx: AppContext,
  to: string,
  name: string,
  locale: Locale,
  token: string,
) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.verify.subject", { bank: ctx.config.bankName }),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.verify.body")],
    action: { label: t("mail.verify.action"), url: link(ctx, "/inscription/verifier", token) },
    footnote: t("mail.verify.footnote"),
  }));
}

export function sendAlreadyRegisteredMail(ctx: AppContext, to: string, name: string, locale: Locale) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.alreadyRegistered.subject"),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.alreadyRegistered.body")],
    action: {
      label: t("mail.alreadyRegistered.action"),
      url: new URL("/mot-de-passe-oublie", ctx.config.baseUrl).href,
    },
    footnote: t("mail.ignoreIfNotYou"),
  }));
}

export function sendPasswordResetMail(
  ctx: AppContext,
  to: string,
  name: string,
  locale: Locale,
  token: string,
) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.reset.subject"),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.reset.body")],
    action: { label: t("mail.reset.action"), url: link(ctx, "/mot-de-passe-oublie/nouveau", token) },
    footnote: t("mail.ignoreIfNotYou"),
  }));
}

export function sendEmailChangeMail(
  ctx: AppContext,
  to: string,
  name: string,
  locale: Locale,
  token: string,
) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.changeEmail.subject"),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.changeEmail.body")],
    action: { label: t("mail.changeEmail.action"), url: link(ctx, "/compte/email/confirmer", token) },
    footnote: t("mail.ignoreIfNotYou"),
  }));
}

/** Tells the old address, so a stolen session cannot quietly move the account away. */
export function sendEmailChangeNotice(
  ctx: AppContext,
  to: string,
  name: string,
  locale: Locale,
  newEmail: string,
) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.changeEmailNotice.subject"),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.changeEmailNotice.body", { email: newEmail })],
    footnote: t("mail.contactIfNotYou"),
  }));
}

export function sendPasswordChangedNotice(ctx: AppContext, to: string, name: string, locale: Locale) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.passwordChanged.subject"),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.passwordChanged.body")],
    footnote: t("mail.contactIfNotYou"),
  }));
}

export function sendAccountDeletedMail(ctx: AppContext, to: string, name: string, locale: Locale) {
  return send(ctx, to, locale, (t) => ({
    subject: t("mail.deleted.subject"),
    greeting: t("mail.greeting", { name }),
    paragraphs: [t("mail.deleted.body")],
  }));
}
