/** The cookie choice's messages, in French: the source of their keys. */
export const fr = {
  "cookies.banner.title": "Vos choix de cookies",
  "cookies.banner.text":
    "Ce site utilise des cookies indispensables à son fonctionnement et une mesure d'audience anonyme qui ne quitte pas nos serveurs. Avec votre accord, il affiche aussi les vidéos de YouTube et Vimeo, qui déposent alors leurs propres cookies. Vous pouvez changer d'avis à tout moment avec le lien « Gérer mes cookies » en bas de chaque page.",
  "cookies.banner.acceptAll": "Tout accepter",
  "cookies.banner.refuseAll": "Tout refuser",
  "cookies.banner.customise": "Personnaliser",
  "cookies.banner.close": "Continuer sans accepter",
  "cookies.page.title": "Gérer mes cookies",
  "cookies.page.intro":
    "Choisissez ce que vous acceptez, finalité par finalité. Rien n'est activé sans votre accord, et refuser est aussi simple qu'accepter. Votre choix est gardé {months} mois, puis nous vous le redemandons.",
  "cookies.current":
    "Votre choix a été fait le {date} ; il vous sera redemandé le {renewal}. Numéro de votre consentement : {id}.",
  "cookies.current.none":
    "Vous n'avez pas encore fait de choix : rien de ce qui demande votre accord n'est activé.",
  "cookies.purpose.video.title": "Vidéos des plateformes externes",
  "cookies.purpose.video.description":
    "Affiche dans les pages les vidéos publiées sur YouTube ou Vimeo. La plateforme reçoit alors votre adresse IP et peut déposer ses cookies. Sans votre accord, la vidéo reste un simple lien.",
  "cookies.partners": "Entreprises concernées :",
  "cookies.partnerPolicy": "sa politique de confidentialité",
  "cookies.audience.title": "Mesure d'audience (exemptée de consentement)",
  "cookies.audience.description":
    "Nous comptons les pages vues et les sites d'où viennent les visiteurs, avec un numéro au hasard propre à ce site (cookie « cf_mesure », 13 mois au plus, jamais prolongé). Rien n'est partagé ni croisé avec d'autres données, et les données brutes sont effacées après 25 mois. Vous pouvez vous y opposer.",
  "cookies.save": "Enregistrer mes choix",
  "cookies.saved": "Vos choix de cookies sont enregistrés.",
  "cookies.inventory.title": "Ce que ce site garde dans votre navigateur",
  "cookies.inventory.name": "Nom",
  "cookies.inventory.purpose": "À quoi il sert",
  "cookies.inventory.lifetime": "Durée",
  "cookies.inventory.kind": "Nature",
  "cookies.kind.essential": "Indispensable",
  "cookies.kind.exempt": "Exempté de consentement",
  "cookies.kind.consent": "Soumis à votre accord",
  "cookies.item.session": "Garde votre connexion ouverte.",
  "cookies.item.csrf": "Protège vos formulaires contre les envois forgés par d'autres sites.",
  "cookies.item.flash": "Affiche une confirmation sur la page suivante.",
  "cookies.item.locale": "Retient la langue que vous avez choisie.",
  "cookies.item.oidc": "Termine une connexion par le fournisseur d'identité de la banque.",
  "cookies.item.choice": "Retient vos choix de cookies.",
  "cookies.item.audience": "Compte les visites de façon anonyme, pour ce site seulement.",
  "cookies.item.history": "Permet le retour arrière après une mise à jour de la page (stockage de l'onglet).",
  "cookies.life.session": "Jusqu'à la déconnexion (30 jours au plus)",
  "cookies.life.browser": "Jusqu'à la fermeture du navigateur",
  "cookies.life.minute": "1 minute",
  "cookies.life.year": "1 an",
  "cookies.life.tenMinutes": "10 minutes",
  "cookies.life.choice": "{months} mois",
  "cookies.life.audience": "13 mois au plus, jamais prolongé",
  "cookies.life.tab": "Jusqu'à la fermeture de l'onglet",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
