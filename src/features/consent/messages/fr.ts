/** The consent ledger's wordings (the words a person saw when granting or withdrawing), in French: the source of their keys. */
export const fr = {
  "consent.newsletter.granted":
    "J'accepte de recevoir la lettre d'information de la banque par e-mail (environ une par mois). Je peux me désinscrire à tout moment, en un clic, depuis chaque lettre.",
  "consent.newsletter.withdrawn": "Je ne souhaite plus recevoir la lettre d'information.",
  "consent.cookie_video.granted":
    "J'autorise l'affichage dans les pages des vidéos de YouTube et Vimeo, qui permet à ces plateformes de déposer leurs cookies.",
  "consent.cookie_video.withdrawn":
    "Je refuse l'affichage des vidéos de YouTube et Vimeo dans les pages ; un simple lien me mène à la vidéo.",
  "consent.audience_measurement.granted": "J'accepte la mesure d'audience anonyme de ce site.",
  "consent.audience_measurement.withdrawn": "Je m'oppose à la mesure d'audience de ce site.",
  "consent.death_directives.granted":
    "Je donne ces directives sur le sort de mes données après mon décès (loi Informatique et Libertés, art. 85) ; je peux les modifier ou les révoquer à tout moment.",
  "consent.death_directives.withdrawn":
    "Je révoque mes directives sur le sort de mes données après mon décès.",
  "consent.surveys.granted": "J'accepte d'être invité par e-mail à répondre aux enquêtes de la banque.",
  "consent.surveys.withdrawn": "Je ne souhaite plus être invité à répondre aux enquêtes de la banque.",
  "consent.newsletter.imported":
    "Consentement recueilli hors de ce site ; source déclarée lors de l'import : {source}.",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
