/** The accounts' messages (signing up and in, the member's account, its e-mails), in French: the source of their keys. */
export const fr = {
  "account.email.missing": "Indiquez votre adresse e-mail.",
  "account.email.tooLong": "L'adresse e-mail ne peut pas dépasser 254 caractères.",
  "account.email.disposable":
    "Les adresses jetables ne sont pas acceptées : utilisez une adresse que vous consultez durablement, pour recevoir nos réponses.",
  "account.email.malformed": "Indiquez une adresse e-mail complète, par exemple nom@exemple.fr.",
  "account.email.same": "C'est déjà votre adresse actuelle.",
  "account.displayName.missing": "Indiquez le nom qui sera affiché.",
  "account.displayName.tooShort": "Le nom affiché doit compter au moins 2 caractères.",
  "account.displayName.tooLong": "Le nom affiché ne peut pas dépasser 40 caractères.",
  "account.displayName.reserved":
    "Ce nom pourrait faire croire que vous parlez au nom de la banque (des mots comme « conseiller », « support », « officiel » ou le nom de la banque) : choisissez-en un autre. L'équipe de la banque porte un badge que personne ne peut copier.",
  "account.displayName.personalData":
    "Votre nom est affiché sur vos messages : n'y mettez ni numéro de téléphone, ni adresse e-mail, ni numéro de compte.",
  "account.displayName.invalidCharacters":
    "Le nom affiché contient des caractères invisibles ou de contrôle : retirez-les.",
  "account.displayName.notAName":
    "Le nom affiché commence par une lettre ou un chiffre et ne contient que des lettres, des chiffres, des espaces et les signes . , ' ’ - _ & ( ) : retirez les autres signes.",
  "account.password.wrong": "Le mot de passe n'est pas le bon.",
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
  "secondFactor.locked":
    "Trop de codes erronés ont été saisis pour ce compte : par sécurité, le second facteur est bloqué pendant 15 minutes. Le titulaire a été prévenu par e-mail.",
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
  "mail.secondFactorLocked.subject": "Quelqu'un essaie d'accéder à votre compte",
  "mail.secondFactorLocked.body":
    "Votre mot de passe a été saisi correctement, puis plusieurs codes de second facteur erronés. Par sécurité, le second facteur de votre compte est bloqué jusqu'au {time}.",
  "mail.secondFactorLocked.advice":
    "Si ce n'était pas vous, votre mot de passe est connu de quelqu'un d'autre : changez-le dès maintenant.",
  "mail.secondFactorLocked.action": "Changer mon mot de passe",
  "mail.deleted.subject": "Votre compte est supprimé",
  "mail.deleted.body":
    "Votre compte a été supprimé à votre demande. Nous ne vous enverrons plus de message à ce sujet.",
  "account.nav.messages": "Mes messages",
  "account.nav.reviews": "Mes avis",
  "account.nav.notifications": "Notifications",
  "account.nav.bookmarks": "Signets",
  "account.publicProfile": "Voir mon profil public",
  "account.displayName.title": "Nom affiché",
  "account.displayName.submit": "Changer de nom",
  "account.displayName.changed": "Votre nom affiché a été changé. Il apparaît sur tous vos messages.",
  "signIn.suspended":
    "Ce compte est suspendu par la modération pour une durée limitée. La décision et la façon de la contester vous ont été envoyées par e-mail.",
  "account.nav.moderation": "Ma modération",
  "mail.deleted.kept": "Sont conservés, comme la loi le demande :",
  "account.nav.data": "Mes données",
  "account.delete.withdrawLabel":
    "Retirer aussi mes messages publics (sinon ils restent lisibles, signés « Ancien membre » ; un sujet où d'autres ont répondu reste pour leurs réponses, sous un titre neutre).",
  "mail.ignoreIfNotYou":
    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne sera changé.",
  "mail.contactIfNotYou":
    "Si vous n'êtes pas à l'origine de ce changement, changez votre mot de passe et contactez la banque sans attendre.",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
