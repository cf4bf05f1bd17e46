import type { fr } from "./fr.ts";

/** The consent ledger's wordings, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "consent.newsletter.granted":
    "I agree to receive the bank's newsletter by e-mail (about one a month). I can unsubscribe at any time, in one click, from every issue.",
  "consent.newsletter.withdrawn": "I no longer wish to receive the newsletter.",
  "consent.cookie_video.granted":
    "I allow videos from YouTube and Vimeo to be shown in the pages, which lets these platforms set their cookies.",
  "consent.cookie_video.withdrawn":
    "I refuse videos from YouTube and Vimeo in the pages; a plain link takes me to the video.",
  "consent.audience_measurement.granted": "I accept this site's anonymous audience measurement.",
  "consent.audience_measurement.withdrawn": "I object to this site's audience measurement.",
  "consent.death_directives.granted":
    "I give these directives on what becomes of my data after my death (French Data Protection Act, art. 85); I can change or revoke them at any time.",
  "consent.death_directives.withdrawn": "I revoke my directives on what becomes of my data after my death.",
  "consent.surveys.granted": "I agree to be invited by e-mail to answer the bank's surveys.",
  "consent.surveys.withdrawn": "I no longer wish to be invited to answer the bank's surveys.",
  "consent.newsletter.imported": "Consent collected outside this site; source declared at import: {source}.",
};
