import { dayFromIso, startOfParisDay } from "../../../calendar/index.ts";
import { type I18n, isMessageKey } from "../../../platform/i18n/index.ts";
import type { ComplaintEntry } from "./register.ts";

/** "R-2026-000042": how the client and the bank name a complaint. */
export function complaintReference(entry: Pick<ComplaintEntry, "id" | "receivedOn">): string {
  return `R-${entry.receivedOn.slice(0, 4)}-${String(entry.id).padStart(6, "0")}`;
}

/** A day of the register ("2027-01-07") as the reader's language writes it. */
export function registerDay(i18n: I18n, iso: string): string {
  return i18n.date(startOfParisDay(dayFromIso(iso)!));
}

/** Where the complaint was heard, in words (a source this part does not know keeps its own name). */
export function channelName(i18n: I18n, channel: string): string {
  const key = `inbox.complaints.channel.${channel}`;
  return isMessageKey(key) ? i18n.t(key) : channel;
}

/**
 * The dated acknowledgement, as the e-mail and the receipt page in "Mes messages" both say it:
 * what was received and when, its reference, by when the answer is due, and the date of the
 * acknowledgement itself (the durable medium the recommendation asks for).
 */
export function receiptParagraphs(
  i18n: I18n,
  entry: ComplaintEntry,
  subject: string,
  acknowledgedAt: Date,
): string[] {
  const { t } = i18n;
  return [
    t("inbox.complaints.receipt.received", {
      date: i18n.dateTime(entry.receivedAt),
      channel: channelName(i18n, entry.channel),
      subject,
    }),
    t("inbox.complaints.receipt.reference", { reference: complaintReference(entry) }),
    entry.paymentService
      ? t("inbox.complaints.receipt.answerByPayment", { date: registerDay(i18n, entry.answerBy) })
      : t("inbox.complaints.receipt.answerBy", { date: registerDay(i18n, entry.answerBy) }),
    t("inbox.complaints.receipt.dated", { date: i18n.dateTime(acknowledgedAt) }),
  ];
}
