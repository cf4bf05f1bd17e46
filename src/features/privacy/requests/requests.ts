import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or } from "drizzle-orm";
import type { Locale } from "../../../config.ts";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { hashToken, randomToken } from "../../../platform/auth/tokens.ts";
import type { AppContext } from "../../../platform/context.ts";
import { onePage, type Page } from "../../../platform/http/paging.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.tsx";
import { uniqueKey } from "../../../platform/mail/outbox.ts";
import { isOneOf } from "../../../platform/one-of.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { maskedKeeping } from "../../../text/personal-data-masking.ts";
import { emailProblem, normaliseEmail } from "../../accounts/index.ts";
import { mayExtend, requestDue } from "../clocks.ts";
import { holder } from "../holders.ts";
import { privacyRequests, REQUEST_KINDS, type RequestKind } from "../schema.ts";

/**
 * Data-subject requests and their legal clock (GDPR art. 12(3)): received (at once from a
 * member's account, at the e-mailed link for anyone else), acknowledged with the due date,
 * answered from the DPO's console within one month, or three when an extension was decided
 * and told with reasons within the first month. Every step the DPO takes is audited.
 */
export type PrivacyRequest = typeof privacyRequests.$inferSelect;
type Outcome<T = object> = ({ ok: true } & T) | { ok: false; errors: FieldErrors };

export const PRIVACY_SPACE = "/mes-droits/espace";
const LINK_HOURS = 48;
const DETAILS_MAX = 4000;
/** Open requests whose due day is this close get a reminder to the DPO. */
export const REMINDER_DAYS = 7;

export function isRequestKind(value: string): value is RequestKind {
  return isOneOf(REQUEST_KINDS, value);
}

/** The request checked: its kind, when it is one of REQUEST_KINDS, and the problems found. */
function checkRequest(input: { kind: string; details: string }): {
  kind: RequestKind | undefined;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const kind = isRequestKind(input.kind) ? input.kind : undefined;
  if (!kind) errors.kind = "privacyRequest.kind.missing";
  if (input.details.length > DETAILS_MAX) errors.details = "privacyRequest.details.tooLong";
  if (kind === "rectification" && input.details.trim() === "")
    errors.details = "privacyRequest.details.rectification";
  return { kind, errors };
}

/**
 * What a request says, as kept: the DPO never needs a card, an IBAN or a social security
 * number, so they are masked like everywhere else; an e-mail address or a phone number stays
 * only in a rectification, where the corrected value is the point of the request.
 */
function keptDetails(kind: RequestKind, details: string, locale: Locale): string {
  return maskedKeeping(i18nFor(locale), details.trim(), kind === "rectification" ? ["email", "phone"] : []);
}

export interface RequestClock {
  dueDay: string;
  dueUntil: Date;
  extended: boolean;
  /** The last instant an extension may still be decided (the end of the first month). */
  extendableUntil: Date;
  daysLeft: number;
  overdue: boolean;
}

export function clockOf(request: PrivacyRequest, now: Date): RequestClock | undefined {
  if (!request.receivedAt) return undefined;
  const extended = request.extendedAt !== null;
  const due = requestDue(request.receivedAt, extended);
  const closedAt = request.answeredAt ?? now;
  return {
    dueDay: due.day,
    dueUntil: due.until,
    extended,
    extendableUntil: requestDue(request.receivedAt).until,
    daysLeft: Math.ceil((due.until.getTime() - now.getTime()) / 86_400_000),
    overdue: closedAt.getTime() > due.until.getTime(),
  };
}

async function sendToPerson(
  ctx: AppContext,
  request: PrivacyRequest,
  key: "received" | "identity" | "extended" | "answered" | "lifted",
  values: Record<string, string | number> = {},
  extra: { paragraphs?: string[]; action?: { label: string; url: string }; attachments?: Attachment[] } = {},
) {
  const i18n = i18nFor(request.locale);
  const kind = i18n.t(`privacyRequest.kind.${request.kind}`);
  const mail = composeMail(i18n, ctx.config.bankName, {
    subject: i18n.t(`mail.privacyRequest.${key}.subject`, { id: request.id }),
    greeting: i18n.t("mail.privacyRequest.greeting"),
    paragraphs: [
      i18n.t(`mail.privacyRequest.${key}.body`, { kind, id: request.id, ...values }),
      ...(extra.paragraphs ?? []),
      i18n.t("mail.privacyRequest.contact", { contact: ctx.config.dpoContact }),
    ],
    ...(extra.action ? { action: extra.action } : {}),
  });
  await ctx.outbox.queue(ctx.db, {
    key: uniqueKey(`privacy.request.${key}`),
    category: `privacy.request.${key}`,
    to: request.email,
    ...mail,
    ...(extra.attachments ? { attachments: extra.attachments } : {}),
  });
}

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

async function acknowledge(ctx: AppContext, request: PrivacyRequest) {
  const clock = clockOf(request, ctx.clock.now())!;
  await sendToPerson(ctx, request, "received", { due: i18nFor(request.locale).date(clock.dueUntil) });
}

/** A member's request: their account proves who they are, so the clock starts now. */
export async function askAsMember(
  ctx: AppContext,
  actor: Actor,
  input: { kind: string; details: string; locale: Locale },
): Promise<Outcome<{ request: PrivacyRequest }>> {
  const { kind, errors } = checkRequest(input);
  if (Object.keys(errors).length > 0 || !kind) return { ok: false, errors };
  const now = ctx.clock.now();
  const [request] = await ctx.db
    .insert(privacyRequests)
    .values({
      kind,
      email: actor.email,
      accountId: actor.id,
      locale: input.locale,
      details: keptDetails(kind, input.details, input.locale),
      status: "open",
      createdAt: now,
      receivedAt: now,
    })
    .returning();
  await acknowledge(ctx, request!);
  return { ok: true, request: request! };
}

/**
 * Anyone's request, by e-mail address: a link sent there shows the address is theirs. Until it
 * is followed the request is not received (and is erased after a week), and the page says the
 * same whatever the address, so nobody learns whether someone is known here.
 */
export async function askAsVisitor(
  ctx: AppContext,
  input: { email: string; kind: string; details: string; locale: Locale },
): Promise<Outcome> {
  const email = normaliseEmail(input.email);
  const { kind, errors } = checkRequest(input);
  const problem = emailProblem(email);
  if (problem) errors.email = problem;
  if (Object.keys(errors).length > 0 || !kind) return { ok: false, errors };
  const token = randomToken();
  const now = ctx.clock.now();
  const [request] = await ctx.db
    .insert(privacyRequests)
    .values({
      kind,
      email,
      locale: input.locale,
      details: keptDetails(kind, input.details, input.locale),
      status: "unconfirmed",
      tokenHash: hashToken(token),
      tokenExpiresAt: new Date(now.getTime() + LINK_HOURS * 3600_000),
      createdAt: now,
    })
    .returning();
  const i18n = i18nFor(input.locale);
  await ctx.outbox.queue(ctx.db, {
    key: `privacy.request.confirm:${request!.id}`,
    category: "privacy.request.confirm",
    to: email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: i18n.t("mail.privacyRequest.confirm.subject"),
      greeting: i18n.t("mail.privacyRequest.greeting"),
      paragraphs: [
        i18n.t("mail.privacyRequest.confirm.body", {
          kind: i18n.t(`privacyRequest.kind.${request!.kind}`),
          hours: LINK_HOURS,
        }),
        i18n.t("mail.privacyRequest.confirm.ignore"),
      ],
      action: {
        label: i18n.t("mail.privacyRequest.confirm.action"),
        url: new URL(`${PRIVACY_SPACE}?jeton=${token}`, ctx.config.baseUrl).href,
      },
    }),
  });
  return { ok: true };
}

/** The request a link opens, while the link is valid. */
export async function requestOfToken(ctx: AppContext, token: string): Promise<PrivacyRequest | undefined> {
  if (!token) return undefined;
  const [request] = await ctx.db
    .select()
    .from(privacyRequests)
    .where(
      and(
        eq(privacyRequests.tokenHash, hashToken(token)),
        gt(privacyRequests.tokenExpiresAt, ctx.clock.now()),
      ),
    );
  return request;
}

/** Following the link (with a button, so that mail scanners confirm nothing): the clock starts. */
export async function confirmRequest(ctx: AppContext, request: PrivacyRequest): Promise<PrivacyRequest> {
  if (request.status !== "unconfirmed") return request;
  const now = ctx.clock.now();
  const [received] = await ctx.db
    .update(privacyRequests)
    .set({ status: "open", receivedAt: now })
    .where(and(eq(privacyRequests.id, request.id), eq(privacyRequests.status, "unconfirmed")))
    .returning();
  if (!received) return request;
  await acknowledge(ctx, received);
  return received;
}

export async function requestsOf(ctx: AppContext, person: { accountId: number | null; email: string }) {
  return ctx.db
    .select()
    .from(privacyRequests)
    .where(
      and(
        person.accountId
          ? or(eq(privacyRequests.accountId, person.accountId), eq(privacyRequests.email, person.email))
          : eq(privacyRequests.email, person.email),
        inArray(privacyRequests.status, ["open", "identity_check", "answered", "refused"]),
      ),
    )
    .orderBy(desc(privacyRequests.createdAt));
}

/** The console's list, one page at a time: open requests oldest first (the nearest deadline), closed ones newest first. */
export function listRequests(
  ctx: AppContext,
  which: "open" | "closed",
  asked = 1,
): Promise<Page<PrivacyRequest>> {
  const where = inArray(
    privacyRequests.status,
    which === "open" ? ["open", "identity_check"] : ["answered", "refused"],
  );
  return onePage(
    asked,
    async () => (await ctx.db.select({ n: count() }).from(privacyRequests).where(where))[0]?.n ?? 0,
    (limit, offset) =>
      ctx.db
        .select()
        .from(privacyRequests)
        .where(where)
        .orderBy(
          ...(which === "open"
            ? [asc(privacyRequests.receivedAt), asc(privacyRequests.id)]
            : [desc(privacyRequests.answeredAt), desc(privacyRequests.id)]),
        )
        .limit(limit)
        .offset(offset),
  );
}

export async function findRequest(ctx: AppContext, id: number): Promise<PrivacyRequest | undefined> {
  const [request] = await ctx.db.select().from(privacyRequests).where(eq(privacyRequests.id, id));
  return request?.status === "unconfirmed" ? undefined : request;
}

const isOpen = (request: PrivacyRequest) => request.status === "open" || request.status === "identity_check";

async function audit(ctx: AppContext, dpo: Actor, request: PrivacyRequest, action: string, details = {}) {
  await recordAudit(ctx.db, {
    actorId: dpo.id,
    actorRole: dpo.role,
    action: `privacy.request_${action}`,
    subjectType: "privacy_request",
    subjectId: request.id,
    details: { kind: request.kind, ...details },
  });
}

/** The DPO asks the person for more proof of identity (art. 12(6)); the clock keeps running. */
export async function askForIdentity(
  ctx: AppContext,
  dpo: Actor,
  request: PrivacyRequest,
  message: string,
): Promise<Outcome> {
  if (!isOpen(request)) return { ok: false, errors: { message: "privacyRequest.closed" } };
  if (message.trim() === "") return { ok: false, errors: { message: "privacyRequest.message.missing" } };
  const now = ctx.clock.now();
  await ctx.db
    .update(privacyRequests)
    .set({ status: "identity_check", identityRequestedAt: now })
    .where(eq(privacyRequests.id, request.id));
  await sendToPerson(ctx, request, "identity", {}, { paragraphs: [message.trim()] });
  await audit(ctx, dpo, request, "identity_asked");
  return { ok: true };
}

/**
 * Two more months, only when decided and told to the person, with reasons, within the first
 * month (art. 12(3)); after that the console refuses, and so does this.
 */
export async function extendRequest(
  ctx: AppContext,
  dpo: Actor,
  request: PrivacyRequest,
  reasons: string,
): Promise<Outcome> {
  const now = ctx.clock.now();
  if (!isOpen(request) || request.extendedAt)
    return { ok: false, errors: { reasons: "privacyRequest.closed" } };
  if (!mayExtend(request.receivedAt!, now))
    return { ok: false, errors: { reasons: "privacyRequest.extend.late" } };
  if (reasons.trim() === "") return { ok: false, errors: { reasons: "privacyRequest.extend.reasons" } };
  const [extended] = await ctx.db
    .update(privacyRequests)
    .set({ extendedAt: now, extensionReasons: reasons.trim() })
    .where(eq(privacyRequests.id, request.id))
    .returning();
  const clock = clockOf(extended!, now)!;
  await sendToPerson(
    ctx,
    extended!,
    "extended",
    { due: i18nFor(request.locale).date(clock.dueUntil) },
    { paragraphs: [reasons.trim()] },
  );
  await audit(ctx, dpo, request, "extended", { reasons: reasons.trim(), due: clock.dueDay });
  return { ok: true };
}

/** The answer, sent from the console to the person; the request closes. */
export async function answerRequest(
  ctx: AppContext,
  dpo: Actor,
  request: PrivacyRequest,
  input: { text: string; outcome: "answered" | "refused"; attachments?: Attachment[] },
): Promise<Outcome> {
  if (!isOpen(request)) return { ok: false, errors: { answer: "privacyRequest.closed" } };
  if (input.text.trim() === "") return { ok: false, errors: { answer: "privacyRequest.answer.missing" } };
  const now = ctx.clock.now();
  const [closed] = await ctx.db
    .update(privacyRequests)
    .set({ status: input.outcome, answer: input.text.trim(), answeredAt: now, answeredBy: dpo.id })
    .where(
      and(eq(privacyRequests.id, request.id), inArray(privacyRequests.status, ["open", "identity_check"])),
    )
    .returning();
  if (!closed) return { ok: false, errors: { answer: "privacyRequest.closed" } };
  await sendToPerson(
    ctx,
    closed,
    "answered",
    {},
    { paragraphs: [input.text.trim()], ...(input.attachments ? { attachments: input.attachments } : {}) },
  );
  const clock = clockOf(closed, now)!;
  await audit(ctx, dpo, request, input.outcome, {
    due: clock.dueDay,
    late: clock.overdue,
    attachments: input.attachments?.map((a) => a.filename) ?? [],
  });
  return { ok: true };
}

/**
 * One reminder to the DPO per open request whose due day is near (or passed), sent by the
 * hourly housekeeping. Returns how many were sent.
 */
export async function remindDueRequests(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const open = await ctx.db
    .select()
    .from(privacyRequests)
    .where(
      and(inArray(privacyRequests.status, ["open", "identity_check"]), isNull(privacyRequests.remindedAt)),
    );
  let sent = 0;
  const i18n = i18nFor(ctx.config.defaultLocale);
  for (const request of open) {
    const clock = clockOf(request, now);
    if (!clock || clock.daysLeft > REMINDER_DAYS) continue;
    const reminder = {
      to: ctx.config.dpoContact,
      ...composeMail(i18n, ctx.config.bankName, {
        subject: i18n.t("mail.privacyReminder.subject", { id: request.id, due: clock.dueDay }),
        greeting: i18n.t("mail.privacyReminder.greeting"),
        paragraphs: [
          i18n.t("mail.privacyReminder.body", {
            id: request.id,
            kind: i18n.t(`privacyRequest.kind.${request.kind}`),
            due: i18n.date(clock.dueUntil),
          }),
        ],
        action: {
          label: i18n.t("mail.privacyReminder.action"),
          url: new URL(`/admin/demandes/${request.id}`, ctx.config.baseUrl).href,
        },
      }),
    };
    // Claimed in one statement, and queued in the same transaction: another instance (or an
    // overlapping run) that read the same request finds it taken and queues nothing (issue 11,
    // M5); the outbox sends it, retrying while the relay fails.
    const claimed = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(privacyRequests)
        .set({ remindedAt: now })
        .where(and(eq(privacyRequests.id, request.id), isNull(privacyRequests.remindedAt)))
        .returning({ id: privacyRequests.id });
      if (!row) return false;
      await ctx.outbox.queue(tx, {
        key: `privacy.reminder:${request.id}`,
        category: "privacy.reminder",
        ...reminder,
      });
      await recordAudit(
        ctx.db,
        {
          action: "privacy.request_reminder_sent",
          subjectType: "privacy_request",
          subjectId: request.id,
          details: { due: clock.dueDay },
        },
        tx,
      );
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}

/** Requests never confirmed by their link are erased after a week: nobody asked, as far as we know. */
export async function purgeUnconfirmedRequests(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - 7 * 86_400_000);
  const gone = await ctx.db
    .delete(privacyRequests)
    .where(and(eq(privacyRequests.status, "unconfirmed"), lt(privacyRequests.createdAt, cutoff)))
    .returning({ id: privacyRequests.id });
  return gone.length;
}

/**
 * Restriction of processing (art. 18), decided by the DPO on a request (or while checking a
 * rectification or an objection): the person's contact is kept but not used. Lifting it needs a
 * message, sent to the person before it takes effect (art. 18(3)).
 */
export async function restrictOnRequest(
  ctx: AppContext,
  dpo: Actor,
  request: PrivacyRequest,
): Promise<number> {
  const changed = await holder("subscriptions").setRestriction(ctx, request, true);
  await audit(ctx, dpo, request, "restricted", { contacts: changed });
  return changed;
}

export async function liftRestriction(
  ctx: AppContext,
  dpo: Actor,
  request: PrivacyRequest,
  message: string,
): Promise<Outcome> {
  if (message.trim() === "") return { ok: false, errors: { lift: "privacyRequest.lift.missing" } };
  await sendToPerson(ctx, request, "lifted", {}, { paragraphs: [message.trim()] });
  const changed = await holder("subscriptions").setRestriction(ctx, request, false);
  await audit(ctx, dpo, request, "restriction_lifted", { contacts: changed });
  return { ok: true };
}
