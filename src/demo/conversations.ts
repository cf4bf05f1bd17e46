import type { DemoReply, DemoTopic } from "./community.ts";

/**
 * About two hundred more demo conversations, from situations French bank clients really write
 * about, each brought up in several ways as people do, with the peers' and the team's answers. A
 * seeded random generator picks who speaks and when, so the result is the same on every machine.
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Situation {
  category: string;
  kind: DemoTopic["kind"];
  /**
   * The ways members bring it up, each written once as people write: a title and its message.
   * No title is another's with a word swapped (test/demo.test.ts checks it).
   */
  askings: [title: string, body: string][];
  /** Peer answers, then the team's answer (accepted on questions when `solved`). */
  peer: string[];
  advisor: string;
  thanks?: string;
  solved?: boolean;
}

const SITUATIONS: Situation[] = [
  {
    category: "comptes-et-cartes",
    kind: "question",
    askings: [
      [
        "Sans contact refusé à la boulangerie ce matin",
        "Bonjour, ce matin ma carte a été refusée en sans contact pour 4 €, alors qu'en insérant la carte avec le code ça passe. Quelqu'un sait pourquoi ?",
      ],
      [
        "Ma carte ne passe plus en sans contact depuis hier",
        "Depuis hier, chaque fois que je pose la carte sur le terminal, c'est refusé. Avec le code aucun souci. Ma carte est-elle abîmée ?",
      ],
      [
        "Le terminal me demande mon code alors que je paie 8 €",
        "Au supermarché, pour 8 €, le terminal m'a demandé de taper mon code. D'habitude le sans contact marche très bien. C'est un bug ?",
      ],
      [
        "Refus en sans contact au péage, normal ?",
        "J'ai été bloqué au péage : refus en sans contact, j'ai dû insérer la carte. Je paie pourtant toujours comme ça. Une explication ?",
      ],
      [
        "Pourquoi le sans contact marche un jour sur deux ?",
        "Certains jours le sans contact passe, d'autres jours il faut le code. Je n'arrive pas à comprendre la logique. Vous savez comment ça fonctionne ?",
      ],
      [
        "Sans contact refusé mais paiement avec code accepté",
        "Petite question : mon paiement sans contact a été refusé, puis accepté tout de suite avec le code. Je dois m'inquiéter ?",
      ],
      [
        "Carte toute neuve et sans contact qui ne marche pas",
        "J'ai reçu ma nouvelle carte la semaine dernière et le sans contact ne fonctionne jamais. Il faut l'activer quelque part ?",
      ],
    ],
    peer: [
      "Au bout d'un certain nombre de paiements sans contact, la carte demande le code une fois. C'est une sécurité.",
      "Pareil chez moi la semaine dernière, un paiement avec code et c'est reparti.",
    ],
    advisor:
      "Bonjour, c'est bien ça : après quelques paiements sans contact d'affilée, ou au-delà d'un certain montant cumulé, la carte demande le code une fois pour vérifier que c'est vous. Faites un paiement avec le code, le sans contact revient ensuite.",
    thanks: "Testé ce midi, ça remarche. Merci !",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    askings: [
      [
        "Plafond trop bas pour payer une voiture d'occasion",
        "J'ai trouvé une voiture d'occasion chez un garagiste, mais mon plafond de paiement sur 30 jours ne suffit pas. Peut-on le relever quelques jours ?",
      ],
      [
        "Comment relever mon plafond le temps d'un déménagement ?",
        "Entre le camion, les cartons et la caution du nouvel appartement, je vais dépasser mon plafond ce mois-ci. Il y a une solution rapide ?",
      ],
      [
        "Billets d'avion refusés : plafond atteint",
        "Je voulais réserver les billets d'avion pour toute la famille et le paiement est refusé, plafond atteint. Comment faire avant que les prix montent ?",
      ],
      [
        "Acompte de travaux à régler par carte, mon plafond bloque",
        "L'artisan demande un acompte par carte et je dépasse mon plafond mensuel. Est-ce qu'on peut l'augmenter juste pour ce paiement ?",
      ],
      [
        "Relever le plafond de ma carte pour un mois seulement",
        "Je dois payer des meubles et un ordinateur le même mois. Possible d'avoir un plafond plus haut pendant un mois, puis de revenir à la normale ?",
      ],
      [
        "Frais de scolarité à payer en une fois : mon plafond suffit pas",
        "L'école de mon fils demande les frais de scolarité en une fois, par carte. Mon plafond ne suffit pas. Comment vous faites, vous ?",
      ],
      [
        "Paiement refusé chez le concessionnaire moto",
        "Paiement de l'acompte pour ma moto refusé, le vendeur me dit que c'est mon plafond. Je peux le changer moi-même ?",
      ],
    ],
    peer: ["Dans l'appli il y a une option pour ça dans les réglages de la carte, c'est immédiat."],
    advisor:
      "Bonjour, oui : dans l'application, **Cartes > Plafonds > Augmenter temporairement**. L'augmentation dure 30 jours au plus et revient ensuite toute seule au plafond habituel. Si le montant dépasse ce que propose l'application, votre conseiller peut l'ajuster.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "discussion",
    askings: [
      [
        "Étudiant : carte à débit différé, bonne ou mauvaise idée ?",
        "Je suis étudiant avec un petit budget. Un ami me conseille le débit différé pour « avoir de la marge ». J'ai peur de perdre le fil. Vos avis ?",
      ],
      [
        "Indépendant, je me demande si le débit différé m'aiderait",
        "Mes revenus arrivent de façon irrégulière. Le débit différé m'aiderait-il à lisser, ou c'est un piège ?",
      ],
      [
        "Passer en débit immédiat à la retraite ?",
        "Maintenant que je suis à la retraite, je me demande si garder le débit différé a encore un intérêt. Qu'en pensez-vous ?",
      ],
      [
        "Vos retours sur le débit différé au quotidien",
        "Je réfléchis à passer en débit différé. Ceux qui l'ont, vous êtes contents ? Qu'est-ce qui vous a surpris au début ?",
      ],
      [
        "Débit différé : on s'y perd vite ?",
        "On me propose une carte à débit différé au renouvellement. Ceux qui ont essayé, est-ce qu'on garde facilement le compte de ses dépenses ?",
      ],
    ],
    peer: [
      "Différé depuis 10 ans, ça aide à lisser le mois. Mais il faut suivre ses dépenses dans l'appli.",
      "Je suis revenu à l'immédiat, je préfère voir mon solde exact.",
      "Le différé coûte un peu plus cher chez la plupart des banques, à comparer.",
    ],
    advisor:
      "Merci pour vos retours. Pour info, la différence de tarif entre les deux cartes est indiquée dans la grille tarifaire, rubrique Cartes. Le passage de l'une à l'autre se fait sans frais au renouvellement de la carte.",
  },
  {
    category: "credit-immobilier",
    kind: "question",
    askings: [
      [
        "Accord de prêt il y a dix jours, toujours pas d'offre",
        "Bonjour, dossier accepté en agence il y a dix jours, toujours pas d'offre de prêt. Le compromis prévoit un délai serré, je m'inquiète un peu.",
      ],
      [
        "Combien de temps entre l'accord et l'offre de prêt ?",
        "Notre conseiller nous a donné son accord de principe. Combien de temps faut-il en général pour recevoir l'offre écrite ?",
      ],
      [
        "Date de signature chez le notaire approche, offre pas reçue",
        "La signature chez le notaire est dans cinq semaines et nous n'avons pas encore l'offre. Est-ce que ça peut passer ?",
      ],
      [
        "Offre de prêt bloquée par l'assurance emprunteur ?",
        "On m'a dit que mon offre attendait la réponse de l'assurance emprunteur. Ça prend combien de temps d'habitude ?",
      ],
      [
        "Suivre l'avancement de mon dossier de prêt immobilier",
        "Y a-t-il un moyen de savoir où en est mon dossier de prêt sans appeler l'agence tous les deux jours ?",
      ],
      [
        "Condition suspensive de prêt bientôt échue, que faire ?",
        "La condition suspensive d'obtention de prêt expire dans quinze jours et l'offre n'est pas arrivée. Faut-il prévenir le vendeur ?",
      ],
      [
        "Le vendeur s'impatiente, notre offre de prêt n'arrive pas",
        "L'agent immobilier nous relance chaque semaine, et l'offre de prêt n'est toujours pas arrivée trois semaines après l'accord. On peut accélérer ?",
      ],
    ],
    peer: ["Pour moi il a fallu trois semaines entre l'accord et l'offre."],
    advisor:
      "Bonjour, l'offre part en général dans les 2 à 3 semaines après l'accord, le temps de l'assurance emprunteur et des garanties. Rappel important : une fois l'offre reçue, la loi impose un délai de réflexion de 10 jours avant de l'accepter. Envoyez-nous votre numéro de dossier en message privé, nous vérifions où il en est.",
    thanks: "Offre reçue deux jours plus tard. Merci pour le suivi.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "question",
    askings: [
      [
        "Loi Lemoine : comment changer mon assurance de prêt ?",
        "J'ai lu qu'on pouvait changer d'assurance emprunteur à tout moment. Concrètement, quelles sont les étapes ?",
      ],
      [
        "Économiser sur l'assurance de mon crédit signé en 2019",
        "Mon crédit date de 2019 et l'assurance me coûte cher. Un courtier me propose moitié prix. Vous acceptez ce genre de changement ?",
      ],
      [
        "Délégation d'assurance refusée, on peut contester ?",
        "Ma demande de changement d'assurance a été refusée pour « garanties non équivalentes ». Comment savoir ce qui manque ?",
      ],
      [
        "Quels documents pour substituer mon assurance emprunteur ?",
        "Je veux changer d'assureur pour mon prêt immobilier. Qu'est-ce que je dois vous envoyer exactement, et à qui ?",
      ],
      [
        "Plus de questionnaire de santé : j'en profite pour changer ?",
        "Mon prêt finit dans six ans et il me reste moins de 200 000 €. On m'a dit que je n'aurais plus de questionnaire de santé. Ça vaut le coup de changer d'assurance ?",
      ],
      [
        "Combien de temps pour une réponse sur le changement d'assurance ?",
        "J'ai envoyé mon nouveau contrat d'assurance il y a une semaine. Quel est le délai de réponse de la banque ?",
      ],
    ],
    peer: [
      "Je l'ai fait l'an dernier, j'économise pas mal. Il faut un contrat avec des garanties équivalentes.",
    ],
    advisor:
      "Bonjour, depuis la loi Lemoine vous pouvez changer d'assurance emprunteur à tout moment, sans frais. Envoyez-nous le nouveau contrat : nous avons 10 jours ouvrés pour répondre, et nous n'acceptons ou ne refusons que sur l'équivalence des garanties. En cas de refus, nous devons en donner les raisons par écrit.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "discussion",
    askings: [
      [
        "Prêt à 3,9 % : renégocier maintenant ou attendre ?",
        "Mon prêt est à 3,9 %. Avec les taux actuels, vous pensez qu'une renégociation vaut le coup ?",
      ],
      [
        "Rachat de crédit par une autre banque, vos expériences",
        "Une banque concurrente me propose de racheter mon crédit immobilier. Quelqu'un l'a fait ? Les frais mangent-ils tout le gain ?",
      ],
      [
        "À partir de quel écart de taux renégocier ?",
        "On entend tout et son contraire sur l'écart de taux minimum pour que renégocier soit rentable. Vous avez une règle ?",
      ],
      [
        "Renégociation : les frais de garantie m'ont refroidi",
        "J'ai fait le calcul pour renégocier et entre les indemnités et la nouvelle garantie, il ne reste presque rien. J'ai raté quelque chose ?",
      ],
    ],
    peer: [
      "Règle de base qu'on m'avait donnée : au moins 0,7 point d'écart et pas trop avancé dans le prêt.",
      "Attention aux indemnités de remboursement anticipé et aux frais de garantie, ça mange vite le gain.",
    ],
    advisor:
      "Bonnes remarques. Le calcul dépend du capital restant, de la durée restante et des frais (indemnités, garantie). Votre conseiller peut faire une simulation gratuite avec vos chiffres, sans engagement.",
  },
  {
    category: "epargne-et-placements",
    kind: "question",
    askings: [
      [
        "Livret A au plafond, et maintenant ?",
        "Mon Livret A est plein. J'ai encore un peu de côté chaque mois. Quelles options sans trop de risque ?",
      ],
      [
        "Où mettre 5 000 € disponibles à tout moment ?",
        "J'ai 5 000 € d'économies que je veux pouvoir récupérer rapidement en cas de coup dur. Livret, compte à terme, autre chose ?",
      ],
      [
        "LDDS ou LEP : lequel ouvrir en premier ?",
        "Mon Livret A est au plafond. Entre le LDDS et le LEP, lequel choisir ? Je ne sais pas si j'ai droit au LEP.",
      ],
      [
        "Épargne de précaution : combien garder sur les livrets ?",
        "On conseille trois à six mois de dépenses sur des livrets. Mon Livret A est plein et je ne sais pas où mettre le reste. Vous faites comment ?",
      ],
      [
        "Héritage de 20 000 € : je ne veux pas prendre de risque",
        "Je viens d'hériter de 20 000 € et mon Livret A est déjà plein. Je ne connais rien aux placements. Par où commencer ?",
      ],
      [
        "Compte à terme ou livret pour une somme bloquée un an ?",
        "Mon Livret A est déjà plein et j'ai 10 000 € dont je n'aurai pas besoin avant un an. Un compte à terme rapporte-t-il plus qu'un autre livret ?",
      ],
    ],
    peer: [
      "LDDS d'abord, même taux que le Livret A.",
      "Si tu peux attendre plusieurs années, une assurance vie en fonds euros.",
    ],
    advisor:
      "Bonjour, le LDDS offre le même taux que le Livret A, avec un plafond de 12 000 €. Le LEP est encore mieux rémunéré si vos revenus y donnent droit. Au-delà, tout dépend de quand vous aurez besoin de cet argent : parlons-en avec votre conseiller, qui fera le point sur votre situation.",
    solved: true,
  },
  {
    category: "epargne-et-placements",
    kind: "question",
    askings: [
      [
        "Je ne vois pas les intérêts de mon Livret A",
        "J'ai regardé mon relevé et il n'y a aucun intérêt sur mon Livret A cette année. Ils arrivent quand ?",
      ],
      [
        "Calcul des intérêts par quinzaine : ça veut dire quoi ?",
        "J'ai lu que les intérêts des livrets se calculent « par quinzaine ». Si je verse le 10 du mois, ça compte à partir de quand ?",
      ],
      [
        "Intérêts du LEP pas encore crédités fin décembre",
        "On est le 30 décembre et je ne vois pas encore les intérêts de mon LEP. C'est normal ?",
      ],
      [
        "Retirer de mon livret avant la fin de l'année me fait perdre les intérêts ?",
        "Si je retire une partie de mon livret jeune en novembre, est-ce que je perds les intérêts de l'année ?",
      ],
      [
        "Rien sur le relevé de décembre pour mon LDDS",
        "Le relevé de décembre de mon LDDS ne montre aucun intérêt. Ils ont été oubliés ?",
      ],
    ],
    peer: ["C'est une fois par an, début janvier."],
    advisor:
      "Bonjour, les intérêts des livrets réglementés sont calculés par quinzaine et versés une fois par an, fin décembre : ils apparaissent sur le relevé de janvier.",
    thanks: "Ah d'accord, je comprends mieux. Merci.",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "question",
    askings: [
      [
        "L'appli plante à l'ouverture depuis la mise à jour",
        "Depuis la dernière mise à jour, l'application se ferme dès l'ouverture sur mon Galaxy A52. Réinstallée deux fois, rien à faire.",
      ],
      [
        "Écran blanc puis retour à l'accueil sur iPhone 13 mini",
        "Quand je lance l'application, j'ai un écran blanc deux secondes et je me retrouve sur l'écran d'accueil du téléphone. Quelqu'un d'autre ?",
      ],
      [
        "Impossible d'ouvrir l'application depuis ce matin",
        "Bonjour, depuis ce matin l'application refuse de s'ouvrir sur mon Pixel 7. Panne générale ou problème chez moi ?",
      ],
      [
        "Application qui crashe sur un vieux téléphone",
        "J'ai un Redmi Note 11 et l'application plante au lancement. Est-ce que mon téléphone n'est plus compatible ?",
      ],
      [
        "Crash au lancement, même après redémarrage",
        "J'ai redémarré le téléphone, vidé le cache, rien n'y fait : l'application se ferme tout de suite. Une idée ?",
      ],
      [
        "Fairphone 5 : l'appli bancaire ne se lance plus",
        "Depuis que mon Fairphone a fait sa mise à jour système, l'application se ferme au démarrage. Un correctif est prévu ?",
      ],
    ],
    peer: ["Même souci, vider le cache de l'appli a marché pour moi (Android)."],
    advisor:
      "Bonjour, merci du signalement. Un correctif est en cours de publication dans les magasins d'applications. En attendant, vider le cache (Android) ou redémarrer le téléphone règle le problème dans la plupart des cas. Votre espace client reste accessible depuis le site.",
    thanks: "Mise à jour passée, tout est revenu.",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "discussion",
    askings: [
      [
        "Un mode sombre, ce serait possible ?",
        "Je consulte mes comptes le soir et l'écran blanc éblouit. Un mode sombre, qui serait intéressé ?",
      ],
      [
        "Partager son RIB en QR code",
        "Ce serait pratique de pouvoir montrer un QR code à un ami pour qu'il ajoute mon RIB sans rien taper. Qui en voudrait ?",
      ],
      [
        "Suggestion : des alertes de solde réglables",
        "J'aimerais être prévenu quand mon solde passe sous un montant que je choisis, pas sous le seuil fixé par défaut. Vous aussi ?",
      ],
      [
        "Exporter ses opérations en CSV depuis le téléphone",
        "Pour faire mon budget dans un tableur, il me faudrait un export CSV des opérations. Aujourd'hui je dois passer par le site.",
      ],
      [
        "Chercher une opération par son montant",
        "Retrouver une opération quand on connaît seulement le montant est un calvaire. Une recherche par montant, ça vous servirait ?",
      ],
      [
        "Un widget pour voir son solde sans ouvrir l'appli",
        "Un petit widget sur l'écran d'accueil avec le solde du compte courant, ça me ferait gagner du temps. Des amateurs ?",
      ],
      [
        "Texte plus grand pour ceux qui voient mal",
        "Ma mère a du mal à lire les montants dans l'application. Une option de police plus grande serait bienvenue.",
      ],
      [
        "Signer ses contrats directement sur le téléphone",
        "Pour une simple assurance, on me demande d'aller sur le site pour signer. Pouvoir signer depuis le téléphone, ce serait top.",
      ],
    ],
    peer: ["+1, ça me servirait tous les mois.", "Oui ! Et sur la version web aussi."],
    advisor:
      "Merci pour l'idée, elle est transmise à l'équipe produit avec vos votes. Nous donnerons des nouvelles ici dès qu'elle est planifiée — ou si elle ne l'est pas, en expliquant pourquoi.",
  },
  {
    category: "frais-bancaires",
    kind: "question",
    askings: [
      [
        "C'est quoi une commission d'intervention ?",
        "Je vois une ligne « commission d'intervention » sur mon relevé de ce mois. Je ne comprends pas à quoi ça correspond.",
      ],
      [
        "Frais de rejet de prélèvement : je conteste ?",
        "Un prélèvement a été rejeté alors que j'ai été à découvert seulement deux jours, et on me facture des frais. C'est normal ?",
      ],
      [
        "Des frais de tenue de compte apparus en janvier",
        "Depuis janvier je paie des frais de tenue de compte que je n'avais pas avant. On m'a prévenu ?",
      ],
      [
        "Ligne de frais inconnue sur mon relevé de mars",
        "Il y a une ligne de frais de 8 € que je n'identifie pas sur mon relevé de mars. Comment savoir à quoi elle correspond ?",
      ],
      [
        "Frais bancaires facturés deux fois ?",
        "J'ai l'impression d'avoir été prélevé deux fois des mêmes frais ce mois-ci. À qui je m'adresse ?",
      ],
    ],
    peer: ["Regarde la grille tarifaire sur le site, chaque frais y est expliqué."],
    advisor:
      "Bonjour, chaque ligne de frais correspond à une rubrique de la grille tarifaire, avec son montant et son plafond. Si ces frais vous semblent injustifiés, écrivez-nous en message privé avec la date de l'opération : nous regardons et, si c'est le cas, nous remboursons. Pensez à ne jamais publier ici votre numéro de compte.",
    solved: true,
  },
  {
    category: "frais-bancaires",
    kind: "discussion",
    askings: [
      [
        "Vous payez combien de frais bancaires par an ?",
        "Par curiosité, j'ai fait le calcul sur le récapitulatif annuel des frais : j'arrive à 96 €. Et vous ?",
      ],
      [
        "Le récapitulatif annuel des frais vient d'arriver",
        "Je viens de recevoir le récapitulatif des frais de l'année. 140 €, surtout à cause de la carte. Vous trouvez ça raisonnable ?",
      ],
      [
        "Comment vous avez fait baisser vos frais bancaires ?",
        "Mes frais ont doublé en deux ans. Ceux qui ont réussi à les réduire, vous avez fait quoi ?",
      ],
    ],
    peer: [
      "62 € pour moi, surtout la carte.",
      "Près de 200 € à cause de commissions d'intervention, ça pique.",
    ],
    advisor:
      "Merci pour ce fil très utile. Les commissions d'intervention sont plafonnées par la loi, et encore plus pour les clients fragiles financièrement. Si vous êtes souvent à découvert, un conseiller peut vous proposer une offre adaptée.",
  },
  {
    category: "securite-et-fraude",
    kind: "question",
    askings: [
      [
        "SMS « votre carte est suspendue » : c'est vous ?",
        "Je viens de recevoir un SMS disant que ma carte est suspendue, avec un lien pour la réactiver. Ça vient de vous ?",
      ],
      [
        "Message m'annonçant un nouveau bénéficiaire que je n'ai pas ajouté",
        "Un SMS me dit qu'un bénéficiaire a été ajouté à mon compte et me donne un numéro à rappeler. Je n'ai rien ajouté. Je fais quoi ?",
      ],
      [
        "Faux SMS de colis bloqué en douane",
        "Encore un SMS de colis bloqué en douane, avec 1,99 € à payer. Je n'attends rien. Je le signale où ?",
      ],
      [
        "On me demande de confirmer mes coordonnées pour un remboursement",
        "SMS reçu : « remboursement en attente, confirmez vos coordonnées bancaires ». Ça sent l'arnaque, non ?",
      ],
      [
        "« Votre clé sécurisée expire aujourd'hui » : SMS douteux",
        "Un SMS très bien imité me dit que ma clé sécurisée expire et qu'il faut la renouveler par un lien. Vous envoyez ce genre de message ?",
      ],
      [
        "SMS d'amende impayée avec un lien de paiement",
        "On me réclame une amende impayée par SMS, à régler sous 48 h par un lien. Je n'ai pourtant pas de voiture. C'est une arnaque ?",
      ],
      [
        "Ma mère a reçu un SMS au sujet de sa carte Vitale",
        "Ma mère a reçu un SMS lui disant de renouveler sa carte Vitale en ligne en donnant sa carte bancaire. Elle a failli cliquer. C'est une arnaque connue ?",
      ],
    ],
    peer: ["Jamais cliquer ! La banque n'envoie pas de liens pour ça."],
    advisor:
      "Bonjour, ce message ne vient pas de nous : c'est une tentative d'hameçonnage. Ne cliquez pas, supprimez-le, et signalez-le au 33700. Si vous avez déjà cliqué et saisi des informations, faites opposition sur votre carte dans l'application et appelez-nous.",
    thanks: "Supprimé et signalé. Merci pour la réponse rapide.",
    solved: true,
  },
  {
    category: "securite-et-fraude",
    kind: "question",
    askings: [
      [
        "Un paiement de 49,99 € que je n'ai jamais fait",
        "Je vois un paiement de 49,99 € chez un marchand que je ne connais pas. Qu'est-ce que je dois faire ?",
      ],
      [
        "Abonnement inconnu débité sur ma carte chaque mois",
        "Un abonnement à 19,90 € passe sur ma carte tous les mois depuis trois mois. Je ne l'ai jamais souscrit. Comment l'arrêter et me faire rembourser ?",
      ],
      [
        "Plusieurs petits paiements en dollars sur ma carte",
        "Cette nuit, quatre paiements de quelques dollars sont passés sur ma carte, alors que je dormais. Fraude ?",
      ],
      [
        "Retrait d'espèces que je n'ai pas fait",
        "Mon relevé montre un retrait de 240 € dans une ville où je ne suis jamais allé. Ma carte est pourtant dans mon portefeuille.",
      ],
      [
        "Fraude à la carte : combien de temps pour être remboursé ?",
        "J'ai contesté un paiement frauduleux de 320 € il y a une semaine. Au bout de combien de temps suis-je remboursé ?",
      ],
      [
        "Débit de 89,90 € d'un site de vente inconnu",
        "Je découvre un débit de 89,90 € d'un site de vente en ligne dont je n'ai jamais entendu parler. Opposition tout de suite ?",
      ],
    ],
    peer: ["Opposition tout de suite, puis contestation dans l'appli. Chez moi remboursé en une semaine."],
    advisor:
      "Bonjour, faites opposition sur votre carte dès maintenant dans l'application, puis contestez l'opération depuis son détail. Pour un paiement que vous n'avez pas autorisé, nous remboursons au plus tard à la fin du premier jour ouvrable suivant votre signalement, sauf soupçon de fraude de votre part. N'indiquez ici aucun numéro de carte ou de compte.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    askings: [
      [
        "Chèque déposé lundi, pas encore sur mon compte",
        "J'ai déposé un chèque lundi à l'agence et je ne le vois toujours pas sur mon compte. C'est normal ?",
      ],
      [
        "Combien de temps pour encaisser un chèque ?",
        "On me dit deux jours, on me dit une semaine… Quel est vraiment le délai d'encaissement d'un chèque ?",
      ],
      [
        "Chèque crédité mais somme indisponible",
        "Mon chèque apparaît sur le compte mais la somme n'est pas disponible. Pourquoi ce décalage ?",
      ],
      [
        "Chèque déposé à l'automate il y a dix jours, rien",
        "J'ai déposé un chèque dans l'automate il y a dix jours. Rien sur mon compte. Il a pu se perdre ?",
      ],
      [
        "Chèque de remboursement de l'assurance toujours en attente",
        "L'assurance m'a envoyé un chèque que j'ai déposé il y a six jours. Toujours rien sur le compte. Je relance qui ?",
      ],
    ],
    peer: ["Il y a souvent un délai d'encaissement de quelques jours ouvrés, les week-ends ne comptent pas."],
    advisor:
      "Bonjour, un chèque est en général crédité sous 1 à 3 jours ouvrés, mais la somme peut rester indisponible quelques jours de plus le temps que la banque de l'émetteur le règle. Au-delà d'une semaine, écrivez-nous en message privé avec la date du dépôt : nous le retrouverons.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    askings: [
      [
        "Premier compte pour ma fille de 12 ans",
        "Ma fille a 12 ans et voudrait sa propre carte. Qu'est-ce que vous proposez à cet âge, et faut-il venir en agence ?",
      ],
      [
        "Carte bancaire pour un ado de 16 ans : quels plafonds ?",
        "Mon fils a 16 ans et commence un petit job d'été. Quelle carte lui ouvrir et qui fixe les plafonds ?",
      ],
      [
        "Argent de poche : vous versez sur un compte ?",
        "On hésite à verser l'argent de poche de nos enfants sur un compte plutôt qu'en liquide. Vous faites comment ?",
      ],
      [
        "Compte pour mineur : faut-il l'accord des deux parents ?",
        "Nous sommes séparés, le père et moi. Pour ouvrir un compte à notre fils, faut-il nos deux signatures ?",
      ],
      [
        "Une carte à autorisation systématique dès 11 ans ?",
        "Mon fils entre en sixième et prend le bus seul. Une carte à autorisation systématique, c'est possible à son âge ?",
      ],
    ],
    peer: ["Mon fils a eu une carte à autorisation systématique à 12 ans, on règle le plafond dans l'appli."],
    advisor:
      "Bonjour, dès 11 ans nous proposons un compte avec une carte à autorisation systématique : chaque paiement est vérifié, et vous réglez les plafonds depuis votre application. L'ouverture se fait en ligne avec vos deux pièces d'identité et le livret de famille.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "question",
    askings: [
      [
        "Rembourser une partie de mon prêt avec ma prime",
        "Je voudrais rembourser une partie de mon crédit immobilier grâce à une prime. Combien vais-je payer d'indemnités ?",
      ],
      [
        "Réduire la durée ou la mensualité après un remboursement partiel ?",
        "Si je rembourse 10 000 € par anticipation, vaut-il mieux réduire la durée du prêt ou la mensualité ?",
      ],
      [
        "Vendre et solder son crédit : quels frais prévoir ?",
        "Nous vendons notre maison et allons rembourser tout le prêt. Quels frais faut-il prévoir en plus du capital ?",
      ],
      [
        "Décompte de remboursement anticipé : comment l'obtenir ?",
        "Le notaire me demande un décompte de remboursement anticipé. Où est-ce que je le demande ?",
      ],
    ],
    peer: ["Regarde ton offre de prêt, les indemnités y sont écrites. Chez moi c'était plafonné."],
    advisor:
      "Bonjour, les indemnités de remboursement anticipé sont plafonnées par la loi : 6 mois d'intérêts sur la somme remboursée, et au plus 3 % du capital restant dû. Votre offre peut prévoir moins, ou aucune. Demandez un décompte à votre conseiller : il vous donnera le montant exact et l'effet sur vos mensualités.",
    solved: true,
  },
  {
    category: "epargne-et-placements",
    kind: "question",
    askings: [
      [
        "Mettre 50 € par mois sur une assurance vie, ça sert à quelque chose ?",
        "Je ne peux mettre que 50 € par mois de côté. Une assurance vie a-t-elle un intérêt avec si peu ?",
      ],
      [
        "Versements programmés : vos conseils pour débuter",
        "Je pense mettre en place un versement programmé sur une assurance vie. Des conseils avant de me lancer ?",
      ],
      [
        "Versements réguliers ou gros versement une fois par an ?",
        "Je peux soit verser 100 € chaque mois, soit 1 200 € en une fois en fin d'année. Qu'est-ce qui est le plus intéressant sur une assurance vie ?",
      ],
      [
        "Assurance vie à 8 ans : qu'est-ce qui change vraiment ?",
        "On me parle toujours du cap des 8 ans pour l'assurance vie. Concrètement, qu'est-ce qui change ?",
      ],
      [
        "Fonds euros ou unités de compte pour des versements mensuels ?",
        "Pour des versements de 200 € par mois sur 15 ans, vous mettriez quelle part en unités de compte ?",
      ],
    ],
    peer: ["Je fais ça depuis 5 ans, l'important est de ne pas y toucher les premières années."],
    advisor:
      "Bonjour, un versement régulier est une bonne façon d'épargner sans y penser. Deux points à vérifier : les frais sur versements, et la part entre fonds euros et unités de compte, qui dépend du risque que vous acceptez. Après 8 ans, la fiscalité devient plus douce. Votre conseiller peut faire le point avec vous.",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "question",
    askings: [
      [
        "Je ne reçois plus les notifications de paiement",
        "Je ne reçois plus les notifications quand je paie avec ma carte. Elles sont pourtant activées dans l'application.",
      ],
      [
        "Notifications qui arrivent avec des heures de retard",
        "Les notifications de paiement m'arrivent parfois trois heures après. Ça dépend de quoi ?",
      ],
      [
        "Alertes de paiement disparues depuis que j'ai changé de téléphone",
        "Depuis que je suis passé sur un iPhone 15, plus aucune alerte de paiement. J'ai oublié un réglage ?",
      ],
      [
        "Les alertes de paiement ne s'affichent plus écran verrouillé",
        "Sur mon Galaxy S23, les alertes de paiement n'apparaissent plus quand le téléphone est verrouillé. Je ne les vois qu'en ouvrant l'appli.",
      ],
      [
        "Plus aucune alerte de solde bas",
        "Je recevais une alerte quand mon solde passait sous 100 €, plus rien depuis un mois. Le service a changé ?",
      ],
    ],
    peer: ["Vérifie aussi les réglages de notifications du téléphone, pas seulement ceux de l'appli."],
    advisor:
      "Bonjour, vérifiez que les notifications de l'application sont autorisées dans les réglages du téléphone, et que le mode économie d'énergie ne la met pas en veille. Si c'est bon et que rien n'arrive, déconnectez-vous puis reconnectez-vous : l'abonnement aux notifications est renouvelé.",
    thanks: "C'était le mode économie d'énergie. Merci !",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "question",
    askings: [
      [
        "La clé sécurisée tourne dans le vide quand je valide un virement",
        "Quand je valide un virement, la clé sécurisée tourne sans fin et rien ne se passe. Quelqu'un a eu ça ?",
      ],
      [
        "Nouveau téléphone : comment réactiver la clé sécurisée ?",
        "J'ai changé de téléphone ce week-end et je ne peux plus valider mes opérations. Comment je récupère la clé sécurisée ?",
      ],
      [
        "Virement urgent bloqué par la validation",
        "Je dois faire un virement urgent pour une caution et la validation échoue à chaque fois. Il y a un autre moyen ?",
      ],
      [
        "Clé sécurisée sur deux téléphones, possible ?",
        "J'aimerais valider mes opérations depuis mon téléphone perso et celui du travail. On peut avoir la clé sur les deux ?",
      ],
      [
        "Clé sécurisée perdue après réinstallation de l'application",
        "J'ai désinstallé puis réinstallé l'application pour libérer de la place, et depuis je ne peux plus rien valider. Comment je fais ?",
      ],
    ],
    peer: ["Oui, il a fallu que je réactive la clé sécurisée dans le profil."],
    advisor:
      "Bonjour, la clé sécurisée est liée à un seul téléphone : si vous en avez changé ou réinstallé l'application, il faut la réactiver dans **Profil > Sécurité**. Vous recevrez un code par SMS pour confirmer. Aucun conseiller ne vous demandera jamais ce code.",
    solved: true,
  },
  {
    category: "frais-bancaires",
    kind: "question",
    askings: [
      [
        "Retrait à Londres : 6 € de frais pour 50 livres !",
        "J'ai retiré 50 livres à Londres et je vois plus de 6 € de frais. Comment les éviter la prochaine fois ?",
      ],
      [
        "Payer par carte ou retirer du liquide en voyage ?",
        "Je pars trois semaines au Japon. Vaut-il mieux retirer beaucoup d'un coup ou payer par carte partout ?",
      ],
      [
        "Le distributeur m'a proposé de payer en euros : j'ai bien fait ?",
        "À Marrakech, le distributeur m'a proposé de débiter directement en euros. J'ai accepté. C'était une erreur ?",
      ],
      [
        "Frais de change sur mes paiements en Suisse",
        "Je travaille à Genève et je paie souvent en francs suisses. Les frais s'accumulent. Il existe une carte plus adaptée ?",
      ],
      [
        "Voyage de noces au Mexique : quelle carte emporter ?",
        "On part au Mexique pour notre voyage de noces. Quelle carte conseillez-vous pour limiter les frais ?",
      ],
    ],
    peer: [
      "Hors zone euro il y a des frais fixes plus un pourcentage. Payer par carte coûte souvent moins que retirer.",
    ],
    advisor:
      "Bonjour, hors zone euro, un retrait coûte une commission fixe plus un pourcentage du montant : retirer moins souvent, de plus grosses sommes, revient moins cher. Refusez aussi la conversion proposée par le distributeur : laissez votre carte faire le change, c'est presque toujours plus avantageux.",
    solved: true,
  },
  {
    category: "securite-et-fraude",
    kind: "question",
    askings: [
      [
        "Appel d'un faux conseiller qui connaissait mon nom",
        "Quelqu'un vient de m'appeler en se présentant comme conseiller de mon agence. Il connaissait mon nom et voulait que je valide une opération pour « l'annuler ». J'ai raccroché. J'ai bien fait ?",
      ],
      [
        "Le numéro affiché était celui de ma banque",
        "On m'a appelé depuis le numéro de l'agence, la personne parlait d'une fraude sur ma carte et voulait mon code reçu par SMS. J'ai refusé. Comment est-ce possible ?",
      ],
      [
        "Un faux conseiller voulait que j'installe une application",
        "Un homme se disant de ma banque voulait que j'installe une application « pour sécuriser mon compte ». J'ai refusé et raccroché. J'ai bien fait ?",
      ],
      [
        "Un « service fraude » m'a demandé de déplacer mon argent",
        "Un appel du « service fraude » me conseillait de virer mon épargne sur un « compte sécurisé ». J'ai raccroché. Ça ressemble bien à une arnaque, non ?",
      ],
      [
        "Comment savoir si c'est vraiment mon conseiller qui appelle ?",
        "Hier, quelqu'un « de l'agence » m'a demandé de confirmer une opération ; j'ai préféré raccrocher. Comment vérifier, la prochaine fois, que c'est bien vous ?",
      ],
    ],
    peer: ["Très bien fait. C'est exactement l'arnaque au faux conseiller."],
    advisor:
      "Bonjour, vous avez parfaitement fait. Nous ne vous demanderons jamais de valider une opération pour en annuler une autre, ni de donner un code reçu par SMS. Si vous avez un doute, raccrochez et rappelez le numéro au dos de votre carte. Vous pouvez aussi signaler l'appel sur la plateforme gouvernementale Pharos.",
    thanks: "Merci, je suis rassuré.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    askings: [
      [
        "Mon agence ferme : où déposer des espèces ?",
        "L'agence de mon quartier a fermé. J'ai des espèces à déposer de temps en temps : quelles solutions ?",
      ],
      [
        "Commerçant, je dois déposer ma caisse chaque semaine",
        "Je tiens un petit commerce et je dépose ma caisse toutes les semaines. Avec la fermeture de l'agence, je vais devoir faire 30 km ?",
      ],
      [
        "Qui est mon conseiller depuis la fermeture de l'agence ?",
        "Mon agence a fermé le mois dernier. Je n'ai reçu aucun courrier. Qui est mon conseiller maintenant ?",
      ],
      [
        "Déposer des espèces le samedi sans agence ouverte",
        "Depuis que mon agence a fermé, je ne sais plus où déposer mes espèces le samedi, le seul jour où je peux. Une idée ?",
      ],
    ],
    peer: ["Certains distributeurs d'autres agences acceptent les dépôts, c'est indiqué dans l'appli."],
    advisor:
      "Bonjour, la carte des agences dans l'application indique celles dont l'automate accepte les dépôts d'espèces, avec leurs horaires. Votre dossier a été rattaché à l'agence la plus proche, et votre conseiller reste joignable par message et par téléphone.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "question",
    askings: [
      [
        "Premier achat : faut-il vraiment 10 % d'apport ?",
        "Nous cherchons notre premier appartement. On entend qu'il faut au moins 10 % d'apport. C'est toujours vrai ?",
      ],
      [
        "Acheter sans apport à 27 ans, réaliste ?",
        "CDI depuis deux ans, pas d'apport mais pas de crédit en cours. Est-ce qu'une banque peut me suivre ?",
      ],
      [
        "Le prêt à taux zéro marche-t-il dans ma ville ?",
        "On vise un appartement ancien avec travaux. Est-ce que le prêt à taux zéro peut compléter notre financement ?",
      ],
      [
        "Taux d'endettement à 35 % : assurance comprise ou pas ?",
        "On calcule notre taux d'endettement et on tombe à 34 % sans l'assurance. Elle est comprise dans les 35 % ?",
      ],
      [
        "Épargne d'un PEL comme apport : comment ça se passe ?",
        "J'ai un PEL ouvert il y a six ans. Puis-je utiliser cette épargne comme apport pour mon premier achat ?",
      ],
      [
        "Frais de notaire dans le neuf et dans l'ancien",
        "Pour un premier achat, les frais de notaire changent-ils beaucoup entre le neuf et l'ancien ?",
      ],
      [
        "Deux salaires moyens, combien pouvons-nous emprunter ?",
        "Nous gagnons 2 100 € et 1 900 € nets par mois, sans crédit en cours. Pour un premier achat, combien pouvons-nous emprunter et avec quel apport ?",
      ],
    ],
    peer: ["On a acheté l'an dernier avec 10 %, pour couvrir les frais de notaire surtout."],
    advisor:
      "Bonjour, l'apport sert d'abord à payer les frais de notaire et de garantie, soit environ 7 à 8 % du prix dans l'ancien. Ce n'est pas une règle absolue : le taux d'endettement (35 % au plus, assurance comprise) et la stabilité des revenus comptent autant. Le prêt à taux zéro peut aussi compléter dans certaines zones. Une simulation avec votre conseiller vous donnera une réponse chiffrée.",
    solved: true,
  },
];

const MEMBERS = [
  "julie",
  "mehdi",
  "claire",
  "paulo",
  "nadia",
  "francois",
  "emma",
  "yann",
  "ines",
  "gerard",
  "sarah",
  "lucas",
  "aminata",
  "pierre",
  "chloe",
  "olivier",
];
const ADVISORS = ["lea", "thomas"];

/** Every situation as each of its askings, with people, timing and outcome drawn from a fixed seed. */
export function generatedConversations(): DemoTopic[] {
  const random = seededRandom(2026);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const topics: DemoTopic[] = [];
  for (const situation of SITUATIONS) {
    for (const [title, body] of situation.askings) {
      const author = pick(MEMBERS);
      const replies: DemoReply[] = [];
      // Some questions stay unanswered for a while: a living community has those too.
      const answered = random() > 0.12;
      if (answered) {
        for (const body of situation.peer.filter(() => random() > 0.35)) {
          replies.push({
            author: pick(MEMBERS.filter((m) => m !== author)),
            body,
            after: 1 + Math.floor(random() * 6),
          });
        }
        const advisorAnswers = situation.kind === "question" || random() > 0.4;
        if (advisorAnswers) {
          replies.push({
            author: pick(ADVISORS),
            body: situation.advisor,
            after: 2 + Math.floor(random() * 20),
            accepted: situation.kind === "question" && situation.solved === true && random() > 0.2,
          });
          if (situation.thanks && random() > 0.4) replies.push({ author, body: situation.thanks, after: 3 });
        }
      }
      topics.push({
        category: situation.category,
        kind: situation.kind,
        author,
        title,
        body,
        daysAgo: 1 + Math.floor(random() * 110),
        replies,
      });
    }
  }
  return topics;
}
