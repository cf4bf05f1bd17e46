/** The information pages' messages (legal notice, accessibility), in French: the source of their keys. */
export const fr = {
  "a11y.title": "Déclaration d'accessibilité",
  "a11y.commitment":
    "{bank} s'engage à rendre ses services en ligne accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005 et à l'Acte européen sur l'accessibilité. Cette déclaration s'applique à la plateforme Confiance.",
  "a11y.status.title": "État de conformité",
  "a11y.status.body":
    "La plateforme est partiellement conforme au référentiel général d'amélioration de l'accessibilité (RGAA 4.1), en attendant un audit complet par un organisme indépendant.",
  "a11y.audit.title": "Résultats des tests",
  "a11y.audit.body":
    "Chaque version est vérifiée automatiquement : toutes les pages parcourues par les tests passent l'analyse axe-core sans aucune erreur (critères WCAG 2.1 niveaux A et AA).",
  "a11y.audit.standard": "Référentiels : RGAA 4.1, WCAG 2.1 AA, EN 301 549.",
  "a11y.audit.tools": "Outils : axe-core dans Chromium, navigation au clavier, lecteur d'écran.",
  "a11y.audit.date": "Date de la dernière évaluation : {date}.",
  "a11y.limits.title": "Contenus non accessibles",
  "a11y.limits.body":
    "Le QR code d'activation du second facteur est une image : la même clé est toujours donnée en texte à côté.",
  "a11y.contact.title": "Retour d'information et contact",
  "a11y.contact.body":
    "Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez-nous pour obtenir une alternative accessible :",
  "a11y.recourse.title": "Voies de recours",
  "a11y.recourse.body":
    "Si vous nous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :",
  "a11y.recourse.form": "Écrire au Défenseur des droits (formulaire en ligne)",
  "a11y.recourse.mail":
    "Par courrier gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
  "legal.title": "Mentions légales",
  "legal.publisher":
    "Ce site est édité par {bank}. Les coordonnées complètes de l'éditeur et du directeur de la publication sont fournies par la banque qui exploite la plateforme.",
  "legal.hosting": "La plateforme Confiance est hébergée par la banque elle-même, dans l'Union européenne.",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
