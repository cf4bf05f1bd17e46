import type { DemoReply, DemoTopic } from "./community.ts";

/**
 * A few hundred more demo conversations, composed from situations French bank clients really
 * write about, each told with a few variants (a city, an amount, a phone, a month). A seeded
 * random generator picks who speaks and when, so the result is the same on every machine.
 */

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  "Lille",
  "Nantes",
  "Bordeaux",
  "Grenoble",
  "Rennes",
  "Dijon",
  "Metz",
  "Brest",
  "Nîmes",
  "Pau",
  "Annecy",
  "Caen",
  "Limoges",
  "Reims",
  "Perpignan",
  "Amiens",
  "Besançon",
  "Orléans",
  "Rouen",
  "Ajaccio",
];
const PHONES = [
  "Pixel 7",
  "Pixel 8a",
  "Galaxy S21",
  "Galaxy S23",
  "Galaxy A52",
  "Galaxy A15",
  "iPhone 12",
  "iPhone 13 mini",
  "iPhone 15",
  "iPhone SE",
  "Redmi Note 11",
  "Redmi Note 13",
  "Fairphone 5",
  "OnePlus 11",
];
const AMOUNTS = [
  "12,50 €",
  "19,90 €",
  "49,99 €",
  "64 €",
  "89,90 €",
  "129 €",
  "180 €",
  "240 €",
  "320 €",
  "450 €",
];
const PURCHASES = [
  "une voiture d'occasion",
  "un déménagement",
  "des billets d'avion",
  "un devis de travaux",
  "une caution de location",
  "un ordinateur",
  "des meubles",
  "un mariage",
  "une moto",
  "des frais de scolarité",
];
const SAVINGS = ["2 000 €", "3 500 €", "5 000 €", "8 000 €", "10 000 €", "15 000 €", "20 000 €"];

interface Situation {
  category: string;
  kind: DemoTopic["kind"];
  /** "{x}" is replaced by each variant in turn. */
  title: string;
  body: string;
  variants: string[];
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
    title: "Paiement sans contact refusé à {x}",
    body: "Bonjour, depuis hier mes paiements sans contact sont refusés ({x}), alors que le paiement avec le code fonctionne. C'est normal ?",
    variants: CITIES,
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
    title: "Augmenter temporairement mon plafond de paiement pour {x}",
    body: "Je dois payer {x} et mon plafond de paiement sur 30 jours ne suffit pas. Est-ce qu'on peut l'augmenter juste pour quelques jours ?",
    variants: PURCHASES,
    peer: ["Dans l'appli il y a une option pour ça dans les réglages de la carte, c'est immédiat."],
    advisor:
      "Bonjour, oui : dans l'application, **Cartes > Plafonds > Augmenter temporairement**. L'augmentation dure 30 jours au plus et revient ensuite toute seule au plafond habituel. Si le montant dépasse ce que propose l'application, votre conseiller peut l'ajuster.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "discussion",
    title: "Débit différé ou immédiat quand on est {x} ?",
    body: "Je réfléchis à passer en débit différé. Ceux qui l'ont, vous êtes contents ? Je suis {x}.",
    variants: ["étudiant", "indépendant", "retraité", "fonctionnaire"],
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
    title: "Délai pour recevoir l'offre de prêt à {x}",
    body: "Bonjour, dossier de prêt immobilier accepté en agence à {x} il y a dix jours, toujours pas d'offre reçue. Le compromis prévoit un délai serré, je m'inquiète un peu.",
    variants: ["Lyon", "Toulouse", "Montpellier", "Strasbourg", "Angers", "Tours", ...CITIES.slice(0, 12)],
    peer: ["Pour moi il a fallu trois semaines entre l'accord et l'offre."],
    advisor:
      "Bonjour, l'offre part en général dans les 2 à 3 semaines après l'accord, le temps de l'assurance emprunteur et des garanties. Rappel important : une fois l'offre reçue, la loi impose un délai de réflexion de 10 jours avant de l'accepter. Envoyez-nous votre numéro de dossier en message privé, nous vérifions où il en est.",
    thanks: "Offre reçue deux jours plus tard. Merci pour le suivi.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "question",
    title: "Changer d'assurance emprunteur en cours de prêt ({x})",
    body: "J'ai lu qu'on pouvait changer d'assurance emprunteur à tout moment. J'ai un prêt depuis {x}. Comment ça se passe concrètement ?",
    variants: ["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"],
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
    title: "Renégocier son taux en {x}, ça vaut encore le coup ?",
    body: "Mon prêt est à 3,9 %. Avec les taux actuels, vous pensez qu'une renégociation vaut le coup en {x} ?",
    variants: ["ce moment", "fin d'année", "début d'année"],
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
    title: "Livret A plein : où placer {x} de plus ?",
    body: "Mon Livret A est au plafond. J'ai {x} de côté en plus. Quelles options sans trop de risque ?",
    variants: SAVINGS,
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
    title: "Quand sont versés les intérêts du {x} ?",
    body: "Je ne vois pas les intérêts de mon {x} sur mon relevé. Ils arrivent quand ?",
    variants: [
      "Livret A",
      "LDDS",
      "LEP",
      "livret jeune",
      "compte épargne logement",
      "livret d'épargne bancaire",
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
    title: "L'application se ferme au démarrage sur {x}",
    body: "Depuis la dernière mise à jour, l'application se ferme dès l'ouverture sur mon {x}. Réinstallée deux fois, rien à faire.",
    variants: PHONES,
    peer: ["Même souci, vider le cache de l'appli a marché pour moi (Android)."],
    advisor:
      "Bonjour, merci du signalement. Un correctif est en cours de publication dans les magasins d'applications. En attendant, vider le cache (Android) ou redémarrer le téléphone règle le problème dans la plupart des cas. Votre espace client reste accessible depuis le site.",
    thanks: "Mise à jour passée, tout est revenu.",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "discussion",
    title: "Idée : {x} dans l'application",
    body: "Ce serait pratique d'avoir {x}. Qui serait intéressé ?",
    variants: [
      "un mode sombre",
      "des catégories de dépenses modifiables",
      "le partage d'un RIB en QR code",
      "des alertes de solde personnalisables",
      "un export CSV des opérations",
      "une recherche dans les opérations par montant",
      "un widget de solde sur l'écran d'accueil",
      "des virements programmés plus souples",
      "une police plus grande en option",
      "la signature des contrats dans l'appli",
    ],
    peer: ["+1, ça me servirait tous les mois.", "Oui ! Et sur la version web aussi."],
    advisor:
      "Merci pour l'idée, elle est transmise à l'équipe produit avec vos votes. Nous donnerons des nouvelles ici dès qu'elle est planifiée — ou si elle ne l'est pas, en expliquant pourquoi.",
  },
  {
    category: "frais-bancaires",
    kind: "question",
    title: "Frais de {x} sur mon relevé : c'est quoi ?",
    body: "Je vois une ligne « frais de {x} » sur mon relevé de ce mois. Je ne comprends pas à quoi ça correspond.",
    variants: [
      "commission d'intervention",
      "rejet de prélèvement",
      "tenue de compte",
      "retrait hors zone euro",
    ],
    peer: ["Regarde la grille tarifaire sur le site, chaque frais y est expliqué."],
    advisor:
      "Bonjour, chaque ligne de frais correspond à une rubrique de la grille tarifaire, avec son montant et son plafond. Si ces frais vous semblent injustifiés, écrivez-nous en message privé avec la date de l'opération : nous regardons et, si c'est le cas, nous remboursons. Pensez à ne jamais publier ici votre numéro de compte.",
    solved: true,
  },
  {
    category: "frais-bancaires",
    kind: "discussion",
    title: "Vos frais bancaires annuels en {x}, vous êtes à combien ?",
    body: "Par curiosité, j'ai fait le calcul sur le récapitulatif annuel des frais. En {x}, j'arrive à 96 €. Et vous ?",
    variants: ["2024", "2025"],
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
    title: "SMS suspect « {x} » : arnaque ?",
    body: "Je viens de recevoir un SMS « {x} » avec un lien. Ça vient de vous ?",
    variants: [
      "Votre carte est suspendue, cliquez ici",
      "Un nouveau bénéficiaire a été ajouté",
      "Votre colis est bloqué en douane",
      "Remboursement en attente, confirmez vos coordonnées",
      "Votre clé sécurisée expire aujourd'hui",
      "Amende impayée, régularisez sous 48 h",
      "Votre compte sera clôturé ce soir",
      "Votre carte Vitale expire, renouvelez-la",
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
    title: "Opération inconnue de {x} sur mon compte",
    body: "Je vois une opération de {x} que je n'ai pas faite. Qu'est-ce que je dois faire ?",
    variants: AMOUNTS,
    peer: ["Opposition tout de suite, puis contestation dans l'appli. Chez moi remboursé en une semaine."],
    advisor:
      "Bonjour, faites opposition sur votre carte dès maintenant dans l'application, puis contestez l'opération depuis son détail. Pour un paiement que vous n'avez pas autorisé, nous remboursons au plus tard à la fin du premier jour ouvrable suivant votre signalement, sauf soupçon de fraude de votre part. N'indiquez ici aucun numéro de carte ou de compte.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Chèque déposé il y a {x} jours, toujours pas crédité",
    body: "J'ai déposé un chèque en agence il y a {x} jours et je ne le vois toujours pas sur mon compte. C'est normal ?",
    variants: ["3", "4", "5", "6", "7", "8", "9", "10"],
    peer: ["Il y a souvent un délai d'encaissement de quelques jours ouvrés, les week-ends ne comptent pas."],
    advisor:
      "Bonjour, un chèque est en général crédité sous 1 à 3 jours ouvrés, mais la somme peut rester indisponible quelques jours de plus le temps que la banque de l'émetteur le règle. Au-delà d'une semaine, écrivez-nous en message privé avec la date du dépôt : nous le retrouverons.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Ouvrir un compte pour mon enfant de {x} ans",
    body: "Ma fille a {x} ans et voudrait sa propre carte. Qu'est-ce que vous proposez à cet âge, et faut-il venir en agence ?",
    variants: ["11", "12", "13", "14", "15", "16", "17"],
    peer: ["Mon fils a eu une carte à autorisation systématique à 12 ans, on règle le plafond dans l'appli."],
    advisor:
      "Bonjour, dès 11 ans nous proposons un compte avec une carte à autorisation systématique : chaque paiement est vérifié, et vous réglez les plafonds depuis votre application. L'ouverture se fait en ligne avec vos deux pièces d'identité et le livret de famille.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "question",
    title: "Remboursement anticipé partiel de {x} : quelles indemnités ?",
    body: "Je voudrais rembourser {x} de mon crédit immobilier grâce à une prime. Combien vais-je payer d'indemnités ?",
    variants: SAVINGS,
    peer: ["Regarde ton offre de prêt, les indemnités y sont écrites. Chez moi c'était plafonné."],
    advisor:
      "Bonjour, les indemnités de remboursement anticipé sont plafonnées par la loi : 6 mois d'intérêts sur la somme remboursée, et au plus 3 % du capital restant dû. Votre offre peut prévoir moins, ou aucune. Demandez un décompte à votre conseiller : il vous donnera le montant exact et l'effet sur vos mensualités.",
    solved: true,
  },
  {
    category: "epargne-et-placements",
    kind: "question",
    title: "Assurance vie : versement programmé de {x} par mois, bonne idée ?",
    body: "Je pense mettre en place un versement programmé de {x} par mois sur une assurance vie. Des conseils ?",
    variants: ["30 €", "50 €", "75 €", "100 €", "150 €", "200 €", "300 €", "500 €"],
    peer: ["Je fais ça depuis 5 ans, l'important est de ne pas y toucher les premières années."],
    advisor:
      "Bonjour, un versement régulier est une bonne façon d'épargner sans y penser. Deux points à vérifier : les frais sur versements, et la part entre fonds euros et unités de compte, qui dépend du risque que vous acceptez. Après 8 ans, la fiscalité devient plus douce. Votre conseiller peut faire le point avec vous.",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "question",
    title: "Plus de notifications de paiement sur mon {x}",
    body: "Je ne reçois plus les notifications quand je paie avec ma carte, sur mon {x}. Elles sont pourtant activées dans l'appli.",
    variants: PHONES,
    peer: ["Vérifie aussi les réglages de notifications du téléphone, pas seulement ceux de l'appli."],
    advisor:
      "Bonjour, vérifiez que les notifications de l'application sont autorisées dans les réglages du téléphone, et que le mode économie d'énergie ne la met pas en veille. Si c'est bon et que rien n'arrive, déconnectez-vous puis reconnectez-vous : l'abonnement aux notifications est renouvelé.",
    thanks: "C'était le mode économie d'énergie. Merci !",
    solved: true,
  },
  {
    category: "application-mobile",
    kind: "question",
    title: "Impossible de valider un virement avec la clé sécurisée sur {x}",
    body: "Quand je valide un virement, la clé sécurisée tourne dans le vide sur mon {x}. Quelqu'un a eu ça ?",
    variants: PHONES,
    peer: ["Oui, il a fallu que je réactive la clé sécurisée dans le profil."],
    advisor:
      "Bonjour, la clé sécurisée est liée à un seul téléphone : si vous en avez changé ou réinstallé l'application, il faut la réactiver dans **Profil > Sécurité**. Vous recevrez un code par SMS pour confirmer. Aucun conseiller ne vous demandera jamais ce code.",
    solved: true,
  },
  {
    category: "frais-bancaires",
    kind: "question",
    title: "Frais de retrait à {x} : pourquoi si chers ?",
    body: "J'ai retiré de l'argent à {x} et je vois des frais assez élevés. Comment les éviter la prochaine fois ?",
    variants: [
      "Londres",
      "Genève",
      "New York",
      "Marrakech",
      "Tokyo",
      "Montréal",
      "Dakar",
      "Istanbul",
      "Bangkok",
      "Mexico",
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
    title: "Appel d'un soi-disant conseiller de l'agence de {x}",
    body: "Quelqu'un vient de m'appeler en se présentant comme conseiller de l'agence de {x}. Il connaissait mon nom et voulait que je valide une opération pour « l'annuler ». J'ai raccroché. J'ai bien fait ?",
    variants: CITIES.slice(0, 14),
    peer: ["Très bien fait. C'est exactement l'arnaque au faux conseiller."],
    advisor:
      "Bonjour, vous avez parfaitement fait. Nous ne vous demanderons jamais de valider une opération pour en annuler une autre, ni de donner un code reçu par SMS. Si vous avez un doute, raccrochez et rappelez le numéro au dos de votre carte. Vous pouvez aussi signaler l'appel sur la plateforme gouvernementale Pharos.",
    thanks: "Merci, je suis rassuré.",
    solved: true,
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    title: "Agence de {x} fermée : où déposer des espèces ?",
    body: "L'agence de {x} a fermé. J'ai des espèces à déposer de temps en temps : quelles solutions ?",
    variants: CITIES,
    peer: ["Certains distributeurs d'autres agences acceptent les dépôts, c'est indiqué dans l'appli."],
    advisor:
      "Bonjour, la carte des agences dans l'application indique celles dont l'automate accepte les dépôts d'espèces, avec leurs horaires. Votre dossier a été rattaché à l'agence la plus proche, et votre conseiller reste joignable par message et par téléphone.",
    solved: true,
  },
  {
    category: "credit-immobilier",
    kind: "question",
    title: "Premier achat à {x} : quel apport faut-il ?",
    body: "Nous cherchons à acheter notre premier appartement à {x}. On entend qu'il faut au moins 10 % d'apport. C'est toujours vrai ?",
    variants: CITIES,
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

/** Every situation in each of its variants, with people, timing and outcome drawn from a fixed seed. */
export function generatedConversations(): DemoTopic[] {
  const random = seededRandom(2026);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const topics: DemoTopic[] = [];
  for (const situation of SITUATIONS) {
    for (const variant of situation.variants) {
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
        title: situation.title.replace("{x}", variant),
        body: situation.body.replace("{x}", variant),
        daysAgo: 1 + Math.floor(random() * 110),
        replies,
      });
    }
  }
  return topics;
}
