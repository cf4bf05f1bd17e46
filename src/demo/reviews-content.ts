import { DEMO_MEMBERS } from "./people.ts";

/**
 * The demo's reviews: about 150 over 18 months, in French, with mixed ratings, the way clients
 * write them (a situation, what went well or not, a detail, sometimes a last word). Built from
 * pieces by a fixed pseudo-random sequence, so the demo is the same at every start.
 */
export type DemoProduct =
  | "compte"
  | "carte"
  | "epargne"
  | "credit-immobilier"
  | "credit-consommation"
  | "assurance"
  | "banque-en-ligne"
  | "conseiller"
  | "autre";

export interface DemoReview {
  daysAgo: number;
  rating: 1 | 2 | 3 | 4 | 5;
  product: DemoProduct;
  title: string;
  body: string;
  /** Days between the experience and the review. */
  experienceDaysBefore: number;
  /** From an invitation (« Avis vérifié »), with the clients' names; otherwise a member's spontaneous review. */
  invited: { firstName: string; lastName: string } | null;
  /** The member who wrote it, for a spontaneous review (a key of DEMO_MEMBERS). */
  member: string | null;
  /** The moderator's decision: a refusal for one of the fixed reasons, with the statement of reasons. */
  refusal: {
    reason: "insults" | "off_topic" | "promotion" | "duplicate" | "personal_data";
    explanation: string;
  } | null;
  /** The bank's public answer, by an advisor (a key of DEMO_STAFF). */
  answer: { by: string; body: string; afterHours: number } | null;
  /** The author's update after the bank's answer (both versions stay public). */
  update: { rating: 1 | 2 | 3 | 4 | 5; title: string; body: string } | null;
  /** The author asked to give the bank time to contact them first (negative reviews only). */
  hold: boolean;
}

const SITUATIONS: Record<DemoProduct, string[]> = {
  compte: [
    "J'ai ouvert un compte joint avec mon conjoint le mois dernier.",
    "Je suis passé d'une autre banque à celle-ci avec le service de mobilité bancaire.",
    "J'ai demandé une autorisation de découvert pour faire face à une dépense imprévue.",
    "J'ai changé de formule de compte pour une offre plus simple.",
  ],
  carte: [
    "Ma carte a été avalée par un distributeur un samedi soir.",
    "J'ai fait opposition sur ma carte après un paiement que je ne reconnaissais pas.",
    "J'ai demandé une hausse temporaire du plafond de ma carte avant un voyage.",
    "J'ai commandé une carte à débit immédiat pour ma fille étudiante.",
  ],
  epargne: [
    "J'ai ouvert un livret pour mettre de côté chaque mois un petit montant.",
    "J'ai demandé conseil pour placer une somme reçue en héritage.",
    "J'ai voulu transférer mon plan d'épargne logement d'une autre banque.",
    "J'ai mis en place un virement automatique vers mon épargne.",
  ],
  "credit-immobilier": [
    "Nous avons fait notre demande de prêt pour l'achat de notre première maison.",
    "J'ai renégocié le taux de mon prêt immobilier.",
    "Nous avons eu besoin d'un prêt relais pour vendre et acheter en même temps.",
    "J'ai demandé un report d'échéances après un changement de situation.",
  ],
  "credit-consommation": [
    "J'ai financé l'achat d'une voiture d'occasion avec un prêt personnel.",
    "J'ai demandé un petit prêt pour des travaux dans la salle de bain.",
    "J'ai voulu rembourser par anticipation mon crédit auto.",
  ],
  assurance: [
    "J'ai déclaré un dégât des eaux à mon assurance habitation.",
    "J'ai souscrit une assurance emprunteur pour mon prêt.",
    "J'ai fait jouer l'assurance de ma carte après l'annulation d'un vol.",
  ],
  "banque-en-ligne": [
    "J'utilise surtout l'application pour mes virements et mes paiements.",
    "J'ai activé le paiement mobile sur mon téléphone.",
    "J'ai dû réinstaller l'application après un changement de téléphone.",
    "J'ai signé mon contrat en ligne, sans passer en agence.",
  ],
  conseiller: [
    "J'ai pris rendez-vous avec mon conseiller pour faire le point sur mes finances.",
    "Mon conseiller a changé trois fois en deux ans.",
    "Je suis allée en agence pour une question de succession après le décès de mon père.",
    "J'ai appelé le service client un vendredi en fin de journée.",
  ],
  autre: [
    "J'ai demandé une attestation pour mon dossier de location.",
    "J'ai reçu un courrier sur la modification des conditions générales.",
    "J'ai voulu mettre à jour mon adresse après un déménagement.",
  ],
};

const GOOD = [
  "Tout a été réglé en quelques jours, avec des explications claires à chaque étape.",
  "La personne au téléphone a pris le temps de tout m'expliquer, sans jargon.",
  "J'ai eu une réponse le jour même, et la solution proposée était la bonne.",
  "Le suivi a été impeccable : on m'a rappelé pour vérifier que tout allait bien.",
  "Les démarches étaient simples et je n'ai rien eu à relancer.",
  "On m'a présenté plusieurs options avec leurs avantages et leurs inconvénients.",
  "L'échange a été cordial et efficace, c'est exactement ce que j'attendais.",
  "J'ai apprécié qu'on me dise franchement ce qui était possible ou non.",
];
const GOOD_DETAIL = [
  "Les documents à fournir étaient listés dès le début.",
  "Le délai annoncé a été tenu.",
  "J'ai pu tout suivre depuis l'application.",
  "L'agence m'a même proposé un créneau le samedi matin.",
  "Aucun frais caché à la fin, comme on me l'avait dit.",
  "Le conseiller connaissait déjà mon dossier quand je l'ai rappelé.",
];
const MIXED = [
  "Le résultat est correct, mais il a fallu relancer deux fois.",
  "Les explications étaient bonnes, l'attente un peu longue en revanche.",
  "L'application fait le travail, même si certains écrans sont peu clairs.",
  "On a fini par trouver une solution, après quelques allers-retours.",
  "Le conseiller était aimable, mais il manquait une information importante au départ.",
];
const MIXED_DETAIL = [
  "Un récapitulatif écrit m'aurait fait gagner du temps.",
  "Le standard est souvent saturé en fin de journée.",
  "Les frais auraient pu être annoncés plus tôt.",
  "Je reste client, mais j'attends mieux la prochaine fois.",
];
const BAD = [
  "Personne ne m'a rappelé malgré trois messages laissés.",
  "Les délais annoncés n'ont pas été respectés et je n'ai eu aucune explication.",
  "On m'a demandé plusieurs fois les mêmes justificatifs.",
  "J'ai dû me déplacer en agence pour une démarche qui devait se faire en ligne.",
  "Les frais prélevés ne correspondaient pas à ce qui m'avait été annoncé.",
  "J'ai eu l'impression de ne pas être écouté du tout.",
  "L'application a planté au moment de valider, et il a fallu tout recommencer.",
];
const BAD_DETAIL = [
  "J'attends toujours une réponse écrite.",
  "C'est la deuxième fois que cela m'arrive cette année.",
  "Je réfléchis sérieusement à changer d'établissement.",
  "Un simple appel aurait suffi à me rassurer.",
  "Le service client me renvoie vers l'agence, et l'agence vers le service client.",
];

const TITLES: Record<"good" | "mixed" | "bad", string[]> = {
  good: [
    "Rapide et clair",
    "Un vrai suivi",
    "Très bonne expérience",
    "Écoute et efficacité",
    "Rien à redire",
    "Des explications simples",
    "Réactifs et aimables",
    "Conseil de qualité",
    "Démarche sans accroc",
    "Merci pour la disponibilité",
    "Service à la hauteur",
    "Je recommande",
  ],
  mixed: [
    "Peut mieux faire",
    "Correct, sans plus",
    "Bien, mais trop lent",
    "Des hauts et des bas",
    "Un résultat, enfin",
    "Mitigé",
  ],
  bad: [
    "Très déçu",
    "Aucune réponse",
    "Délais non tenus",
    "Un parcours du combattant",
    "Pas à l'écoute",
    "Frais incompréhensibles",
    "Service injoignable",
    "Je ne recommande pas",
  ],
};

const ANSWERS: Record<"good" | "mixed" | "bad", string[]> = {
  good: [
    "Merci pour ce retour ! Nous transmettons vos mots à l'équipe qui vous a accompagné.",
    "Merci d'avoir pris le temps de partager votre expérience : c'est précieux pour toute l'équipe.",
    "Un grand merci pour votre confiance et pour ce message, qui fait plaisir à lire.",
  ],
  mixed: [
    "Merci pour cet avis nuancé. Vos remarques sur les délais sont transmises à l'équipe concernée, qui travaille à les réduire.",
    "Merci pour votre retour. Nous prenons note de ce qui peut être amélioré, en particulier les informations données dès le départ.",
  ],
  bad: [
    "Nous sommes désolés de lire ce témoignage. Pour que nous puissions examiner la situation, écrivez-nous depuis l'espace « Mes messages » ou le formulaire de contact : un conseiller vous répondra sous 48 heures.",
    "Nous regrettons cette expérience. Ce n'est pas le service que nous voulons rendre : notre équipe vous propose d'en parler en privé, depuis le formulaire de contact du site.",
    "Merci d'avoir pris le temps d'écrire, même pour dire ce qui n'a pas été. Nous voulons comprendre ce qui s'est passé : contactez-nous en message privé et nous reprendrons les choses avec vous.",
  ],
};

const FIRST_NAMES = [
  "Julie",
  "Mehdi",
  "Claire",
  "Paul",
  "Nadia",
  "François",
  "Emma",
  "Yann",
  "Inès",
  "Gérard",
  "Sarah",
  "Lucas",
  "Aminata",
  "Pierre",
  "Chloé",
  "Olivier",
  "Sofia",
  "Bruno",
  "Léna",
  "Hugo",
  "Camille",
  "Rachid",
  "Anne",
  "Marc",
  "Élodie",
  "Thierry",
  "Fatou",
  "Jean",
  "Manon",
  "Karim",
];
const LAST_NAMES = [
  "Moreau",
  "Benali",
  "Durand",
  "Leroy",
  "Haddad",
  "Garnier",
  "Fabre",
  "Le Gall",
  "Roux",
  "Martin",
  "Petit",
  "Diallo",
  "Lambert",
  "Bernard",
  "Morel",
  "Fontaine",
  "Chevalier",
  "Lefèvre",
  "Mercier",
  "Blanc",
];
/** The members who write spontaneous reviews in the demo. */
const MEMBERS = DEMO_MEMBERS.slice(0, 12).map((member) => member.key);
/** Who answers reviews: the service team's advisor and the community manager (reviews are a public source). */
const ANSWERERS = ["thomas", "karim"];

/** A small deterministic generator (mulberry32): the same demo at every start. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const RATINGS: (1 | 2 | 3 | 4 | 5)[] = [5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2, 1, 1, 1];
const tone = (rating: number) => (rating >= 4 ? "good" : rating === 3 ? "mixed" : "bad");

/** The refused ones: each for one of the fixed reasons, with the words the author receives. */
const REFUSED: {
  at: number;
  title: string;
  body: string;
  rating: 1 | 2 | 3 | 4 | 5;
  refusal: NonNullable<DemoReview["refusal"]>;
}[] = [
  {
    at: 17,
    rating: 1,
    title: "Des incapables",
    body: "Bande d'incapables et d'escrocs, vous êtes tous des voleurs, je vous souhaite de couler.",
    refusal: {
      reason: "insults",
      explanation:
        "Votre avis contient des insultes. Vous pouvez décrire ce qui s'est passé et ce que vous en pensez, même sévèrement, sans injurier : corrigez-le et nous le relirons.",
    },
  },
  {
    at: 41,
    rating: 5,
    title: "Super boulangerie",
    body: "La boulangerie à côté de l'agence fait les meilleurs croissants du quartier, je recommande vivement à tous.",
    refusal: {
      reason: "off_topic",
      explanation: "Votre avis porte sur un commerce voisin et non sur une expérience avec la banque.",
    },
  },
  {
    at: 88,
    rating: 5,
    title: "Gagnez de l'argent facilement",
    body: "Rejoignez mon programme de parrainage crypto et doublez votre épargne en un mois, lien dans mon profil.",
    refusal: {
      reason: "promotion",
      explanation:
        "Votre avis fait la promotion d'un service tiers. Un avis décrit une expérience vécue avec la banque.",
    },
  },
  {
    at: 203,
    rating: 2,
    title: "Toujours aucune réponse",
    body: "Personne ne m'a rappelé malgré trois messages laissés. J'attends toujours une réponse écrite.",
    refusal: {
      reason: "duplicate",
      explanation: "Vous avez déjà publié cet avis le même jour, mot pour mot : nous gardons le premier.",
    },
  },
];

export function demoReviews(): DemoReview[] {
  const random = sequence(16_2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const products = Object.keys(SITUATIONS) as DemoProduct[];
  const reviews: DemoReview[] = [];
  const count = 146;
  for (let i = 0; i < count; i++) {
    // Spread over 18 months, a little more often lately (invitations started slowly).
    const daysAgo = Math.max(1, Math.round(560 * (1 - Math.sqrt((i + 0.5) / count)))) + 2;
    const rating = pick(RATINGS);
    const kind = tone(rating);
    const product = pick(products);
    const judgement = kind === "good" ? pick(GOOD) : kind === "mixed" ? pick(MIXED) : pick(BAD);
    const detail =
      kind === "good" ? pick(GOOD_DETAIL) : kind === "mixed" ? pick(MIXED_DETAIL) : pick(BAD_DETAIL);
    const invited = random() < 0.72;
    const answered = kind === "bad" ? random() < 0.95 : kind === "mixed" ? random() < 0.8 : random() < 0.45;
    reviews.push({
      daysAgo,
      rating,
      product,
      title: pick(TITLES[kind]),
      body: `${pick(SITUATIONS[product])} ${judgement} ${detail}`,
      experienceDaysBefore: 1 + Math.floor(random() * 20),
      invited: invited ? { firstName: pick(FIRST_NAMES), lastName: pick(LAST_NAMES) } : null,
      member: invited ? null : pick(MEMBERS),
      refusal: null,
      answer: answered
        ? { by: pick(ANSWERERS), body: pick(ANSWERS[kind]), afterHours: 4 + Math.floor(random() * 60) }
        : null,
      update: null,
      hold: false,
    });
  }
  // Two authors updated after the bank's answer: both versions stay public.
  const updatable = reviews.filter((review) => review.rating <= 2 && review.answer && review.daysAgo > 30);
  for (const [i, review] of updatable.slice(0, 2).entries())
    review.update =
      i === 0
        ? {
            rating: 4,
            title: "Mise à jour : problème réglé",
            body: `${review.body} Mise à jour : après la réponse de la banque, une conseillère m'a rappelé et tout a été réglé en une semaine. Je remonte ma note.`,
          }
        : {
            rating: 3,
            title: "Mise à jour : un geste, enfin",
            body: `${review.body} Mise à jour : on m'a recontacté et les frais ont été remboursés. L'attente reste trop longue.`,
          };
  for (const refused of REFUSED)
    reviews.push({
      daysAgo: refused.at,
      rating: refused.rating,
      product: "autre",
      title: refused.title,
      body: refused.body,
      experienceDaysBefore: 2,
      invited: null,
      member: pick(MEMBERS),
      refusal: refused.refusal,
      answer: null,
      update: null,
      hold: false,
    });
  // One held: its author gave the bank seven days to contact them first (three are left).
  reviews.push({
    daysAgo: 4,
    rating: 1,
    product: "credit-immobilier",
    title: "Dossier de prêt bloqué",
    body: "Notre offre de prêt devait arriver il y a trois semaines, le compromis expire bientôt et personne ne nous dit où en est le dossier. Nous sommes inquiets.",
    experienceDaysBefore: 2,
    invited: { firstName: "Élodie", lastName: "Mercier" },
    member: null,
    refusal: null,
    answer: null,
    update: null,
    hold: true,
  });
  return reviews.sort((a, b) => b.daysAgo - a.daysAgo);
}
