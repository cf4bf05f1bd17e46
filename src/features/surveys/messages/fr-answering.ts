/** The answering pages' messages, in French. */
export const frAnswering = {
  "surveys.answer.number": "Question {number}.",
  "surveys.answer.optional": "(facultative)",
  "surveys.answer.missing": "Répondez à cette question pour continuer.",
  "surveys.answer.invalid": "Choisissez une des réponses proposées.",
  "surveys.answer.tooLong": "Votre réponse dépasse 2 000 caractères : raccourcissez-la.",
  "surveys.nps.hint": "De 0 (pas du tout probable) à 10 (très probable).",
  "surveys.multiple.hint": "Plusieurs réponses possibles.",
  "surveys.text.hint": "{max} caractères au plus. N'y écrivez pas de numéro de compte ni de carte.",
  "surveys.satisfaction.1": "1 — Très insatisfait",
  "surveys.satisfaction.2": "2 — Insatisfait",
  "surveys.satisfaction.3": "3 — Ni satisfait ni insatisfait",
  "surveys.satisfaction.4": "4 — Satisfait",
  "surveys.satisfaction.5": "5 — Très satisfait",
  "surveys.effort.1": "1 — Très facile",
  "surveys.effort.2": "2 — Facile",
  "surveys.effort.3": "3 — Ni facile ni difficile",
  "surveys.effort.4": "4 — Difficile",
  "surveys.effort.5": "5 — Très difficile",
  "surveys.profile.title": "Pour finir, vous-même",
  "surveys.profile.intro":
    "Ces trois réponses sont facultatives. Elles servent seulement à redresser les résultats pour qu'ils représentent bien la clientèle.",
  "surveys.profile.unsaid": "Je préfère ne pas le dire",
  "surveys.profile.ageBand": "{band} ans",
  "surveys.progress": "Page {page} sur {pages}",
  "surveys.page.next": "Page suivante",
  "surveys.page.previous": "Page précédente",
  "surveys.page.save": "Enregistrer et reprendre plus tard",
  "surveys.page.submit": "Envoyer mes réponses",
  "surveys.page.comeBack":
    "Vos réponses sont gardées à chaque page. Vous pouvez quitter et revenir à l'adresse de cette page jusqu'à la fermeture du questionnaire ; ne la partagez pas.",
  "surveys.landing.length":
    "{count, plural, one {Une question} other {# questions}}, ouvert jusqu'au {closesOn} inclus.",
  "surveys.landing.repeats":
    "Pour limiter les réponses répétées sans déposer de cookie, nous comptons les questionnaires commencés depuis une même adresse réseau : {limit, plural, one {un par jour} other {# par jour}} au plus. Nous ne gardons pas cette adresse, seulement une empreinte chiffrée, oubliée au bout de 24 heures.",
  "surveys.landing.start": "Commencer",
  "surveys.outcome.thanks.title": "Merci pour vos réponses",
  "surveys.outcome.thanks.text":
    "Vos réponses sont enregistrées. Elles nous aident à mesurer ce que nous faisons de mieux, ou de moins bien.",
  "surveys.outcome.saved.title": "Réponses enregistrées",
  "surveys.outcome.saved.text":
    "Vos réponses sont gardées. Revenez à l'adresse du questionnaire pour continuer, jusqu'au {closesOn} inclus.",
  "surveys.outcome.saved.continue": "Continuer maintenant",
  "surveys.outcome.unknown.title": "Questionnaire introuvable",
  "surveys.outcome.unknown.text":
    "Cette adresse ne mène à aucun questionnaire en cours : elle est incomplète, ou vos réponses ont déjà été envoyées.",
  "surveys.outcome.closed.title": "Questionnaire fermé",
  "surveys.outcome.closed.text":
    "Ce questionnaire a fermé le {closesOn} : il ne reçoit plus de réponses. Si vous aviez commencé, vos réponses n'ont pas été envoyées.",
  "surveys.outcome.scheduled.title": "Questionnaire pas encore ouvert",
  "surveys.outcome.scheduled.text": "Ce questionnaire ouvrira le {opensOn}. Revenez à partir de cette date.",
  "surveys.outcome.limited.title": "Trop de réponses depuis cette connexion",
  "surveys.outcome.limited.text":
    "{limit, plural, one {Un questionnaire a déjà été commencé} other {# questionnaires ont déjà été commencés}} aujourd'hui depuis votre adresse réseau, le maximum pour ce lien. Réessayez demain, ou reprenez le questionnaire déjà commencé à son adresse.",
  "surveys.outcome.staff.title": "Réservé aux personnes que la banque interroge",
  "surveys.outcome.staff.text":
    "Vous êtes connecté avec un compte de l'équipe de la banque : ses membres ne répondent pas aux enquêtes de la banque, par aucun canal.",
  "surveys.outcome.home": "Retour à l'accueil",
} as const;
