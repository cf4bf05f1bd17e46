import { isoDay, parisDay } from "../../../calendar/index.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import type { AppContext } from "../../../platform/context.ts";
import type { I18n } from "../../../platform/i18n/index.ts";
import { PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { type Conversation, workedConversation } from "../conversation-access.ts";
import { acknowledgePath, finalAnswerPath, holdingReplyPath } from "./paths.ts";
import { channelName, complaintReference, registerDay } from "./receipt.ts";
import { type ComplaintEntry, complaintOf } from "./register.ts";
import { type ClockStanding, type ComplaintStanding, complaintStanding } from "./standing.ts";

export interface ComplaintPanelData {
  conversationId: number;
  /** The conversation's language: the client's, for what is written to them. */
  language: "fr" | "en";
  entry: ComplaintEntry;
  standing: ComplaintStanding;
}

/**
 * What the complaint panel shows of a conversation, or nothing when it is not a registered
 * complaint. The conversation must be one the staff member works (404 otherwise).
 */
export async function complaintPanel(
  ctx: AppContext,
  actor: Actor,
  conversationId: number,
): Promise<ComplaintPanelData | undefined> {
  return complaintPanelFor(ctx, await workedConversation(ctx, actor, conversationId));
}

/** The same, for a conversation the caller has already opened for this staff member. */
export async function complaintPanelFor(
  ctx: AppContext,
  conversation: Pick<Conversation, "id" | "language">,
): Promise<ComplaintPanelData | undefined> {
  const entry = await complaintOf(ctx, conversation.id);
  if (!entry) return undefined;
  return {
    conversationId: conversation.id,
    language: conversation.language,
    entry,
    standing: complaintStanding(entry, parisDay(ctx.clock.now())),
  };
}

/** "dans 3 jours ouvrables", "en retard de 2 jours", "fait le 4 janvier 2027": a clock in words. */
export function standingWords(i18n: I18n, standing: ClockStanding): string {
  const { t } = i18n;
  switch (standing.state) {
    case "done":
      return t(standing.inTime ? "inbox.complaints.clock.done" : "inbox.complaints.clock.doneLate", {
        date: i18n.date(standing.at),
      });
    case "late":
      return t("inbox.complaints.clock.late", { count: standing.daysLate });
    case "due":
      if (standing.left === 0) return t("inbox.complaints.clock.today");
      return t(`inbox.complaints.clock.left.${standing.kind}`, { count: standing.left });
  }
}

function Clock({
  v,
  label,
  by,
  standing,
}: {
  v: ViewContext;
  label: string;
  by: string;
  standing: ClockStanding;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {registerDay(v.i18n, by)}{" "}
        <strong
          class={`clock clock--${standing.state === "done" && !standing.inTime ? "late" : standing.state}`}
        >
          ({standingWords(v.i18n, standing)})
        </strong>
      </dd>
    </>
  );
}

/**
 * The complaint panel of a conversation page: received on, the acknowledgement and the answer
 * with where they stand, every legal clock, the holding reply, and the actions that remain.
 * `returnTo` is the page the actions come back to.
 */
export function ComplaintPanel({
  v,
  data,
  returnTo,
}: {
  v: ViewContext;
  data: ComplaintPanelData;
  returnTo: string;
}) {
  const { t } = v.i18n;
  const { entry, standing, conversationId } = data;
  const clocks = standing.clocks;
  const answerLabel = !entry.paymentService
    ? t("inbox.complaints.panel.answerBy")
    : entry.holdingReplyAt
      ? t("inbox.complaints.panel.answerByHeld")
      : t("inbox.complaints.panel.answerByPayment");
  return (
    <section class="card complaint-panel" aria-labelledby={`complaint-${conversationId}`}>
      <h2 id={`complaint-${conversationId}`}>
        {t("inbox.complaints.panel.title", { reference: complaintReference(entry) })}
      </h2>
      <dl class="statement">
        <dt>{t("inbox.complaints.panel.received")}</dt>
        <dd>
          {v.i18n.dateTime(entry.receivedAt)} · {channelName(v.i18n, entry.channel)}
          {entry.paymentService && <> · {t("inbox.complaints.panel.paymentService")}</>}
        </dd>
        <Clock
          v={v}
          label={t("inbox.complaints.panel.acknowledgeBy")}
          by={entry.acknowledgeBy}
          standing={standing.acknowledgement}
        />
        <Clock v={v} label={answerLabel} by={entry.answerBy} standing={standing.answer} />
        {entry.holdingReplyAt && (
          <>
            <dt>{t("inbox.complaints.panel.holdingReply")}</dt>
            <dd class="pre-line">
              {t("inbox.complaints.panel.holdingReplySent", { date: v.i18n.dateTime(entry.holdingReplyAt) })}
              {"\n"}
              {entry.holdingReplyReasons}
            </dd>
          </>
        )}
        {entry.outcome && (
          <>
            <dt>{t("inbox.complaints.panel.outcome")}</dt>
            <dd>
              {t(`inbox.complaints.outcome.${entry.outcome}`)} · {t(`inbox.complaints.level.${entry.level}`)}
              {!entry.answeredAt && <> · {t("inbox.complaints.panel.awaitingApproval")}</>}
              {entry.compensationCents !== null && (
                <>
                  {" "}
                  ·{" "}
                  {t("inbox.complaints.panel.compensation", {
                    amount: euros(v.i18n, entry.compensationCents),
                  })}
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <details>
        <summary>{t("inbox.complaints.panel.allClocks")}</summary>
        <ul>
          <li>
            {t("inbox.complaints.panel.clockAcknowledge", {
              date: registerDay(v.i18n, isoDay(clocks.acknowledgeBy)),
            })}
          </li>
          <li>
            {t("inbox.complaints.panel.clockAnswer", { date: registerDay(v.i18n, isoDay(clocks.answerBy)) })}
          </li>
          <li>
            {t("inbox.complaints.panel.clockPayment", {
              date: registerDay(v.i18n, isoDay(clocks.paymentAnswerBy)),
            })}
          </li>
          <li>
            {t("inbox.complaints.panel.clockPaymentFinal", {
              date: registerDay(v.i18n, isoDay(clocks.paymentFinalAnswerBy)),
            })}
          </li>
        </ul>
      </details>
      {!entry.answeredAt && (
        <div class="actions">
          {!entry.acknowledgedAt && (
            <PostForm v={v} action={acknowledgePath(conversationId)}>
              <input type="hidden" name="retour" value={returnTo} />
              <button type="submit">{t("inbox.complaints.panel.acknowledge")}</button>
            </PostForm>
          )}
          {standing.holdingReplyPossible && (
            <a class="button button--secondary" href={holdingReplyPath(conversationId)}>
              {t("inbox.complaints.panel.holdingReplyAction")}
            </a>
          )}
          <a class="button" href={finalAnswerPath(conversationId)}>
            {t("inbox.complaints.panel.finalAnswer")}
          </a>
        </div>
      )}
    </section>
  );
}

/** An amount in cents as the reader's language writes euros. */
export function euros(i18n: I18n, cents: number): string {
  return new Intl.NumberFormat(i18n.locale, { style: "currency", currency: "EUR" }).format(cents / 100);
}
