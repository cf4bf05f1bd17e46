/**
 * The platform's French messages (layout, errors, forms, pagination, passwords, roles): French is
 * the product's first language and the source of the keys; each feature keeps its own messages in
 * its messages/fr.ts. Plain, direct language (CEFR B2), as PRODUCT.md asks for banking information.
 */
export const fr = {
  // Navigation and layout
  "nav.skipToContent": "Aller au contenu",
  "nav.main": "Navigation principale",
  "nav.accountMenu": "Votre compte",
  "nav.home": "Accueil",
  "nav.signIn": "Se connecter",
  "nav.signUp": "Créer un compte",
  "nav.signOut": "Se déconnecter",
  "nav.account": "Mon compte",
  "nav.accountOf": "{name}, mon compte",
  "nav.staff": "Espace équipe",
  "footer.nav": "Informations",
  "footer.legal": "Mentions légales",
  "footer.privacy": "Confidentialité",
  "footer.accessibility": "Accessibilité : partiellement conforme",
  "footer.language": "Langue",
  "footer.poweredBy": "Propulsé par Confiance, logiciel libre.",
  "nav.notifications": "Notifications",
  "nav.unread": "non lues",
  "nav.news": "Actualités",
  "nav.reviews": "Avis",
  "footer.transparency": "Transparence",
  "footer.newsletter": "Lettre d'information",
  "footer.contact": "Nous contacter",
  "footer.cookies": "Gérer mes cookies",
  "footer.rights": "Mes droits sur mes données",
  // The staff workspace's header and its keyboard shortcuts
  "staffNav.label": "Espaces de travail",
  "staffNav.publicSite": "Voir le site",
  "staffNav.shortcuts": "Raccourcis clavier",
  "shortcuts.title": "Raccourcis clavier",
  "shortcuts.then": "puis",
  "shortcuts.help": "Afficher cette liste",
  "shortcuts.inbox": "Aller à la boîte de réception",
  "shortcuts.home": "Aller à l'accueil de l'espace équipe",
  "shortcuts.next": "Conversation suivante dans la liste",
  "shortcuts.previous": "Conversation précédente dans la liste",
  "shortcuts.open": "Ouvrir la conversation choisie",
  "shortcuts.search": "Aller à la recherche",
  "shortcuts.reply": "Sur une conversation : écrire la réponse",
  "shortcuts.note": "Sur une conversation : écrire une note interne",
  "shortcuts.assignMe": "Sur une conversation : me l'assigner",
  "shortcuts.resolve": "Sur une conversation : la résoudre",
  "shortcuts.snooze": "Sur une conversation : la reporter",
  "shortcuts.close": "Fermer cette liste",
  "shortcuts.dismiss": "Fermer",
  "pagination.label": "Pages",
  "pagination.previous": "Page précédente",
  "pagination.next": "Page suivante",
  "pagination.page": "Page {page}",
  "pagination.older": "Entrées plus anciennes",
  "pagination.range": "Affichage de {from} à {to} sur {total}",
  "pagination.total": "{total} au total",

  // Roles
  "role.member": "Membre",
  "role.advisor": "Conseiller",
  "role.community_manager": "Responsable de communauté",
  "role.compliance_officer": "Responsable conformité",
  "role.dpo": "Délégué à la protection des données",
  "role.administrator": "Administrateur",

  // Forms
  "form.required": "(obligatoire)",
  "form.errorPrefix": "Erreur :",
  "form.errorSummary": "Le formulaire contient des erreurs à corriger",
  "field.email": "Adresse e-mail",
  "field.displayName": "Nom affiché",
  "field.password": "Mot de passe",
  "field.currentPassword": "Mot de passe actuel",
  "field.newPassword": "Nouveau mot de passe",
  "field.newEmail": "Nouvelle adresse e-mail",
  "field.totpCode": "Code à 6 chiffres ou code de secours",

  // Validation messages
  "password.hint":
    "Au moins {min} caractères. Une phrase de plusieurs mots est plus sûre et plus facile à retenir. Le collage est autorisé.",
  "password.tooShort": "Le mot de passe doit compter au moins 8 caractères.",
  "password.tooLong": "Le mot de passe ne peut pas dépasser 256 caractères.",
  "password.common":
    "Ce mot de passe fait partie des plus utilisés et serait deviné vite : choisissez-en un autre.",
  "password.personal": "Le mot de passe ne doit pas reprendre votre adresse e-mail ou votre nom.",

  // The access check
  "staff.secondFactorRequired": "Activez et saisissez votre second facteur avant toute action de l'équipe.",

  // Errors
  "error.backHome": "Revenir à l'accueil",
  "error.requestId": "Référence de l'incident à donner au support :",
  "error.400.title": "Demande incorrecte",
  "error.400.body": "La demande n'a pas pu être comprise. Vérifiez ce que vous avez saisi et réessayez.",
  "error.401.title": "Connexion nécessaire",
  "error.401.body": "Connectez-vous pour continuer.",
  "error.403.title": "Accès refusé",
  "error.403.body": "Votre compte n'a pas accès à cette page.",
  "access.emailUnverified":
    "Confirmez d'abord votre adresse e-mail : ouvrez le lien reçu par e-mail, ou demandez-en un nouveau depuis la page de connexion.",
  "error.csrf.body": "Le formulaire a expiré ou vient d'un autre site. Rechargez la page et renvoyez-le.",
  "error.404.title": "Page introuvable",
  "error.404.body": "Cette page n'existe pas ou a été déplacée.",
  "error.413.title": "Envoi trop volumineux",
  "error.413.body": "Ce que vous avez envoyé est trop volumineux. Raccourcissez-le et réessayez.",
  "error.controlCharacters.body":
    "Ce que vous avez envoyé contient un caractère invisible (caractère de contrôle) qui n'est pas accepté. Retapez le texte, sans le coller depuis un autre logiciel, et réessayez.",
  "error.414.title": "Adresse trop longue",
  "error.414.body":
    "L'adresse de cette page est trop longue. Revenez à l'accueil et naviguez depuis le site.",
  "error.431.title": "Demande trop volumineuse",
  "error.431.body":
    "Votre navigateur a envoyé une demande trop volumineuse. Revenez à l'accueil et naviguez depuis le site.",
  "error.badDate": "Cette date n'existe pas. Indiquez une date au format AAAA-MM-JJ, par exemple 2026-03-12.",
  "error.415.title": "Format non accepté",
  "error.415.body": "Ce format d'envoi n'est pas accepté. Utilisez le formulaire de la page.",
  "error.429.title": "Trop de tentatives",
  "error.429.body":
    "Vous avez fait trop de tentatives en peu de temps. Patientez quelques minutes avant de réessayer.",
  "error.500.title": "Un problème est survenu",
  "error.500.body":
    "Une erreur de notre côté a empêché d'afficher la page. Rien de ce que vous aviez enregistré n'est perdu. Réessayez dans un instant.",
  "error.503.title": "Service momentanément indisponible",
  "error.503.body":
    "Le service redémarre et sera de retour dans quelques instants. Rien de ce que vous aviez enregistré n'est perdu. Réessayez dans une minute.",

  // E-mails
  "mail.greeting": "Bonjour {name},",
  "mail.linkFallback": "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",

  // Personal data masked before publishing (src/text/personal-data-masking.ts) and the masking
  // notice of the publishing forms (views/masking-notice.tsx)
  "personalData.notice.title": "Avant publication, nous masquerons ces données personnelles :",
  "personalData.kind.iban": "IBAN (numéro de compte)",
  "personalData.kind.card": "numéro de carte bancaire",
  "personalData.kind.phone": "numéro de téléphone",
  "personalData.kind.email": "adresse e-mail",
  "personalData.kind.nir": "numéro de sécurité sociale",
  "personalData.mask.iban": "[IBAN masqué]",
  "personalData.mask.card": "[carte masquée]",
  "personalData.mask.phone": "[téléphone masqué]",
  "personalData.mask.email": "[e-mail masqué]",
  "personalData.mask.nir": "[n° de sécurité sociale masqué]",
  "personalData.notice.body":
    "Tout le monde peut lire la communauté : ces données y seraient exposées. Retirez-les, ou publiez tel quel : elles seront remplacées par une mention « masqué ». Pour votre situation personnelle, écrivez-nous plutôt par message privé.",
  "personalData.masked":
    "Votre message est publié. Les données personnelles qu'il contenait ont été masquées.",

  // Why a staff member's public reply is refused (src/text/public-reply-guard/guard.ts)
  "publicReply.reason.clientRelationship":
    "Cette réponse confirme que la personne est cliente (secret bancaire) : continuez en message privé.",
  "publicReply.reason.accountFact":
    "Cette réponse révèle l'état d'un compte, d'une carte, d'un prêt ou d'un dossier (secret bancaire) : continuez en message privé.",
  "publicReply.reason.balance":
    "Cette réponse révèle un solde ou un découvert (secret bancaire) : continuez en message privé.",
  "publicReply.reason.operation":
    "Cette réponse révèle une opération, son montant ou sa date (secret bancaire) : continuez en message privé.",
  "publicReply.reason.cardOrAccountDigits":
    "Cette réponse cite des chiffres d'une carte, d'un compte ou d'un dossier (secret bancaire) : retirez-les.",
  "publicReply.reason.creditWithoutWarning":
    "Cette réponse parle d'un crédit avec un taux ou un montant : ajoutez la mention légale « Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager. »",
  "publicReply.reason.personalData":
    "Cette réponse contient une donnée personnelle (IBAN, carte, téléphone, e-mail, n° de sécurité sociale) : retirez-la.",

  // What the layout hands app.js (mentions, videos): the layout writes them, so they are the
  // platform's, under the prefix of the feature whose page uses them.
  "community.mention.label": "Membres à mentionner",
  "cookies.video.frameTitle": "Vidéo :",
  "cookies.video.hint":
    "Vidéo hébergée hors de ce site. Pour la voir ici, autorisez les vidéos dans « Gérer mes cookies ».",
} as const;
