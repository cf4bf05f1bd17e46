import type { CATEGORY_COLOURS, TopicKind } from "../features/community/schema.ts";

/** The demo community: the categories a French retail bank would open, and conversations in them. */

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  colour: (typeof CATEGORY_COLOURS)[number];
  staffStartsTopics?: boolean;
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  {
    slug: "comptes-et-cartes",
    name: "Comptes et cartes",
    description:
      "Ouverture, plafonds, oppositions, paiements à l'étranger : tout sur le compte courant et les cartes.",
    colour: "blue",
  },
  {
    slug: "credit-immobilier",
    name: "Crédit immobilier",
    description: "Taux, assurance emprunteur, remboursement anticipé et renégociation.",
    colour: "green",
  },
  {
    slug: "epargne-et-placements",
    name: "Épargne et placements",
    description: "Livrets, assurance vie, PEA : questions et retours d'expérience.",
    colour: "purple",
  },
  {
    slug: "application-mobile",
    name: "Application mobile",
    description: "L'application de la banque : connexion, nouveautés, bugs et idées.",
    colour: "teal",
  },
  {
    slug: "frais-bancaires",
    name: "Frais bancaires",
    description: "Comprendre ses frais, les contester, et ce que la banque peut améliorer.",
    colour: "orange",
  },
  {
    slug: "securite-et-fraude",
    name: "Sécurité et fraude",
    description: "Hameçonnage, faux conseillers, opérations inconnues : les bons réflexes.",
    colour: "red",
  },
  {
    slug: "vie-de-la-communaute",
    name: "Vie de la communauté",
    description: "Annonces de l'équipe, règles de l'espace et vos suggestions.",
    colour: "grey",
    staffStartsTopics: true,
  },
];

export interface DemoReply {
  author: string;
  body: string;
  accepted?: boolean;
  /** Hours after the previous message. */
  after: number;
}

export interface DemoTopic {
  category: string;
  kind: TopicKind;
  author: string;
  title: string;
  body: string;
  daysAgo: number;
  replies: DemoReply[];
}

export const DEMO_TOPICS: DemoTopic[] = [
  {
    category: "comptes-et-cartes",
    kind: "question",
    author: "julie",
    title: "Paiement refusé à l'étranger alors que j'ai du solde",
    body: "Bonjour,\n\nJe suis en vacances au Portugal et ma carte a été refusée deux fois au restaurant. Pourtant mon solde est largement positif. Est-ce qu'il faut activer quelque chose pour payer hors de France ?\n\nMerci d'avance !",
    daysAgo: 3,
    replies: [
      {
        author: "paulo",
        body: "Même souci l'an dernier en Espagne. Regarde dans l'appli si le paiement à l'étranger n'est pas désactivé dans les réglages de la carte.",
        after: 1,
      },
      {
        author: "lea",
        body: "Bonjour Julie,\n\nPaulo a le bon réflexe. Dans l'application, ouvrez **Cartes > Réglages** : l'option « Paiements à l'étranger » doit être activée. Vérifiez aussi votre **plafond de paiement sur 30 jours**, il peut être atteint plus vite qu'on ne le pense pendant les vacances.\n\nSi les deux sont bons et que le refus continue, écrivez-nous en message privé depuis votre espace client : nous regarderons votre situation sans rien exposer ici.\n\nBonnes vacances !",
        accepted: true,
        after: 2,
      },
      { author: "julie", body: "C'était l'option désactivée. Ça marche, merci à vous deux !", after: 3 },
    ],
  },
  {
    category: "comptes-et-cartes",
    kind: "question",
    author: "mehdi",
    title: "Combien de temps pour recevoir une nouvelle carte après opposition ?",
    body: "J'ai fait opposition sur ma carte perdue samedi. Quel est le délai habituel pour recevoir la nouvelle ? Je n'ai plus aucun moyen de paiement.",
    daysAgo: 9,
    replies: [
      {
        author: "thomas",
        body: "Bonjour Mehdi,\n\nLa nouvelle carte part en général sous 3 à 5 jours ouvrés, et le code arrive par un courrier séparé. En attendant, vous pouvez retirer de l'espèce au guichet de votre agence avec une pièce d'identité, et le paiement mobile reste possible dès que la nouvelle carte est ajoutée à votre téléphone.",
        accepted: true,
        after: 4,
      },
      { author: "nadia", body: "Pour info j'ai reçu la mienne en 4 jours le mois dernier.", after: 20 },
    ],
  },
  {
    category: "comptes-et-cartes",
    kind: "discussion",
    author: "claire",
    title: "Compte joint ou deux comptes séparés : vous avez choisi quoi ?",
    body: "On emménage ensemble et on hésite entre un compte joint pour les dépenses communes et garder chacun le sien. Vos retours d'expérience ?",
    daysAgo: 14,
    replies: [
      {
        author: "francois",
        body: "Chez nous : chacun son compte + un compte joint alimenté par virement permanent au prorata des salaires. Ça évite beaucoup de discussions.",
        after: 2,
      },
      {
        author: "emma",
        body: "Pareil, et on a une carte chacun sur le compte joint. Attention quand même : sur un compte joint, chacun est responsable de tout le solde.",
        after: 5,
      },
      {
        author: "lea",
        body: "Le montage de François est très courant. Un point à connaître : le compte joint est solidaire, comme le rappelle Emma. En cas de séparation, pensez à le désolidariser par écrit. Nos conseillers peuvent vous expliquer les options en rendez-vous, sans engagement.",
        after: 8,
      },
    ],
  },
  {
    category: "credit-immobilier",
    kind: "question",
    author: "yann",
    title: "Remboursement anticipé partiel : y a-t-il des pénalités ?",
    body: "J'ai un crédit immobilier depuis 2021 et je voudrais rembourser 15 000 € par anticipation grâce à un héritage. Est-ce que je vais payer des indemnités ?",
    daysAgo: 6,
    replies: [
      {
        author: "gerard",
        body: "Ça dépend de ton contrat, regarde la clause « remboursement anticipé ». Elles sont plafonnées par la loi de toute façon.",
        after: 3,
      },
      {
        author: "thomas",
        body: "Bonjour Yann,\n\nGérard a raison : tout est dans votre offre de prêt. Quand des indemnités sont prévues, la loi les plafonne à **6 mois d'intérêts** sur le capital remboursé, et à **3 % du capital restant dû** avant remboursement.\n\nAvant de décider, comparez deux options : réduire la durée ou réduire les mensualités. Un conseiller peut vous faire les deux simulations.",
        accepted: true,
        after: 5,
      },
    ],
  },
  {
    category: "credit-immobilier",
    kind: "question",
    author: "sarah",
    title: "Changer d'assurance emprunteur en cours de prêt, c'est vraiment possible ?",
    body: "Je rembourse un crédit pour ma maison depuis trois ans. J'ai entendu parler de la loi Lemoine. Je peux vraiment changer d'assurance de prêt quand je veux ? La banque peut refuser ?",
    daysAgo: 21,
    replies: [
      {
        author: "lea",
        body: "Bonjour Sarah,\n\nOui : depuis la loi Lemoine, vous pouvez changer d'assurance emprunteur **à tout moment**, sans frais. La banque ne peut refuser que si le nouveau contrat n'offre pas des **garanties équivalentes**, et elle doit alors motiver son refus par écrit sous 10 jours ouvrés.\n\nNous avons une fiche qui liste les garanties exigées : demandez-la à votre conseiller.",
        accepted: true,
        after: 6,
      },
      {
        author: "olivier",
        body: "Je l'ai fait l'an dernier, j'économise 28 € par mois. Le dossier a pris trois semaines.",
        after: 30,
      },
      { author: "sarah", body: "Merci, je lance les devis !", after: 2 },
    ],
  },
  {
    category: "credit-immobilier",
    kind: "discussion",
    author: "pierre",
    title: "Retour d'expérience : renégociation de prêt en 2026",
    body: "Je partage mon expérience : j'ai renégocié mon prêt de 2023 et gagné 0,6 point. Le gain total sur la durée restante couvre largement les frais. Ça vaut le coup de demander si vous avez emprunté au plus haut.",
    daysAgo: 30,
    replies: [
      { author: "chloe", body: "Tu es passé par un courtier ou directement en agence ?", after: 5 },
      {
        author: "pierre",
        body: "Directement en agence, avec une offre concurrente en main. Ça aide beaucoup.",
        after: 3,
      },
    ],
  },
  {
    category: "epargne-et-placements",
    kind: "question",
    author: "aminata",
    title: "Livret A plein : où placer le reste de mon épargne de précaution ?",
    body: "Mon Livret A a atteint le plafond. Je voudrais garder de l'argent disponible rapidement en cas de coup dur. Quelles options sans risque ?",
    daysAgo: 11,
    replies: [
      { author: "francois", body: "Le LDDS si tu ne l'as pas encore, même taux que le Livret A.", after: 2 },
      {
        author: "thomas",
        body: "Bonjour Aminata,\n\nFrançois a raison pour le **LDDS** (plafond de 12 000 €). Si vous y êtes éligible, le **LEP** rapporte davantage, sous conditions de revenus. Au-delà, un livret bancaire classique reste disponible à tout moment, mais ses intérêts sont imposés.\n\nUne épargne de précaution de 3 à 6 mois de dépenses est un repère souvent cité.",
        accepted: true,
        after: 4,
      },
    ],
  },
  {
    category: "epargne-et-placements",
    kind: "question",
    author: "lucas",
    title: "Assurance vie : fonds euros ou unités de compte pour débuter ?",
    body: "J'ai 27 ans et je veux ouvrir une assurance vie. On me parle de fonds euros et d'unités de compte. Pour quelqu'un qui débute, vous conseillez quoi ?",
    daysAgo: 17,
    replies: [
      {
        author: "gerard",
        body: "Le fonds euros est garanti mais rapporte peu. Les UC peuvent baisser. Moi je fais moitié-moitié.",
        after: 6,
      },
      {
        author: "lea",
        body: "Bonjour Lucas,\n\nIci, nous ne pouvons pas vous donner de conseil personnalisé en public : il dépend de votre situation et de vos projets. Ce qui est vrai pour tout le monde : le fonds euros protège le capital, les unités de compte **présentent un risque de perte en capital**. Un conseiller peut faire le point avec vous sur votre profil d'investisseur, c'est une obligation avant toute souscription.",
        after: 3,
      },
      { author: "lucas", body: "Merci, je prends rendez-vous.", after: 10 },
    ],
  },
  {
    category: "application-mobile",
    kind: "question",
    author: "emma",
    title: "L'application me déconnecte toutes les 5 minutes",
    body: "Depuis la dernière mise à jour, l'application me demande de me reconnecter sans arrêt. Je suis sur Android 15. D'autres ont le problème ?",
    daysAgo: 2,
    replies: [
      { author: "yann", body: "Oui pareil sur Android depuis mardi.", after: 1 },
      {
        author: "karim",
        body: "Bonjour Emma, bonjour Yann,\n\nMerci pour vos signalements : le problème est identifié sur certains téléphones Android et un correctif est en cours de validation. En attendant, vider le cache de l'application (Réglages > Applications > Stockage) règle le souci pour la plupart d'entre vous.\n\nNous mettrons ce sujet à jour dès la sortie de la correction.",
        accepted: true,
        after: 3,
      },
      { author: "emma", body: "Vider le cache a marché, merci.", after: 2 },
    ],
  },
  {
    category: "application-mobile",
    kind: "discussion",
    author: "chloe",
    title: "Idée : pouvoir catégoriser soi-même ses dépenses",
    body: "L'application classe automatiquement mes dépenses, mais souvent à tort (ma salle de sport est classée en « shopping »). Ce serait bien de pouvoir corriger et que ça s'en souvienne.",
    daysAgo: 25,
    replies: [
      { author: "lucas", body: "+1, et pouvoir créer ses propres catégories.", after: 4 },
      {
        author: "karim",
        body: "Merci Chloé, l'idée est transmise à l'équipe produit avec vos deux votes. Nous vous tiendrons au courant ici.",
        after: 26,
      },
    ],
  },
  {
    category: "frais-bancaires",
    kind: "question",
    author: "paulo",
    title: "Pourquoi des frais de tenue de compte alors que j'ai tout en ligne ?",
    body: "Je vois 2 € de frais de tenue de compte chaque mois. Je fais tout en ligne, je ne vais jamais en agence. C'est normal ?",
    daysAgo: 5,
    replies: [
      {
        author: "thomas",
        body: "Bonjour Paulo,\n\nLes frais de tenue de compte figurent dans la **grille tarifaire**, disponible dans l'application et en agence. Ils couvrent la gestion du compte, qu'elle se fasse en ligne ou non. Certaines offres groupées les incluent : un conseiller peut vérifier si une autre formule vous reviendrait moins cher.",
        after: 5,
      },
      {
        author: "paulo",
        body: "Je trouve ça dommage pour un client 100 % en ligne, mais merci pour la réponse claire.",
        after: 2,
      },
      {
        author: "karim",
        body: "Votre remarque est légitime et elle est remontée aux équipes qui construisent nos offres. Merci de l'avoir dit ici franchement.",
        after: 6,
      },
    ],
  },
  {
    category: "frais-bancaires",
    kind: "question",
    author: "ines",
    title: "Frais de commission d'intervention : comment les contester ?",
    body: "J'ai eu 3 commissions d'intervention ce mois-ci pour un découvert de quelques jours. Est-ce que je peux demander un remboursement ?",
    daysAgo: 8,
    replies: [
      {
        author: "nadia",
        body: "J'ai déjà obtenu un geste commercial en demandant poliment à mon conseiller.",
        after: 3,
      },
      {
        author: "lea",
        body: "Bonjour Inès,\n\nVous pouvez tout à fait les contester. Les commissions d'intervention sont plafonnées (8 € par opération et 80 € par mois ; moins pour les clients en situation de fragilité financière). Faites votre demande depuis la messagerie de votre espace client : c'est une réclamation, elle sera suivie et vous aurez une réponse écrite.",
        accepted: true,
        after: 4,
      },
    ],
  },
  {
    category: "securite-et-fraude",
    kind: "question",
    author: "gerard",
    title: "Un « conseiller » m'a appelé pour valider une opération : arnaque ?",
    body: "On m'a appelé en se présentant comme le service fraude de la banque. Le numéro affiché était bien celui de mon agence. La personne voulait que je valide une opération dans l'appli pour « l'annuler ». J'ai raccroché. J'ai bien fait ?",
    daysAgo: 1,
    replies: [
      {
        author: "sophie",
        body: "Bonjour Gérard,\n\nVous avez parfaitement bien fait. C'est une fraude au faux conseiller, et le numéro affiché peut être usurpé. **La banque ne vous demandera jamais de valider une opération pour l'annuler**, ni de donner un code reçu par SMS.\n\nSi vous avez un doute, raccrochez et rappelez le numéro au dos de votre carte.",
        accepted: true,
        after: 1,
      },
      {
        author: "claire",
        body: "Ma mère s'est fait avoir comme ça l'an dernier. Merci de le rappeler ici.",
        after: 4,
      },
      { author: "mehdi", body: "Bon réflexe Gérard. Je partage le sujet à mes parents.", after: 7 },
    ],
  },
  {
    category: "securite-et-fraude",
    kind: "question",
    author: "olivier",
    title: "Opération inconnue sur mon relevé : que faire en premier ?",
    body: "Je vois un prélèvement de 49,90 € d'un site que je ne connais pas. Je fais opposition tout de suite ou je contacte d'abord le site ?",
    daysAgo: 12,
    replies: [
      {
        author: "thomas",
        body: "Bonjour Olivier,\n\nSi vous ne reconnaissez pas l'opération : faites **opposition sur la carte** depuis l'application (c'est immédiat), puis **contestez l'opération** depuis votre espace client. Pour un paiement non autorisé, la banque rembourse en principe au plus tard le jour ouvrable suivant la contestation.\n\nN'écrivez ici ni votre numéro de carte ni le détail de vos comptes : tout se fait dans votre espace privé.",
        accepted: true,
        after: 2,
      },
    ],
  },
  {
    category: "securite-et-fraude",
    kind: "discussion",
    author: "nadia",
    title: "Les SMS de faux colis se multiplient, restez vigilants",
    body: "Je reçois presque chaque semaine un SMS « votre colis est en attente, payez 1,99 € ». Le lien mène vers une page qui imite ma banque. Ne cliquez pas !",
    daysAgo: 19,
    replies: [
      { author: "sarah", body: "Pareil, et maintenant ils imitent aussi les impôts.", after: 3 },
      {
        author: "sophie",
        body: "Merci Nadia pour l'alerte. Vous pouvez transférer ces SMS au 33700, le service national de signalement. Et notre conseil reste le même : ne suivez jamais un lien reçu par SMS pour vous connecter à votre banque.",
        after: 5,
      },
    ],
  },
  {
    category: "vie-de-la-communaute",
    kind: "discussion",
    author: "karim",
    title: "Bienvenue dans la communauté : comment ça marche ici",
    body: "Bonjour à toutes et à tous !\n\nCet espace est ouvert : tout le monde peut lire, les membres posent leurs questions et s'entraident, et nos conseillers répondent **en public**, sous un badge vérifié que personne ne peut imiter.\n\nTrois règles simples :\n\n1. Ne publiez jamais de numéro de compte, de carte ou de code.\n2. Restez courtois, même quand vous êtes mécontent : les critiques sont les bienvenues.\n3. Quand une réponse vous a aidé, marquez-la comme acceptée : elle aidera les suivants.\n\nBonne visite !",
    daysAgo: 60,
    replies: [
      {
        author: "francois",
        body: "Enfin un espace où on peut parler directement à la banque. Bonne initiative.",
        after: 12,
      },
      { author: "paulo", body: "On verra sur la durée, mais c'est un bon début.", after: 30 },
    ],
  },
  {
    category: "vie-de-la-communaute",
    kind: "discussion",
    author: "karim",
    title: "Ce que vos remarques ont changé ce trimestre",
    body: "Vous nous l'avez demandé, voici ce qui a changé grâce à vos messages :\n\n- la catégorisation des dépenses est désormais modifiable (merci Chloé) ;\n- la grille tarifaire est accessible en deux clics depuis l'application ;\n- les délais de réponse aux questions de la communauté sont publiés chaque mois.\n\nContinuez à nous dire ce qui ne va pas.",
    daysAgo: 4,
    replies: [{ author: "chloe", body: "Super, j'ai vu la nouveauté ce matin !", after: 2 }],
  },
];
