import type { Locale } from "../../config.ts";
import { hashToken } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { type I18n, i18nFor } from "../../platform/i18n/index.ts";
import { composeMail, type MailContent } from "../../platform/mail/compose.tsx";
import { uniqueKey } from "../../platform/mail/outbox.ts";
import type { KeepReason } from "../privacy/model.ts";

/** The transactional e-mails of the account lifecycle, each in the person's language. */

/** Who a message goes to: an account, or an account at the address it is moving to. */
export interface Recipient {
  email: string;
  displayName: string;
  locale: Locale | null;
}

function link(ctx: AppContext, path: string, token: string): string {
  return new URL(`${path}?jeton=${encodeURIComponent(token)}`, ctx.config.baseUrl).href;
}

/**
 * Queues the message in the outbox (sent in the background, never during the request). A
 * message carrying a link is named by its token, so it is queued once; a notice, each time.
 */
async function send(
  ctx: AppContext,
  to: Recipient,
  category: string,
  build: (t: I18n["t"]) => Omit<MailContent, "greeting">,
  token?: string,
) {
  const i18n = i18nFor(to.locale ?? ctx.config.defaultLocale);
  const content = { greeting: i18n.t("mail.greeting", { name: to.displayName }), ...build(i18n.t) };
  await ctx.outbox.queue(ctx.db, {
    key: token ? `${category}:${hashToken(token)}` : uniqueKey(category),
    category,
    to: to.email,
    ...composeMail(i18n, ctx.config.bankName, content),
  });
}

export function sendVerificationMail(ctx: AppContext, to: Recipient, token: string) {
  return send(
    ctx,
    to,
    "accounts.verify",
    (t) => ({
      subject: t("mail.verify.subject", { bank: ctx.config.bankName }),
      paragraphs: [t("mail.verify.body")],
      action: { label: t("mail.verify.action"), url: link(ctx, "/inscription/verifier", token) },
      footnote: t("mail.verify.footnote"),
    }),
    token,
  );
}

export function sendAlreadyRegisteredMail(ctx: AppContext, to: Recipient) {
  return send(ctx, to, "accounts.already-registered", (t) => ({
    subject: t("mail.alreadyRegistered.subject"),
    paragraphs: [t("mail.alreadyRegistered.body")],
    action: {
      label: t("mail.alreadyRegistered.action"),
      url: new URL("/mot-de-passe-oublie", ctx.config.baseUrl).href,
    },
    footnote: t("mail.ignoreIfNotYou"),
  }));
}

export function sendPasswordResetMail(ctx: AppContext, to: Recipient, token: string) {
  return send(
    ctx,
    to,
    "accounts.reset",
    (t) => ({
      subject: t("mail.reset.subject"),
      paragraphs: [t("mail.reset.body")],
      action: { label: t("mail.reset.action"), url: link(ctx, "/mot-de-passe-oublie/nouveau", token) },
      footnote: t("mail.ignoreIfNotYou"),
    }),
    token,
  );
}

export function sendEmailChangeMail(ctx: AppContext, to: Recipient, token: string) {
  return send(
    ctx,
    to,
    "accounts.change-email",
    (t) => ({
      subject: t("mail.changeEmail.subject"),
      paragraphs: [t("mail.changeEmail.body")],
      action: { label: t("mail.changeEmail.action"), url: link(ctx, "/compte/email/confirmer", token) },
      footnote: t("mail.ignoreIfNotYou"),
    }),
    token,
  );
}

/** Tells the old address, so a stolen session cannot quietly move the account away. */
export function sendEmailChangeNotice(ctx: AppContext, to: Recipient, newEmail: string) {
  return send(ctx, to, "accounts.change-email-notice", (t) => ({
    subject: t("mail.changeEmailNotice.subject"),
    paragraphs: [t("mail.changeEmailNotice.body", { email: newEmail })],
    footnote: t("mail.contactIfNotYou"),
  }));
}

export function sendPasswordChangedNotice(ctx: AppContext, to: Recipient) {
  return send(ctx, to, "accounts.password-changed", (t) => ({
    subject: t("mail.passwordChanged.subject"),
    paragraphs: [t("mail.passwordChanged.body")],
    footnote: t("mail.contactIfNotYou"),
  }));
}

/** Someone who knows the password is guessing the second factor: the owner should change it. */
export function sendSecondFactorLockedNotice(ctx: AppContext, to: Recipient, until: Date) {
  const i18n = i18nFor(to.locale ?? ctx.config.defaultLocale);
  return send(ctx, to, "accounts.second-factor-locked", (t) => ({
    subject: t("mail.secondFactorLocked.subject"),
    paragraphs: [
      t("mail.secondFactorLocked.body", { time: i18n.dateTime(until) }),
      t("mail.secondFactorLocked.advice"),
    ],
    action: {
      label: t("mail.secondFactorLocked.action"),
      url: new URL("/mot-de-passe-oublie", ctx.config.baseUrl).href,
    },
    footnote: t("mail.contactIfNotYou"),
  }));
}

/** Confirms the erasure and says what the law keeps, and why (GDPR art. 17(3)). */
export function sendAccountDeletedMail(ctx: AppContext, to: Recipient, kept: readonly KeepReason[]) {
  return send(ctx, to, "accounts.deleted", (t) => ({
    subject: t("mail.deleted.subject"),
    paragraphs: [
      t("mail.deleted.body"),
      ...(kept.length > 0
        ? [t("mail.deleted.kept"), ...kept.map((reason) => t(`privacy.kept.${reason}`))]
        : []),
    ],
  }));
}
