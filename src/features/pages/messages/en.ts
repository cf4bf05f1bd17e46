import type { fr } from "./fr.ts";

/** The information pages' messages (legal notice, accessibility), in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "a11y.title": "Accessibility statement",
  "a11y.commitment":
    "{bank} is committed to making its online services accessible, in line with article 47 of French law no. 2005-102 of 11 February 2005 and the European Accessibility Act. This statement applies to the Confiance platform.",
  "a11y.status.title": "Compliance status",
  "a11y.status.body":
    "The platform is partially compliant with the French accessibility framework (RGAA 4.1), pending a full audit by an independent body.",
  "a11y.audit.title": "Test results",
  "a11y.audit.body":
    "Every version is checked automatically: every page visited by the tests passes the axe-core analysis with no error (WCAG 2.1 level A and AA criteria).",
  "a11y.audit.standard": "Standards: RGAA 4.1, WCAG 2.1 AA, EN 301 549.",
  "a11y.audit.tools": "Tools: axe-core in Chromium, keyboard navigation, screen reader.",
  "a11y.audit.date": "Date of the last assessment: {date}.",
  "a11y.limits.title": "Content that is not accessible",
  "a11y.limits.body":
    "The QR code used to turn on the second factor is an image: the same key is always given as text next to it.",
  "a11y.contact.title": "Feedback and contact",
  "a11y.contact.body":
    "If you cannot reach some content or service, write to us to get an accessible alternative:",
  "a11y.recourse.title": "Remedies",
  "a11y.recourse.body":
    "If you reported an accessibility problem and did not get a satisfactory answer, you can refer the matter to the Défenseur des droits (the French rights ombudsman):",
  "a11y.recourse.form": "Write to the Défenseur des droits (online form, in French)",
  "a11y.recourse.mail":
    "By free post, no stamp needed: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.",
  "legal.title": "Legal notice",
  "legal.publisher":
    "This site is published by {bank}. The full details of the publisher and of the publication director are provided by the bank that runs the platform.",
  "legal.hosting": "The Confiance platform is hosted by the bank itself, in the European Union.",
};
