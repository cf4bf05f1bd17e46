/** The demo newsroom: what a bank's community team would publish, in a plain, direct tone. */

export interface DemoArticle {
  daysAgo: number;
  author: string;
  title: string;
  excerpt: string;
  body: string;
  cover: { from: [number, number, number]; to: [number, number, number]; alt: string };
  comments: { author: string; after: number; body: string }[];
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    daysAgo: 40,
    author: "karim",
    title: "Frais de tenue de compte : ce qui change au 1er janvier",
    excerpt:
      "Les frais de tenue de compte passent de 2 € à 0 € par mois pour les clients de moins de 26 ans, et restent à 2 € pour les autres. Voici pourquoi, et ce que vous n'avez pas à faire.",
    body: "Bonjour à toutes et à tous,\n\nVous avez été nombreux à nous poser la question ici. La réponse courte : **rien ne change pour la plupart d'entre vous**, et les moins de 26 ans ne paieront plus de frais de tenue de compte.\n\n**Ce qui change**\n- Moins de 26 ans : 0 € par mois au lieu de 2 €, automatiquement.\n- Les autres : 2 € par mois, comme aujourd'hui.\n\n**Ce que vous n'avez pas à faire**\nRien. Pas de formulaire, pas d'appel. Le changement apparaît sur le relevé de janvier.\n\nLa grille complète des tarifs est en ligne : https://www.exemple-banque.fr/tarifs\n\nDes questions ? Posez-les en commentaire, un conseiller vous répond.",
    cover: {
      from: [11, 79, 138],
      to: [30, 123, 52],
      alt: "Illustration : dégradé bleu et vert avec des cercles clairs.",
    },
    comments: [
      { author: "julie", after: 3, body: "Enfin ! Mon fils de 19 ans va être content." },
      {
        author: "gerard",
        after: 5,
        body: "Et pour les plus de 60 ans, rien n'est prévu ? On paie depuis 30 ans…",
      },
      {
        author: "lea",
        after: 7,
        body: "Bonjour Gérard, rien de prévu pour l'instant sur l'âge. En revanche, si vous avez un forfait, les frais de tenue de compte y sont souvent déjà inclus : je peux regarder avec vous en agence ou par message sécurisé.",
      },
    ],
  },
  {
    daysAgo: 18,
    author: "karim",
    title: "Arnaques au faux conseiller : les trois phrases que nous ne dirons jamais",
    excerpt:
      "Des escrocs se font passer pour nos conseillers au téléphone. Trois phrases suffisent à les reconnaître. Si vous les entendez, raccrochez.",
    body: "Ces dernières semaines, plusieurs membres nous ont raconté des appels de faux conseillers. Le scénario est toujours le même : une « opération suspecte », de l'urgence, puis une demande de validation.\n\n**Nous ne vous dirons jamais :**\n1. « Donnez-moi le code reçu par SMS pour annuler l'opération. »\n2. « Validez cette opération dans l'application pour la bloquer. »\n3. « Je vais envoyer un coursier chercher votre carte. »\n\nSi vous avez un doute, raccrochez et rappelez le numéro au dos de votre carte. Vous ne dérangez personne.\n\nEt si c'est déjà arrivé : faites opposition tout de suite dans l'application, puis écrivez-nous. On vous accompagne pour le dépôt de plainte et le remboursement.",
    cover: {
      from: [166, 27, 27],
      to: [194, 94, 0],
      alt: "Illustration : dégradé rouge et orange avec des cercles clairs.",
    },
    comments: [
      {
        author: "nadia",
        after: 2,
        body: "Ça m'est arrivé le mois dernier, ils connaissaient mon nom et ma date de naissance. Merci de le rappeler.",
      },
      {
        author: "thomas",
        after: 4,
        body: "Merci Nadia pour votre témoignage. Ces informations viennent souvent de fuites sur d'autres sites : c'est pour ça qu'elles ne prouvent rien. Si vous avez subi une perte, écrivez-nous en message privé, on regarde votre dossier.",
      },
    ],
  },
  {
    daysAgo: 4,
    author: "karim",
    title: "L'application passe à la version 5 : ce que nous avons corrigé grâce à vous",
    excerpt:
      "La déconnexion intempestive, le virement instantané introuvable, les notifications en double : trois problèmes remontés dans la communauté sont corrigés dans la version 5.",
    body: "La version 5 de l'application arrive cette semaine. Nous avons choisi quoi corriger en lisant la catégorie Application mobile.\n\n**Corrigé**\n- La déconnexion au bout de 2 minutes sur certains téléphones Android.\n- Le virement instantané, maintenant proposé dès le premier écran du virement.\n- Les notifications de paiement reçues deux fois.\n\n**Pas encore**\nLe mode sombre. Il est prévu pour la version 5.2, au printemps.\n\nMerci à celles et ceux qui ont pris le temps de décrire les problèmes avec précision : ça nous a fait gagner des semaines.",
    cover: {
      from: [75, 42, 130],
      to: [11, 79, 138],
      alt: "Illustration : dégradé violet et bleu avec des cercles clairs.",
    },
    comments: [
      {
        author: "lucas",
        after: 1,
        body: "Le coup du virement instantané caché dans un sous-menu, ça m'énervait. Merci !",
      },
      { author: "emma", after: 6, body: "Le mode sombre au printemps, noté. Vous tiendrez parole ? 😄" },
      { author: "karim", after: 8, body: "On vous tiendra au courant ici même, Emma, promis." },
    ],
  },
];
