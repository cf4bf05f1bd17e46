/**
 * The French catalogue: the product's first language and the source of every message key.
 * Plain, direct language (CEFR B2), as PRODUCT.md asks for banking information.
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
  "community.title": "Communauté",
  "community.feed.title": "Communauté {bank}",
  "community.feed.follow": "Suivre les nouveaux sujets :",
  "community.post.edited": "modifié (voir l'historique)",
  "community.post.edit": "Modifier",
  "community.post.delete": "Supprimer",
  "community.post.deletedByModeration": "Message supprimé par la modération.",
  "community.edit.title": "Modifier mon message",
  "community.edit.intro": "La version précédente restera lisible par tous dans l'historique du message.",
  "community.edit.submit": "Enregistrer la modification",
  "community.delete.title": "Supprimer ce message ?",
  "community.delete.intro":
    "Le message sera retiré ; la mention « Message supprimé » restera à sa place dans la discussion.",
  "community.delete.topicIntro": "Personne n'a encore répondu : le sujet entier sera retiré.",
  "community.delete.submit": "Supprimer",
  "community.delete.cancel": "Annuler et revenir au message",
  "community.history.title": "Historique du message",
  "community.history.intro":
    "Chaque modification est conservée : voici toutes les versions, de la plus récente à la plus ancienne.",
  "community.history.current": "Version actuelle",
  "community.history.earlier": "Version précédente, publiée le",
  "community.categories": "Catégories",
  "community.newTopic": "Poser une question",
  "community.newTopic.intro":
    "Décrivez votre situation en quelques phrases. Ne publiez jamais de numéro de compte, de carte ni de code : un conseiller vous répondra ici, en public, sans avoir besoin de ces informations.",
  "community.newTopic.submit": "Publier",
  "community.field.category": "Catégorie",
  "community.field.kind": "Type de sujet",
  "community.field.title": "Titre",
  "community.field.titleHint": "Une phrase qui résume votre question, entre 10 et 150 caractères.",
  "community.field.body": "Votre message",
  "community.markdownHint":
    "Mise en forme simple possible : **gras**, *italique*, listes, liens. Pas d'images.",
  "community.kind.question": "Question",
  "community.kind.discussion": "Discussion",
  "community.kind.missing": "Choisissez s'il s'agit d'une question ou d'une discussion.",
  "community.title.missing": "Donnez un titre à votre sujet.",
  "community.title.tooShort": "Le titre doit compter au moins 10 caractères pour être compris.",
  "community.title.tooLong": "Le titre ne peut pas dépasser 150 caractères.",
  "community.body.missing": "Écrivez votre message.",
  "community.body.tooLong": "Le message ne peut pas dépasser 20 000 caractères.",
  "community.category.missing": "Choisissez une catégorie.",
  "community.category.staffOnly":
    "Dans cette catégorie, seule l'équipe de la banque ouvre des sujets ; vous pouvez répondre aux sujets existants.",
  "community.accept": "Marquer comme la réponse",
  "community.accept.opening": "La question elle-même ne peut pas être sa réponse.",
  "community.acceptedAnswer": "Réponse acceptée",
  "community.solved": "Résolu",
  "community.badge.advisor": "Conseiller vérifié",
  "community.badge.staff": "Équipe de la banque · {role}",
  "community.formerMember": "Ancien membre",
  "community.list.label": "Filtrer les sujets",
  "community.list.heading": "Sujets",
  "community.list.latest": "Récents",
  "community.list.unanswered": "Sans réponse",
  "community.list.solved": "Résolus",
  "community.list.empty": "Aucun sujet ici pour le moment.",
  "community.list.by": "par",
  "community.list.replies": "Réponses : {count}",
  "community.list.lastActivity": "Dernière activité :",
  "community.replies": "Réponses",
  "community.post.deleted": "Message supprimé.",
  "community.post.inReply": "en réponse à un message",
  "community.post.number": "message n° {position}",
  "community.reply.title": "Répondre",
  "community.reply.label": "Votre réponse",
  "community.reply.submit": "Publier la réponse",
  "community.reply.signIn": "Connectez-vous pour répondre",
  "community.reply.asStaff":
    "Vous répondez au nom de la banque : votre réponse portera le badge de l'équipe. Ne confirmez jamais qu'une personne est cliente et ne citez aucune donnée de compte.",
  "community.search.label": "Rechercher dans la communauté",
  "community.search.submit": "Rechercher",
  "community.search.title": "Recherche",
  "community.search.titleFor": "Recherche : {query}",
  "community.search.filters": "Affiner",
  "community.search.anyCategory": "Toutes les catégories",
  "community.search.status": "État",
  "community.search.anyStatus": "Tous les sujets",
  "community.search.author": "Auteur du sujet",
  "community.search.authorHint": "Le nom affiché, tel qu'il apparaît sur les messages.",
  "community.search.since": "Activité",
  "community.search.anyTime": "Depuis toujours",
  "community.search.since.semaine": "Cette semaine",
  "community.search.since.mois": "Ce mois-ci",
  "community.search.since.annee": "Cette année",
  "community.search.found": "{count} sujet(s) trouvé(s)",
  "community.search.noneFiltered":
    "Aucun sujet ne correspond. Essayez un autre mot, retirez un filtre, ou posez votre question.",
  "pagination.label": "Pages",
  "pagination.previous": "Page précédente",
  "pagination.next": "Page suivante",
  "pagination.page": "Page {page}",
  "pagination.older": "Entrées plus anciennes",

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
  "account.email.missing": "Indiquez votre adresse e-mail.",
  "account.email.tooLong": "L'adresse e-mail ne peut pas dépasser 254 caractères.",
  "account.email.malformed": "Indiquez une adresse e-mail complète, par exemple nom@exemple.fr.",
  "account.email.same": "C'est déjà votre adresse actuelle.",
  "account.displayName.missing": "Indiquez le nom qui sera affiché.",
  "account.displayName.tooShort": "Le nom affiché doit compter au moins 2 caractères.",
  "account.displayName.tooLong": "Le nom affiché ne peut pas dépasser 40 caractères.",
  "account.displayName.reserved":
    "Ce nom pourrait faire croire que vous parlez au nom de la banque (des mots comme « conseiller », « support », « officiel » ou le nom de la banque) : choisissez-en un autre. L'équipe de la banque porte un badge que personne ne peut copier.",
  "account.displayName.invalidCharacters":
    "Le nom affiché contient des caractères invisibles ou de contrôle : retirez-les.",
  "password.hint":
    "Au moins {min} caractères. Une phrase de plusieurs mots est plus sûre et plus facile à retenir. Le collage est autorisé.",
  "password.tooShort": "Le mot de passe doit compter au moins 8 caractères.",
  "password.tooLong": "Le mot de passe ne peut pas dépasser 256 caractères.",
  "password.common":
    "Ce mot de passe fait partie des plus utilisés et serait deviné vite : choisissez-en un autre.",
  "password.personal": "Le mot de passe ne doit pas reprendre votre adresse e-mail ou votre nom.",
  "account.password.wrong": "Le mot de passe n'est pas le bon.",

  // Sign-up and verification
  "signUp.title": "Créer un compte",
  "signUp.intro":
    "Un compte vous permet de poser des questions, de répondre et de gérer vos préférences. Il est gratuit et vous pouvez le supprimer à tout moment.",
  "signUp.displayNameHint": "Visible par tous. Évitez votre nom complet si vous préférez rester discret.",
  "signUp.submit": "Créer mon compte",
  "signUp.haveAccount": "Vous avez déjà un compte ?",
  "signUp.checkEmail.title": "Vérifiez votre boîte e-mail",
  "signUp.checkEmail.body":
    "Si cette adresse peut être utilisée, nous venons d'y envoyer un lien. Ouvrez-le pour activer votre compte. Le lien est valable 48 heures.",
  "verify.ok": "Votre adresse e-mail est confirmée",
  "link.expired": "Ce lien n'est plus valable",
  "link.expiredHelp":
    "Il a déjà servi ou il a expiré. Vous pouvez en demander un nouveau depuis la page de connexion.",

  // Sign-in
  "signIn.title": "Se connecter",
  "signIn.submit": "Se connecter",
  "signIn.forgot": "Mot de passe oublié ?",
  "signIn.noAccount": "Pas encore de compte ?",
  "signIn.invalid": "Adresse e-mail ou mot de passe incorrect.",
  "signIn.unverified":
    "Votre adresse e-mail n'est pas encore confirmée. Ouvrez le lien reçu par e-mail, ou demandez-en un nouveau.",
  "signIn.resend": "Renvoyer le lien de confirmation",
  "signIn.deactivated":
    "Ce compte est désactivé. Contactez la banque si vous pensez qu'il s'agit d'une erreur.",
  "signIn.staffTitle": "Collaborateurs de la banque",
  "signIn.withProvider": "Se connecter avec {provider}",
  "signIn.providerUnavailable":
    "Le service d'identité de la banque ne répond pas. Réessayez dans quelques minutes.",
  "signIn.providerFailed":
    "La connexion par le service d'identité n'a pas abouti. Recommencez depuis la page de connexion.",
  "signIn.providerNoEmail":
    "Le service d'identité n'a pas transmis d'adresse e-mail vérifiée : le compte ne peut pas être relié.",
  "signOut.done": "Vous êtes déconnecté.",
  "secondFactor.title": "Second facteur",
  "secondFactor.intro": "Saisissez le code à 6 chiffres affiché par votre application d'authentification.",
  "secondFactor.hint": "Sans votre téléphone, utilisez un de vos codes de secours.",
  "secondFactor.submit": "Valider",
  "secondFactor.invalid":
    "Ce code n'est pas valable. Vérifiez l'heure de votre téléphone et saisissez le code affiché maintenant.",

  // Password reset
  "reset.title": "Mot de passe oublié",
  "reset.intro":
    "Indiquez l'adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
  "reset.submit": "Envoyer le lien",
  "reset.sent.title": "Lien envoyé",
  "reset.sent.body":
    "Si un compte utilise cette adresse, un lien vient d'y être envoyé. Il est valable une heure.",
  "reset.newTitle": "Choisir un nouveau mot de passe",
  "reset.save": "Enregistrer le mot de passe",
  "reset.done": "Votre mot de passe est changé. Connectez-vous avec le nouveau.",

  // Account
  "account.title": "Mon compte",
  "account.nav.label": "Rubriques du compte",
  "account.nav.overview": "Profil",
  "account.nav.security": "Sécurité",
  "account.nav.sessions": "Appareils connectés",
  "account.nav.delete": "Supprimer le compte",
  "account.profile": "Profil",
  "account.role": "Rôle",
  "account.memberSince": "Membre depuis",
  "account.password.title": "Changer de mot de passe",
  "account.password.submit": "Changer le mot de passe",
  "account.password.changed": "Votre mot de passe est changé. Vos autres appareils ont été déconnectés.",
  "account.email.title": "Changer d'adresse e-mail",
  "account.email.intro":
    "Nous enverrons un lien de confirmation à la nouvelle adresse et préviendrons l'ancienne.",
  "account.email.submit": "Changer l'adresse",
  "account.email.sent.title": "Confirmez la nouvelle adresse",
  "account.email.sent.body":
    "Un lien de confirmation vient d'être envoyé à la nouvelle adresse, si elle peut être utilisée. Le changement prend effet quand vous l'ouvrez.",
  "account.email.changed": "Votre nouvelle adresse e-mail est enregistrée",
  "account.delete.title": "Supprimer mon compte",
  "account.delete.intro":
    "Votre compte, vos préférences et vos sessions seront supprimés. Cette action est définitive.",
  "account.delete.confirmLabel": "Je comprends que la suppression est définitive.",
  "account.delete.confirmMissing": "Cochez la case pour confirmer la suppression.",
  "account.delete.lastAdministrator":
    "Vous êtes le dernier administrateur : nommez-en un autre avant de supprimer votre compte.",
  "account.delete.submit": "Supprimer définitivement mon compte",
  "account.deleted.title": "Votre compte est supprimé",
  "account.deleted.body": "Merci d'avoir participé. Un e-mail vous confirme la suppression.",
  "sessions.title": "Appareils connectés",
  "sessions.intro":
    "Voici les appareils où votre compte est ouvert. Fermez ceux que vous ne reconnaissez pas.",
  "sessions.device": "Appareil",
  "sessions.network": "Réseau",
  "sessions.started": "Connecté le",
  "sessions.lastSeen": "Dernière activité",
  "sessions.action": "Action",
  "sessions.current": "cet appareil",
  "sessions.unknownDevice": "Appareil inconnu",
  "sessions.revoke": "Déconnecter",
  "sessions.revokeAll": "Se déconnecter partout",
  "sessions.revoked": "L'appareil a été déconnecté.",
  "sessions.allRevoked": "Vous êtes déconnecté de tous vos appareils.",
  "security.title": "Sécurité du compte",
  "security.totp.title": "Application d'authentification",
  "security.totp.enabled": "Le second facteur est activé : il vous est demandé à chaque connexion.",
  "security.staffMustEnrol":
    "Votre rôle au sein de la banque exige un second facteur. Activez-le pour accéder à l'espace équipe.",
  "security.step.install":
    "Installez une application d'authentification (par exemple FreeOTP, Aegis ou celle de votre téléphone).",
  "security.step.scan": "Scannez ce QR code avec l'application, ou saisissez la clé à la main.",
  "security.step.confirm": "Saisissez le code à 6 chiffres que l'application affiche.",
  "security.qrLabel": "QR code à scanner avec votre application d'authentification",
  "security.manualKey": "Clé à saisir à la main :",
  "security.confirm": "Activer le second facteur",
  "security.enrolled": "Le second facteur est activé.",
  "security.codes.title": "Vos codes de secours",
  "security.codes.intro":
    "Chaque code sert une seule fois si vous n'avez plus votre téléphone. Notez-les maintenant et gardez-les en lieu sûr : ils ne seront plus affichés.",
  "security.codes.remaining": "Codes de secours encore disponibles : {count}.",

  // Staff console
  "staff.console.title": "Espace équipe",
  "staff.console.intro": "Vous êtes connecté avec le rôle : {role}.",
  "staff.console.nothingYet": "Les outils de votre rôle arrivent avec les prochaines versions.",
  "staff.secondFactorRequired": "Activez et saisissez votre second facteur avant toute action de l'équipe.",
  "staff.invalidRole": "Ce rôle n'existe pas.",
  "staff.lastAdministrator": "C'est le dernier administrateur actif : nommez-en un autre d'abord.",
  "staff.ownAccount": "Vous ne pouvez pas modifier votre propre rôle ni désactiver votre propre compte.",
  "staff.accounts.title": "Comptes et rôles",
  "staff.accounts.summary": "Donner un rôle à un collaborateur, désactiver un compte.",
  "staff.accounts.search": "Rechercher un compte (adresse ou nom)",
  "staff.accounts.searchSubmit": "Rechercher",
  "staff.accounts.resultsFor": "Résultats pour « {search} »",
  "staff.accounts.staffOnly":
    "Les comptes de l'équipe sont listés. Recherchez un membre pour lui donner un rôle.",
  "staff.accounts.role": "Rôle",
  "staff.accounts.roleOf": "Rôle de {name}",
  "staff.accounts.changeRole": "Changer",
  "staff.accounts.secondFactor": "Second facteur",
  "staff.accounts.totpOn": "Activé",
  "staff.accounts.totpOff": "Non activé",
  "staff.accounts.status": "État",
  "staff.accounts.active": "Actif",
  "staff.accounts.deactivated": "Désactivé",
  "staff.accounts.deactivate": "Désactiver",
  "staff.accounts.reactivate": "Réactiver",
  "staff.accounts.roleChanged": "Le rôle a été changé. La personne devra se reconnecter.",
  "staff.accounts.deactivatedDone": "Le compte est désactivé et toutes ses sessions sont fermées.",
  "staff.accounts.reactivatedDone": "Le compte est réactivé.",
  "staff.audit.title": "Journal d'audit",
  "staff.audit.summary":
    "Toutes les actions de l'équipe et les événements de sécurité, chaînés et infalsifiables.",
  "staff.audit.chainOk":
    "La chaîne d'intégrité est intacte : {count} entrées vérifiées, aucune modifiée ni retirée.",
  "staff.audit.chainBroken":
    "Alerte : la chaîne d'intégrité est rompue à l'entrée n° {id}. Une entrée a été modifiée ou retirée.",
  "staff.audit.verify": "Vérifier l'intégrité de tout le journal",
  "staff.audit.when": "Date",
  "staff.audit.action": "Action",
  "staff.audit.actor": "Auteur",
  "staff.audit.subject": "Objet",
  "staff.audit.details": "Détails",
  "staff.audit.hash": "Empreinte",
  "audit.account.administrator_created": "Administrateur créé (ligne de commande)",
  "audit.account.deactivated": "Compte désactivé",
  "audit.account.deleted": "Compte supprimé par son titulaire",
  "audit.account.email_changed": "Adresse e-mail changée",
  "audit.account.mfa_enrolled": "Second facteur activé",
  "audit.account.password_changed": "Mot de passe changé",
  "audit.account.password_reset": "Mot de passe réinitialisé par e-mail",
  "audit.account.provider_linked": "Compte relié au service d'identité",
  "audit.account.reactivated": "Compte réactivé",
  "audit.account.role_changed": "Rôle changé",
  "audit.account.second_factor_failed": "Second facteur refusé",
  "audit.account.sessions_revoked": "Déconnexion de tous les appareils",
  "audit.account.sign_in_failed": "Connexion refusée",
  "audit.account.signed_in": "Connexion",
  "audit.account.signed_out": "Déconnexion",
  "audit.account.signed_up": "Inscription",
  "audit.community.post_published": "Message publié au nom de la banque",
  "audit.community.answer_accepted": "Réponse acceptée par l'équipe",
  "audit.community.post_edited": "Message de l'équipe modifié",
  "audit.community.post_deleted": "Message supprimé par l'équipe",
  "staff.mailbox.title": "Boîte de réception de démonstration",
  "staff.mailbox.summary": "Les e-mails envoyés par la plateforme, quand aucun serveur SMTP n'est configuré.",
  "staff.mailbox.intro":
    "Aucun serveur SMTP n'est configuré : les e-mails sont gardés ici au lieu d'être envoyés.",
  "staff.mailbox.empty": "Aucun e-mail pour l'instant.",
  "staff.mailbox.back": "Retour à la boîte de réception",
  "staff.mailbox.from": "De",
  "staff.mailbox.to": "À",
  "staff.mailbox.received": "Reçu le",
  "staff.mailbox.links": "Liens du message",
  "staff.mailbox.text": "Texte du message",

  // Errors
  "error.backHome": "Revenir à l'accueil",
  "error.requestId": "Référence de l'incident à donner au support :",
  "error.400.title": "Demande incorrecte",
  "error.400.body": "La demande n'a pas pu être comprise. Vérifiez ce que vous avez saisi et réessayez.",
  "error.401.title": "Connexion nécessaire",
  "error.401.body": "Connectez-vous pour continuer.",
  "error.403.title": "Accès refusé",
  "error.403.body": "Votre compte n'a pas accès à cette page.",
  "error.csrf.body": "Le formulaire a expiré ou vient d'un autre site. Rechargez la page et renvoyez-le.",
  "error.404.title": "Page introuvable",
  "error.404.body": "Cette page n'existe pas ou a été déplacée.",
  "error.413.title": "Envoi trop volumineux",
  "error.413.body": "Ce que vous avez envoyé est trop volumineux. Raccourcissez-le et réessayez.",
  "error.415.title": "Format non accepté",
  "error.415.body": "Ce format d'envoi n'est pas accepté. Utilisez le formulaire de la page.",
  "error.429.title": "Trop de tentatives",
  "error.429.body":
    "Vous avez fait trop de tentatives en peu de temps. Patientez quelques minutes avant de réessayer.",
  "error.500.title": "Un problème est survenu",
  "error.500.body":
    "Une erreur de notre côté a empêché d'afficher la page. Rien de ce que vous aviez enregistré n'est perdu. Réessayez dans un instant.",

  // Home and information pages
  "home.heading": "{bank} vous répond, en public",
  "home.lead":
    "Posez vos questions, partagez votre expérience, et lisez les réponses de conseillers identifiés. Ici, la banque converse au lieu de diffuser.",
  "home.pillar.open.text":
    "Tout le monde peut lire les échanges, sans compte. Les membres posent leurs questions et s'entraident.",
  "home.pillar.verified.text":
    "Les réponses de la banque portent le badge « conseiller vérifié », attribué par la banque et impossible à imiter.",
  "home.pillar.privacy.text":
    "Aucune donnée bancaire n'est publiée, vos choix de confidentialité sont respectés et vous pouvez tout retirer.",
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
  "privacy.title": "Confidentialité",
  "privacy.intro":
    "{bank} traite les données de votre compte (adresse e-mail, nom affiché, mot de passe chiffré, appareils connectés) pour vous permettre de participer à la communauté.",
  "privacy.cookies":
    "Seuls des cookies strictement nécessaires sont utilisés : votre session, la protection des formulaires et votre choix de langue. Aucun cookie de mesure ou de publicité.",
  "privacy.rights":
    "Vous pouvez supprimer votre compte à tout moment depuis la page « Mon compte ». Le centre de confidentialité complet arrive avec une prochaine version.",

  // E-mails
  "mail.greeting": "Bonjour {name},",
  "mail.linkFallback": "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  "mail.ignoreIfNotYou":
    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne sera changé.",
  "mail.contactIfNotYou":
    "Si vous n'êtes pas à l'origine de ce changement, changez votre mot de passe et contactez la banque sans attendre.",
  "mail.verify.subject": "Confirmez votre adresse e-mail pour {bank}",
  "mail.verify.body": "Merci d'avoir créé votre compte. Pour l'activer, confirmez votre adresse e-mail.",
  "mail.verify.action": "Confirmer mon adresse",
  "mail.verify.footnote":
    "Le lien est valable 48 heures. Si vous n'avez pas créé de compte, ignorez ce message.",
  "mail.alreadyRegistered.subject": "Tentative d'inscription avec votre adresse",
  "mail.alreadyRegistered.body":
    "Quelqu'un (peut-être vous) a voulu créer un compte avec cette adresse, qui en a déjà un. Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau.",
  "mail.alreadyRegistered.action": "Choisir un nouveau mot de passe",
  "mail.reset.subject": "Votre nouveau mot de passe",
  "mail.reset.body":
    "Vous avez demandé à changer de mot de passe. Le lien ci-dessous est valable une heure et ne sert qu'une fois.",
  "mail.reset.action": "Choisir un nouveau mot de passe",
  "mail.changeEmail.subject": "Confirmez votre nouvelle adresse e-mail",
  "mail.changeEmail.body":
    "Vous avez demandé à utiliser cette adresse pour votre compte. Confirmez-la pour que le changement prenne effet.",
  "mail.changeEmail.action": "Confirmer cette adresse",
  "mail.changeEmailNotice.subject": "Votre adresse e-mail a changé",
  "mail.changeEmailNotice.body":
    "L'adresse de votre compte est désormais {email}. Ce message est envoyé à votre ancienne adresse par sécurité.",
  "mail.passwordChanged.subject": "Votre mot de passe a changé",
  "mail.passwordChanged.body": "Le mot de passe de votre compte vient d'être changé.",
  "mail.deleted.subject": "Votre compte est supprimé",
  "mail.deleted.body":
    "Votre compte a été supprimé à votre demande. Nous ne vous enverrons plus de message à ce sujet.",
} as const;

export type MessageKey = keyof typeof fr;
