import type { I18n } from "../../platform/i18n/index.ts";
import type { ReviewSettings } from "./model.ts";

/**
 * The page Code de la consommation D111-17 requires beside online reviews, generated from the
 * settings the code runs with (reviews_settings) and the fixed list of refusal reasons, so it
 * cannot say something the product does not do: whether and how reviews are checked, whether
 * their authors are verified as clients, the longest delay before publication, the order they
 * are shown in, that nothing is given in exchange, the reasons a review can be refused, how
 * authors are told and may edit, and how long reviews stay. Pure: a test changes a setting and
 * reads the sentence change.
 */
type SectionId =
  | "checked"
  | "verified"
  | "invitations"
  | "delay"
  | "order"
  | "counterpart"
  | "refusal"
  | "authors"
  | "answer"
  | "duration";

export interface DisclosureSection {
  id: SectionId;
  heading: string;
  paragraphs: readonly string[];
  list?: readonly string[];
}

/** The bank's public answer is published within this many days (the practice of NF ISO 20488). */
export const ANSWER_DAYS = 7;

export function disclosure(
  i18n: I18n,
  settings: ReviewSettings,
  facts: { bankName: string; refusalReasons: readonly string[] },
): DisclosureSection[] {
  const { t } = i18n;
  const bank = facts.bankName;
  const section = (id: SectionId, paragraphs: string[], list?: string[]): DisclosureSection => ({
    id,
    heading: t(`reviews.disclosure.${id}.heading`),
    paragraphs,
    ...(list ? { list } : {}),
  });
  return [
    section("checked", [
      t("reviews.disclosure.checked.how", { bank, days: settings.moderationDelayDays }),
      t("reviews.disclosure.checked.masking"),
    ]),
    section("verified", [
      t("reviews.disclosure.verified.invited"),
      t("reviews.disclosure.verified.spontaneous"),
      t("reviews.disclosure.verified.staff"),
    ]),
    section("invitations", [
      t("reviews.disclosure.invitations.everyone"),
      t("reviews.disclosure.invitations.link", { days: settings.invitationValidityDays }),
    ]),
    section("delay", [
      t("reviews.disclosure.delay.max", { days: settings.moderationDelayDays }),
      settings.holdDelayDays > 0
        ? t("reviews.disclosure.delay.hold", { days: settings.holdDelayDays })
        : t("reviews.disclosure.delay.noHold"),
    ]),
    section("order", [t("reviews.disclosure.order.newest"), t("reviews.disclosure.order.score")]),
    section("counterpart", [t("reviews.disclosure.counterpart.none", { bank })]),
    section(
      "refusal",
      [t("reviews.disclosure.refusal.intro", { chars: settings.minTextLength })],
      [...facts.refusalReasons],
    ),
    section("authors", [t("reviews.disclosure.authors.told"), t("reviews.disclosure.authors.edit")]),
    section("answer", [t("reviews.disclosure.answer.once", { bank, days: ANSWER_DAYS })]),
    section("duration", [
      t("reviews.disclosure.duration.kept", { months: settings.retentionMonths }),
      t("reviews.disclosure.duration.names", { months: settings.anonymityMonths }),
    ]),
  ];
}
