import type { Locale } from "../../config.ts";

/**
 * A newsletter is written in French, in English or in both; each version is optional, one is
 * required. A version not written is stored as an empty subject and body. A subscriber whose
 * language has no version gets the other one, whole (its template too, so the e-mail reads in
 * one language): a letter written only in French goes out in French to everyone.
 */
export interface CampaignText {
  subjectFr: string;
  bodyFr: string;
  subjectEn: string;
  bodyEn: string;
}

export interface CampaignVersion {
  locale: Locale;
  subject: string;
  body: string;
}

/** French first: the bank's language, and the fallback when a version is missing on both sides. */
export const CAMPAIGN_LOCALES: readonly Locale[] = ["fr", "en"];

const textIn = (campaign: CampaignText, locale: Locale) =>
  locale === "fr"
    ? { subject: campaign.subjectFr, body: campaign.bodyFr }
    : { subject: campaign.subjectEn, body: campaign.bodyEn };

/** Whether something was written in this language (a subject or a text). */
export function isWritten(campaign: CampaignText, locale: Locale): boolean {
  const { subject, body } = textIn(campaign, locale);
  return subject.trim() !== "" || body.trim() !== "";
}

export function writtenVersions(campaign: CampaignText): CampaignVersion[] {
  return CAMPAIGN_LOCALES.filter((locale) => isWritten(campaign, locale)).map((locale) => ({
    locale,
    ...textIn(campaign, locale),
  }));
}

/** The version a subscriber reading `locale` receives: theirs if written, else the other one. */
export function versionFor(campaign: CampaignText, locale: Locale): CampaignVersion {
  const versions = writtenVersions(campaign);
  return (
    versions.find((version) => version.locale === locale) ??
    versions[0] ?? { locale, ...textIn(campaign, locale) }
  );
}

/** The subject that names the letter on staff pages. */
export function campaignTitle(campaign: CampaignText): string {
  return versionFor(campaign, "fr").subject;
}
