/** The audience's messages, in French: the source of their keys. */
export const fr = {
  "audience.title": "Audience du site",
  "audience.summary": "Pages vues, visiteurs et sites d'origine, mesurés sans traceur tiers.",
  "audience.intro":
    "Mesure propre au site, exemptée de consentement : ni compte, ni adresse, ni donnée partagée. Les visiteurs qui s'y opposent, ou dont le navigateur envoie le signal Global Privacy Control, ne sont pas comptés.",
  "audience.period": "Période",
  "audience.days": "{days} jours",
  "audience.totals": "{views} pages vues par {visitors} visiteurs sur les {days} derniers jours.",
  "audience.pages": "Pages les plus vues",
  "audience.page": "Page",
  "audience.views": "Pages vues",
  "audience.referrers": "Sites d'origine",
  "audience.site": "Site",
  "audience.visits": "Visites",
  "audience.byDay": "Jour par jour",
  "audience.day": "Jour",
  "audience.visitors": "Visiteurs",
  "audience.none": "Rien de mesuré sur cette période.",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
