import { eq } from "drizzle-orm";
import type { Locale } from "../../../config.ts";
import { hashToken, randomToken } from "../../../platform/auth/tokens.ts";
import { runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { oneLine } from "../../../text/one-line.ts";
import { emailProblem, normaliseEmail } from "../../accounts/index.ts";
import { receive } from "../receive.ts";
import { contactRequests } from "../schema.ts";
import { registerSource } from "../sources.ts";
import { deliverByEmail } from "./email/source.ts";
import { BODY_MAX, SUBJECT_MAX } from "./private-messages.ts";

/**
 * The contact form, for people without an account: their message waits until they follow the
 * link sent to their address (so nobody writes in someone else's name, and the answer reaches
 * them), then becomes a conversation. The bank answers by e-mail, threaded so that their reply
 * comes back to the same conversation through the e-mail source.
 */
export const CONTACT_FORM = "contact_form";
export const CONTACT = "/contact";
export const confirmPath = (token: string) => `${CONTACT}/confirmer/${encodeURIComponent(token)}`;
const LINK_HOURS = 48;
export const NAME_MAX = 80;

export type ContactRequest = typeof contactRequests.$inferSelect;

// The bank's answer leaves by e-mail, threaded like the e-mail source's own answers (Message-ID,
// In-Reply-To, References, and X-Confiance-Thread naming this source's thread), so the client's
// reply by e-mail comes back to this conversation through the e-mail source.
registerSource({
  name: CONTACT_FORM,
  publicReplies: false,
  deliver: (ctx, answer) => deliverByEmail(ctx, answer, CONTACT_FORM),
});

export interface ContactInput {
  name: string;
  email: string;
  subject: string;
  body: string;
}

function check(input: ContactInput): FieldErrors {
  const errors: FieldErrors = {};
  if (input.name.trim() === "") errors.name = "inbox.contact.name.missing";
  else if (input.name.length > NAME_MAX) errors.name = "inbox.contact.name.tooLong";
  const emailIssue = emailProblem(normaliseEmail(input.email));
  if (emailIssue) errors.email = emailIssue;
  if (input.subject.trim() === "") errors.subject = "inbox.member.subject.missing";
  else if (input.subject.length > SUBJECT_MAX) errors.subject = "inbox.member.subject.tooLong";
  if (input.body.trim() === "") errors.body = "inbox.member.body.missing";
  else if (input.body.length > BODY_MAX) errors.body = "inbox.member.body.tooLong";
  return errors;
}

async function sendConfirmation(ctx: AppContext, request: ContactRequest, token: string) {
  const i18n = i18nFor(request.locale);
  await ctx.outbox.queue(ctx.db, {
    key: `inbox.contact-confirm:${hashToken(token)}`,
    category: "inbox.contact-confirm",
    to: request.email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: i18n.t("inbox.contact.mail.confirm.subject", { bank: ctx.config.bankName }),
      // No greeting by the typed name: anyone may type any address, and a name such as
      // "Service fraude : appelez le 08…" must not be the bank's words in someone's mailbox.
      paragraphs: [i18n.t("inbox.contact.mail.confirm.body", { hours: LINK_HOURS })],
      action: {
        label: i18n.t("inbox.contact.mail.confirm.action"),
        url: new URL(confirmPath(token), ctx.config.baseUrl).href,
      },
      footnote: i18n.t("inbox.contact.mail.confirm.ignore"),
    }),
  });
}

/** Keeps the message and sends the link that confirms the address; nothing reaches the inbox yet. */
export async function requestContact(
  ctx: AppContext,
  input: ContactInput & { locale: Locale },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const errors = check(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const token = randomToken();
  const now = ctx.clock.now();
  return runCommand(ctx, async (ctx) => {
    const [request] = await ctx.db
      .insert(contactRequests)
      .values({
        email: normaliseEmail(input.email),
        name: oneLine(input.name),
        subject: oneLine(input.subject),
        body: input.body.trim(),
        locale: input.locale,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + LINK_HOURS * 3600_000),
        createdAt: now,
      })
      .returning();
    await sendConfirmation(ctx, request!, token);
    return { ok: true as const };
  });
}

export type LinkState = "valid" | "expired" | "confirmed";

/** What a confirmation link opens: its request and whether it can still be confirmed. */
export async function contactOfToken(
  ctx: AppContext,
  token: string,
): Promise<{ request: ContactRequest; state: LinkState } | undefined> {
  if (!token) return undefined;
  const [request] = await ctx.db
    .select()
    .from(contactRequests)
    .where(eq(contactRequests.tokenHash, hashToken(token)));
  if (!request) return undefined;
  const state = request.confirmedAt
    ? "confirmed"
    : request.expiresAt <= ctx.clock.now()
      ? "expired"
      : "valid";
  return { request, state };
}

/**
 * The person followed the link and confirmed: their message becomes a conversation. The request
 * is locked, so two confirmations at once (a double click, two tabs) make one conversation, and
 * a second one later finds it confirmed already.
 */
export async function confirmContact(ctx: AppContext, token: string): Promise<LinkState | undefined> {
  return runCommand(ctx, async (ctx) => {
    const [request] = await ctx.db
      .select()
      .from(contactRequests)
      .where(eq(contactRequests.tokenHash, hashToken(token)))
      .for("update");
    if (!request) return undefined;
    if (request.confirmedAt) return "confirmed";
    const now = ctx.clock.now();
    if (request.expiresAt <= now) return "expired";
    const received = await receive(ctx, {
      source: CONTACT_FORM,
      threadKey: `contact:${request.id}`,
      externalId: `contact:${request.id}`,
      subject: request.subject,
      body: request.body,
      from: { email: request.email, name: request.name, locale: request.locale },
      receivedAt: now,
    });
    await ctx.db
      .update(contactRequests)
      .set({ confirmedAt: now, conversationId: received.conversationId })
      .where(eq(contactRequests.id, request.id));
    return "valid";
  });
}

/** An expired link: the message is still there, and a new link is sent for it. */
export async function renewContactLink(ctx: AppContext, token: string): Promise<boolean> {
  return runCommand(ctx, async (ctx) => {
    const [request] = await ctx.db
      .select()
      .from(contactRequests)
      .where(eq(contactRequests.tokenHash, hashToken(token)))
      .for("update");
    if (!request || request.confirmedAt || request.expiresAt > ctx.clock.now()) return false;
    const fresh = randomToken();
    const [renewed] = await ctx.db
      .update(contactRequests)
      .set({
        tokenHash: hashToken(fresh),
        expiresAt: new Date(ctx.clock.now().getTime() + LINK_HOURS * 3600_000),
      })
      .where(eq(contactRequests.id, request.id))
      .returning();
    await sendConfirmation(ctx, renewed!, fresh);
    return true;
  });
}
