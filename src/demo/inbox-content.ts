/**
 * The demo inbox: what clients wrote to the bank privately over three months — by "Mes messages",
 * the contact form and e-mail — each message written once, as people write, with what the bank
 * did next. The community's own questions join the inbox through its rules (src/demo/inbox.ts).
 */

export type DemoSource = "private_message" | "contact_form" | "email";
export type DemoTeam = "particuliers" | "credit-immobilier";

export interface DemoComplaint {
  /** How far the complaint got: only suggested by the classifier, confirmed, acknowledged, given a holding reply, answered. */
  stage: "suggested" | "confirmed" | "acknowledged" | "holding" | "answered";
  product: string;
  cause: string;
  outcome?: "upheld" | "partly_upheld" | "rejected";
  compensationEuros?: number;
}

export interface DemoInboxItem {
  source: DemoSource;
  /** A demo member's key (private messages), or someone known by their address. */
  from: string | { name: string; email: string };
  daysAgo: number;
  team: DemoTeam;
  subject: string;
  body: string;
  /** The bank's answer, some business hours later. */
  answer?: string;
  /** The client's word after the answer. */
  followUp?: string;
  /** Where the conversation rests: resolved, waiting on the client, snoozed, or still open. */
  rest: "open" | "waiting" | "resolved" | "snoozed";
  /** A private note between colleagues. */
  note?: string;
  complaint?: DemoComplaint;
}

const outside = (name: string, email: string) => ({ name, email });

export const DEMO_INBOX: DemoInboxItem[] = [
  // — Cards and payments —
  {
    source: "private_message",
    from: "julie",
    daysAgo: 88,
    team: "particuliers",
    subject: "Paiement refusé en Espagne",
    body: "Bonjour, ma carte a été refusée trois fois à Valence alors que mon compte est approvisionné. J'ai dû payer l'hôtel avec la carte de mon frère. Pouvez-vous m'expliquer ce qui s'est passé ?",
    answer:
      "Bonjour Julie, les paiements ont été bloqués par notre contrôle antifraude, déclenché par un premier achat dans un pays inhabituel. Le blocage est levé ; vous pouvez aussi déclarer vos voyages dans l'application, rubrique Cartes.",
    followUp: "Merci, ça a fonctionné le lendemain. Dommage de ne pas avoir été prévenue par SMS.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Carte bancaire",
      cause: "Blocage antifraude",
      outcome: "partly_upheld",
    },
  },
  {
    source: "email",
    from: outside("Bernard Lefèvre", "b.lefevre@exemple.fr"),
    daysAgo: 84,
    team: "particuliers",
    subject: "Double débit d'un achat en ligne",
    body: "Madame, Monsieur,\n\nLe 3 du mois, un achat de 129,90 € chez un marchand en ligne a été débité deux fois de mon compte. Le marchand affirme n'avoir encaissé qu'une fois. Je vous demande de rembourser le second débit.\n\nCordialement,\nBernard Lefèvre",
    answer:
      "Bonjour Monsieur Lefèvre, nous avons ouvert une contestation auprès du réseau de la carte. Le second débit vous sera recrédité sous 10 jours ouvrés au plus tard ; nous vous écrirons dès que c'est fait.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Carte bancaire",
      cause: "Opération débitée deux fois",
      outcome: "upheld",
      compensationEuros: 129.9,
    },
  },
  {
    source: "private_message",
    from: "mehdi",
    daysAgo: 80,
    team: "particuliers",
    subject: "Plafond de paiement pour un achat de meuble",
    body: "Bonjour, je dois payer une cuisine 4 800 € la semaine prochaine. Mon plafond est à 2 500 €. Est-ce possible de l'augmenter juste pour ce mois-ci ?",
    answer:
      "Bonjour Mehdi, oui : dans l'application, rubrique Cartes puis Plafonds, vous pouvez relever le plafond de paiement pour 30 jours. S'il manque de la marge, répondez-nous et nous l'ajusterons.",
    followUp: "Parfait, c'est fait en deux minutes. Merci !",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Isabelle Roux", "isabelle.roux@exemple.fr"),
    daysAgo: 77,
    team: "particuliers",
    subject: "Carte avalée par le distributeur",
    body: "Bonjour, le distributeur de la place de la République a gardé ma carte hier soir. Je ne suis pas cliente chez vous, ma banque est en ligne. Comment la récupérer ?",
    answer:
      "Bonjour, une carte gardée par un de nos distributeurs est détruite le lendemain pour votre sécurité. Faites opposition auprès de votre banque, qui vous en enverra une nouvelle.",
    rest: "resolved",
  },
  {
    source: "private_message",
    from: "claire",
    daysAgo: 74,
    team: "particuliers",
    subject: "Prélèvement inconnu de 49 €",
    body: "Je vois un prélèvement de 49 € d'une société que je ne connais pas. Je n'ai jamais signé de mandat. Je veux qu'il soit annulé et remboursé, c'est la deuxième fois ce trimestre !",
    answer:
      "Bonjour Claire, vous avez raison : sans mandat, le prélèvement n'est pas autorisé. Nous l'avons rejeté et le remboursement apparaîtra sous 48 h. Nous avons aussi bloqué ce créancier sur votre compte.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Prélèvement",
      cause: "Prélèvement non autorisé",
      outcome: "upheld",
      compensationEuros: 49,
    },
  },
  {
    source: "email",
    from: outside("Thierry Garnier", "thierry.garnier@exemple.fr"),
    daysAgo: 70,
    team: "particuliers",
    subject: "Virement instantané jamais arrivé",
    body: "Bonjour,\nJ'ai envoyé un virement instantané de 300 € à mon fils vendredi à 18 h. Lundi matin, il n'a toujours rien reçu et l'argent a quitté mon compte. Qu'est-ce qui se passe ? Un virement « instantané » qui prend trois jours, c'est une blague.",
    answer:
      "Bonjour Monsieur Garnier, la banque de votre fils n'acceptait pas encore les virements instantanés ce week-end : le virement est passé en virement classique et il est arrivé ce matin. Nous vous remboursons les frais du virement instantané.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Virement",
      cause: "Délai d'exécution",
      outcome: "partly_upheld",
      compensationEuros: 1,
    },
  },
  {
    source: "private_message",
    from: "paulo",
    daysAgo: 66,
    team: "particuliers",
    subject: "Activer Apple Pay",
    body: "Salut, comment j'ajoute ma carte dans Apple Pay ? L'appli me dit « carte non éligible ».",
    answer:
      "Bonjour, les cartes Visa Classic émises avant 2021 ne sont pas éligibles. Vous pouvez demander gratuitement une nouvelle carte dans l'application, rubrique Cartes ; elle sera compatible.",
    rest: "resolved",
  },
  {
    source: "private_message",
    from: "nadia",
    daysAgo: 61,
    team: "particuliers",
    subject: "Opposition sur ma carte volée",
    body: "On m'a volé mon sac dans le métro ce matin. J'ai fait opposition par téléphone mais je vois deux paiements sans contact après l'heure du vol. Je ne les ai pas faits.",
    answer:
      "Bonjour Nadia, nous sommes désolés. Les deux paiements, faits après le vol, vous sont remboursés sous un jour ouvré, comme la loi le prévoit. Votre nouvelle carte part aujourd'hui.",
    followUp: "Merci pour la rapidité, je ne m'attendais pas à ce que ce soit si simple.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Carte bancaire",
      cause: "Opération non autorisée",
      outcome: "upheld",
      compensationEuros: 37.5,
    },
  },
  {
    source: "email",
    from: outside("Anne-Sophie Marchand", "as.marchand@exemple.fr"),
    daysAgo: 58,
    team: "particuliers",
    subject: "Frais de rejet de prélèvement",
    body: "Bonjour, vous m'avez facturé 20 € de frais pour un prélèvement rejeté alors que mon salaire arrivait le lendemain. Je trouve ces frais disproportionnés et je demande leur remboursement.",
    answer:
      "Bonjour Madame, ces frais correspondent à notre tarif, plafonné par la loi à 20 € par rejet. Nous maintenons les frais, mais vous pouvez activer l'alerte solde bas pour éviter un nouveau rejet.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Compte courant",
      cause: "Frais d'incident",
      outcome: "rejected",
    },
  },
  {
    source: "private_message",
    from: "francois",
    daysAgo: 55,
    team: "particuliers",
    subject: "Ma carte ne marche plus sans contact",
    body: "Depuis une semaine ma carte ne passe plus en sans contact, il faut toujours insérer la carte et taper le code. C'est normal ?",
    answer:
      "Bonjour François, par sécurité, le code est demandé après cinq paiements sans contact ou 150 € cumulés. Un paiement avec code remet le compteur à zéro.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Karine Dubois", "karine.dubois@exemple.fr"),
    daysAgo: 52,
    team: "particuliers",
    subject: "Retrait d'espèces non délivré",
    body: "J'ai demandé 100 € au distributeur de la gare, l'appareil a fait du bruit puis plus rien, aucun billet. Mon compte (dans une autre banque) est quand même débité. Je suis furieuse.",
    answer:
      "Bonjour Madame, le comptage de ce distributeur confirme un excédent de 100 € ce jour-là. Nous en informons votre banque, qui vous recréditera ; vous pouvez lui transmettre cette réponse.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Retrait d'espèces",
      cause: "Incident de distributeur",
      outcome: "upheld",
      compensationEuros: 100,
    },
  },
  {
    source: "private_message",
    from: "emma",
    daysAgo: 47,
    team: "particuliers",
    subject: "Virement vers un compte allemand",
    body: "Bonjour ! Je dois verser la caution de mon appartement à Berlin. Un virement SEPA vers l'Allemagne coûte combien et met combien de temps ?",
    answer:
      "Bonjour Emma, un virement SEPA vers l'Allemagne est gratuit et arrive en un jour ouvré (en quelques secondes en instantané, 0,80 €).",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Jean-Marc Perrin", "jm.perrin@exemple.fr"),
    daysAgo: 40,
    team: "particuliers",
    subject: "Escroquerie au faux conseiller",
    body: "Bonjour,\nUn homme se présentant comme votre service fraude m'a appelé depuis votre numéro. Il m'a fait valider deux paiements de 980 € « pour les annuler ». Je n'ai compris qu'après. Je demande le remboursement intégral : c'est votre numéro qui s'affichait.",
    answer:
      "Bonjour Monsieur Perrin, votre réclamation demande une enquête auprès du réseau de la carte et de votre opérateur téléphonique, qui ne peut pas aboutir dans les 15 jours ouvrés. Vous aurez notre réponse définitive au plus tard 35 jours ouvrés après sa réception ; votre carte est déjà bloquée et les paiements signalés.",
    rest: "waiting",
    note: "Vérifier avec la sécurité si l'usurpation du numéro est confirmée sur d'autres dossiers cette semaine.",
    complaint: { stage: "holding", product: "Carte bancaire", cause: "Fraude par usurpation" },
  },
  {
    source: "private_message",
    from: "yann",
    daysAgo: 35,
    team: "particuliers",
    subject: "Paiement en plusieurs fois refusé",
    body: "Pourquoi le paiement en 4 fois m'est refusé chez le vendeur d'électroménager ? Ça fait 12 ans que je suis chez vous, c'est vexant.",
    answer:
      "Bonjour Yann, le paiement en plusieurs fois est accordé par l'organisme du commerçant, pas par nous. Nous ne voyons pas son refus ; le vendeur peut vous en donner la raison.",
    followUp: "D'accord, je comprends mieux. Merci.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Sylvie Caron", "sylvie.caron@exemple.fr"),
    daysAgo: 12,
    team: "particuliers",
    subject: "Toujours pas de remboursement après ma contestation",
    body: "Bonjour, il y a trois semaines j'ai contesté un paiement de 64 € fait sur un site que je ne connais pas. Malgré mes deux relances, rien n'a bougé. Je commence à perdre patience.",
    rest: "open",
    complaint: { stage: "acknowledged", product: "Carte bancaire", cause: "Délai de traitement" },
  },
  {
    source: "private_message",
    from: "ines",
    daysAgo: 9,
    team: "particuliers",
    subject: "Prélevée deux fois pour la cantine",
    body: "La cantine de mon fils a été prélevée deux fois ce mois-ci (2 × 78 €). La mairie dit que le problème vient de la banque.",
    rest: "open",
    complaint: { stage: "confirmed", product: "Prélèvement", cause: "Opération débitée deux fois" },
  },
  {
    source: "contact_form",
    from: outside("Patrick Noël", "patrick.noel@exemple.fr"),
    daysAgo: 18,
    team: "particuliers",
    subject: "Virement frauduleux après un SMS",
    body: "J'ai cliqué sur un SMS « colis en attente » et depuis 1 200 € sont partis par virement vers un compte inconnu. Je veux que vous bloquiez tout et que vous me remboursiez.",
    rest: "open",
    note: "Pas client : orienter vers sa banque, mais accuser réception dans les délais.",
    complaint: { stage: "confirmed", product: "Virement", cause: "Hameçonnage" },
  },
  {
    source: "private_message",
    from: "gerard",
    daysAgo: 6,
    team: "particuliers",
    subject: "Chèque déposé il y a 10 jours",
    body: "J'ai déposé un chèque de 450 € il y a dix jours à l'agence. Il n'apparaît toujours pas sur mon compte. Vous l'avez perdu ?",
    rest: "open",
    complaint: { stage: "suggested", product: "Chèque", cause: "Délai d'encaissement" },
  },
  {
    source: "email",
    from: outside("Hélène Vidal", "helene.vidal@exemple.fr"),
    daysAgo: 3,
    team: "particuliers",
    subject: "Carte bloquée sans raison à la caisse",
    body: "Bonjour, ma carte a été refusée au supermarché ce midi devant tout le monde, alors que j'ai de l'argent sur mon compte. C'est humiliant. Qu'est-ce qui se passe ?",
    rest: "open",
    complaint: { stage: "suggested", product: "Carte bancaire", cause: "Refus de paiement" },
  },
  {
    source: "private_message",
    from: "sarah",
    daysAgo: 2,
    team: "particuliers",
    subject: "Changer le code de ma carte",
    body: "Bonjour, est-ce que je peux choisir un nouveau code pour ma carte ? Je n'arrive pas à retenir celui-ci.",
    rest: "open",
  },
  // — Accounts, fees and everyday banking —
  {
    source: "private_message",
    from: "lucas",
    daysAgo: 86,
    team: "particuliers",
    subject: "Ouvrir un compte joint",
    body: "Bonjour, avec ma compagne on voudrait un compte joint pour le loyer et les courses. Elle n'est pas cliente. Comment fait-on ?",
    answer:
      "Bonjour Lucas, votre compagne peut ouvrir son espace en ligne en 10 minutes, puis vous ouvrez le compte joint ensemble depuis l'application. Aucune visite en agence n'est nécessaire.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Monique Fabre", "monique.fabre@exemple.fr"),
    daysAgo: 82,
    team: "particuliers",
    subject: "Frais de tenue de compte augmentés",
    body: "Bonjour,\nJe découvre que mes frais de tenue de compte passent de 2 € à 3,50 € par mois. À 78 ans, je trouve cela injuste, surtout sans courrier explicatif. Je souhaite une explication.",
    answer:
      "Bonjour Madame Fabre, la nouvelle grille vous a été envoyée deux mois avant son application, comme la loi l'exige, dans votre espace et par courrier. Nous comprenons votre surprise : votre conseiller vous appellera pour voir l'offre la plus adaptée.",
    followUp: "J'ai eu le conseiller, nous avons trouvé une formule moins chère. Merci.",
    rest: "resolved",
    complaint: { stage: "answered", product: "Compte courant", cause: "Tarification", outcome: "rejected" },
  },
  {
    source: "private_message",
    from: "aminata",
    daysAgo: 78,
    team: "particuliers",
    subject: "Attestation de compte pour mon employeur",
    body: "Bonjour, mon nouvel employeur me demande un RIB et une attestation de titulaire. Où les trouver ?",
    answer:
      "Bonjour Aminata, le RIB est dans l'application, rubrique Comptes, bouton « RIB ». L'attestation se télécharge au même endroit, en PDF.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Damien Leroy", "damien.leroy@exemple.fr"),
    daysAgo: 73,
    team: "particuliers",
    subject: "Conditions pour devenir client",
    body: "Bonjour, je suis étudiant en alternance. Quelles sont les conditions pour ouvrir un compte chez vous, et y a-t-il une offre jeunes ?",
    answer:
      "Bonjour Damien, il suffit d'avoir 18 ans, une pièce d'identité et un justificatif de domicile. L'offre Jeunes (18–25 ans) est gratuite et comprend une carte à débit immédiat.",
    rest: "resolved",
  },
  {
    source: "private_message",
    from: "pierre",
    daysAgo: 69,
    team: "particuliers",
    subject: "Découvert autorisé dépassé",
    body: "J'ai dépassé mon découvert de 30 € pendant deux jours et je me retrouve avec 8 € d'agios et 12 € de commission. Franchement pour 30 € c'est abusé.",
    answer:
      "Bonjour Pierre-Yves, nous avons vérifié : la commission d'intervention a été prélevée alors que vous étiez dans la limite des 24 heures de tolérance. Nous la remboursons ; les agios restent dus.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Compte courant",
      cause: "Frais d'incident",
      outcome: "partly_upheld",
      compensationEuros: 12,
    },
  },
  {
    source: "email",
    from: outside("Christophe Morel", "c.morel@exemple.fr"),
    daysAgo: 63,
    team: "particuliers",
    subject: "Clôture de compte pas prise en compte",
    body: "Bonjour, j'ai demandé la clôture de mon compte par lettre recommandée il y a deux mois. Vous continuez à me prélever les frais de tenue de compte. Je vous demande de clôturer immédiatement et de rembourser les frais prélevés depuis ma demande.",
    answer:
      "Bonjour Monsieur Morel, votre lettre a été mal orientée et nous vous présentons nos excuses. Le compte est clôturé ce jour, le solde vous a été viré et les frais perçus depuis votre demande (7 €) sont remboursés.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Compte courant",
      cause: "Clôture non traitée",
      outcome: "upheld",
      compensationEuros: 7,
    },
  },
  {
    source: "private_message",
    from: "chloe",
    daysAgo: 57,
    team: "particuliers",
    subject: "Procuration pour ma grand-mère",
    body: "Bonjour, ma grand-mère voudrait me donner procuration sur son compte. Elle ne se déplace plus. Est-ce possible à domicile ?",
    answer:
      "Bonjour Chloé, oui : un conseiller peut se déplacer chez elle avec le formulaire de procuration. Indiquez-nous deux créneaux qui lui conviennent.",
    followUp: "Mardi ou jeudi après-midi, après 14 h. Merci beaucoup.",
    rest: "waiting",
  },
  {
    source: "contact_form",
    from: outside("Laurent Girard", "laurent.girard@exemple.fr"),
    daysAgo: 50,
    team: "particuliers",
    subject: "Succession de mon père",
    body: "Bonjour, mon père est décédé le mois dernier. Il avait ses comptes chez vous. Quelles démarches faut-il faire et qui contacter ?",
    answer:
      "Bonjour Monsieur Girard, toutes nos condoléances. Le notaire chargé de la succession nous écrit directement ; en attendant, vous pouvez nous envoyer l'acte de décès pour que les prélèvements ordinaires soient suspendus.",
    rest: "resolved",
  },
  {
    source: "private_message",
    from: "olivier",
    daysAgo: 44,
    team: "particuliers",
    subject: "Application qui plante à l'ouverture",
    body: "Depuis la mise à jour, l'appli se ferme dès que je l'ouvre (Android 14). Impossible de consulter mes comptes depuis 4 jours, et personne ne répond au chat. Nul.",
    answer:
      "Bonjour Olivier, un correctif pour Android 14 est disponible depuis ce matin (version 8.4.1). Mettez l'application à jour ; si le problème continue, répondez-nous avec le modèle de votre téléphone.",
    followUp: "Ça remarche. Mais 4 jours sans accès, c'est long.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Banque en ligne",
      cause: "Panne de l'application",
      outcome: "upheld",
    },
  },
  {
    source: "email",
    from: outside("Valérie Lambert", "valerie.lambert@exemple.fr"),
    daysAgo: 38,
    team: "particuliers",
    subject: "Demande de relevés anciens",
    body: "Bonjour, pour mon dossier de retraite, j'ai besoin de mes relevés de compte de 2016 et 2017. Pouvez-vous me les envoyer ?",
    answer:
      "Bonjour Madame Lambert, les relevés de plus de 5 ans sont archivés : nous les commandons, ils seront dans votre espace sous 10 jours. Cette recherche est gratuite.",
    rest: "resolved",
  },
  {
    source: "private_message",
    from: "julie",
    daysAgo: 31,
    team: "particuliers",
    subject: "Agence fermée sans prévenir",
    body: "Je me suis déplacée deux fois à l'agence de la rue Victor-Hugo aux horaires affichés et c'était fermé les deux fois, sans aucun mot sur la porte. J'ai pris une demi-journée pour rien.",
    answer:
      "Bonjour Julie, nous sommes désolés : l'agence a fermé deux jours pour travaux et l'information n'a pas été affichée. Votre conseillère vous propose un rendez-vous en visio ou à l'agence de la place Bellecour à l'heure qui vous convient.",
    rest: "waiting",
    complaint: { stage: "acknowledged", product: "Agence", cause: "Accueil et disponibilité" },
  },
  {
    source: "contact_form",
    from: outside("Nathalie Bonnet", "nathalie.bonnet@exemple.fr"),
    daysAgo: 27,
    team: "particuliers",
    subject: "Mobilité bancaire",
    body: "Bonjour, je souhaite transférer tous mes comptes chez vous. Le service de mobilité s'occupe-t-il aussi de mes prélèvements et virements réguliers ?",
    answer:
      "Bonjour Madame Bonnet, oui : avec votre accord, nous prévenons vos créanciers et votre employeur, et nous reprenons vos virements permanents. Cela prend 22 jours ouvrés au plus.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Robert Chevalier", "robert.chevalier@exemple.fr"),
    daysAgo: 21,
    team: "particuliers",
    subject: "Trois appels sans réponse",
    body: "Bonjour, cela fait trois fois que j'appelle votre service client au sujet d'une erreur sur mon relevé et que l'on me promet un rappel qui ne vient jamais. Je n'ai plus confiance.",
    rest: "open",
    note: "Relevé de novembre : une opération de 215 € apparaît en double à l'affichage seulement ; à confirmer avec l'équipe des relevés.",
    complaint: { stage: "acknowledged", product: "Relevés", cause: "Rappel non effectué" },
  },
  {
    source: "private_message",
    from: "mehdi",
    daysAgo: 16,
    team: "particuliers",
    subject: "Changement d'adresse",
    body: "Bonjour, je déménage le 1er du mois prochain. Comment changer mon adresse ?",
    answer:
      "Bonjour Mehdi, dans l'application : Profil, puis Coordonnées. Le justificatif de domicile est demandé à la fin.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Sébastien Muller", "sebastien.muller@exemple.fr"),
    daysAgo: 14,
    team: "particuliers",
    subject: "Horaires d'ouverture le samedi",
    body: "Bonjour, l'agence de Strasbourg est-elle ouverte le samedi matin ?",
    answer: "Bonjour, oui, de 9 h à 12 h 30, et sur rendez-vous l'après-midi.",
    rest: "resolved",
  },
  {
    source: "private_message",
    from: "emma",
    daysAgo: 11,
    team: "particuliers",
    subject: "Refus d'ouverture de Livret A pour ma fille",
    body: "On m'a refusé l'ouverture d'un Livret A pour ma fille de 3 ans à l'agence, en me disant de revenir avec le père. C'est faux, j'ai l'autorité parentale moi aussi ! Je suis très mécontente de l'accueil.",
    answer:
      "Bonjour Emma, vous avez raison : un seul parent suffit pour ouvrir un Livret A à son enfant. Nous avons rappelé la règle à l'agence ; le livret peut être ouvert depuis l'application dès aujourd'hui.",
    rest: "waiting",
    complaint: { stage: "answered", product: "Épargne", cause: "Erreur de conseil", outcome: "upheld" },
  },
  {
    source: "email",
    from: outside("Françoise Aubert", "francoise.aubert@exemple.fr"),
    daysAgo: 8,
    team: "particuliers",
    subject: "Demande de rendez-vous pour épargne retraite",
    body: "Bonjour, je voudrais faire le point sur l'épargne retraite avec un conseiller. Quelles sont vos disponibilités la semaine prochaine ?",
    answer:
      "Bonjour Madame Aubert, votre conseiller vous propose mardi à 10 h ou jeudi à 16 h, en agence ou en visio. Dites-nous ce qui vous convient.",
    rest: "waiting",
  },
  {
    source: "private_message",
    from: "nadia",
    daysAgo: 5,
    team: "particuliers",
    subject: "Frais bancaires à l'étranger",
    body: "Je pars six mois au Canada. Quels frais vais-je payer avec ma carte là-bas, pour les paiements et les retraits ?",
    rest: "snoozed",
    note: "Attendre la nouvelle grille tarifaire du 1er du mois avant de répondre (les frais hors zone euro baissent).",
  },
  {
    source: "contact_form",
    from: outside("Marc Rousseau", "marc.rousseau@exemple.fr"),
    daysAgo: 4,
    team: "particuliers",
    subject: "Chéquier jamais reçu",
    body: "Bonjour, j'ai commandé un chéquier il y a trois semaines et je ne l'ai toujours pas reçu. Je dois payer mon artisan avec. C'est insupportable d'attendre autant.",
    rest: "open",
    complaint: { stage: "suggested", product: "Chèque", cause: "Délai de livraison" },
  },
  {
    source: "private_message",
    from: "francois",
    daysAgo: 1,
    team: "particuliers",
    subject: "Notifications de l'application",
    body: "Bonjour, peut-on recevoir une notification à chaque paiement par carte ? Je ne trouve pas le réglage.",
    rest: "open",
  },
  // — Loans and home loans —
  {
    source: "private_message",
    from: "claire",
    daysAgo: 87,
    team: "credit-immobilier",
    subject: "Simulation de prêt immobilier",
    body: "Bonjour, nous cherchons un appartement autour de 280 000 € avec 30 000 € d'apport. Pouvez-vous nous dire si c'est envisageable sur 25 ans ?",
    answer:
      "Bonjour Claire, c'est tout à fait à étudier. Pour une réponse précise, votre conseiller a besoin de vos trois derniers bulletins de salaire et avis d'imposition : déposez-les dans votre espace, il vous rappellera sous 48 h.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Guillaume Faure", "guillaume.faure@exemple.fr"),
    daysAgo: 81,
    team: "credit-immobilier",
    subject: "Délai d'offre de prêt",
    body: "Bonjour,\nNotre accord de principe date d'il y a cinq semaines et nous n'avons toujours pas l'offre de prêt. La signature chez le notaire est dans dix jours. Si nous perdons l'appartement, ce sera de votre faute.",
    answer:
      "Bonjour Monsieur Faure, votre offre a été éditée ce matin et vous arrive par courrier et dans votre espace. Le délai de réflexion de 10 jours permet de tenir la date : nous avons prévenu votre notaire.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Prêt immobilier",
      cause: "Délai de traitement",
      outcome: "partly_upheld",
    },
  },
  {
    source: "private_message",
    from: "paulo",
    daysAgo: 75,
    team: "credit-immobilier",
    subject: "Remboursement anticipé partiel",
    body: "Bonjour, j'ai touché un héritage et je voudrais rembourser 20 000 € de mon prêt immo. Y a-t-il des pénalités ?",
    answer:
      "Bonjour, les indemnités de remboursement anticipé sont au plus de 3 % du capital remboursé ou de six mois d'intérêts, le plus faible des deux. Votre conseiller vous envoie le calcul exact et les deux options : baisser la mensualité ou la durée.",
    followUp: "Super, je préfère réduire la durée. Je valide avec lui.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Élodie Martin", "elodie.martin@exemple.fr"),
    daysAgo: 68,
    team: "credit-immobilier",
    subject: "Prêt à taux zéro",
    body: "Bonjour, sommes-nous éligibles au prêt à taux zéro pour une maison neuve à Angers, avec deux enfants ?",
    answer:
      "Bonjour Madame, l'éligibilité dépend de vos revenus et de la zone du logement. Notre simulateur en ligne vous donne une première réponse ; un conseiller crédit peut ensuite étudier votre dossier complet.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Philippe Renard", "philippe.renard@exemple.fr"),
    daysAgo: 60,
    team: "credit-immobilier",
    subject: "Assurance emprunteur : changement refusé",
    body: "Madame, Monsieur,\nJ'ai demandé à changer d'assurance emprunteur (loi Lemoine), avec des garanties équivalentes. Vous avez refusé sans motiver votre refus. Je conteste cette décision.",
    answer:
      "Bonjour Monsieur Renard, après un nouvel examen, les garanties de votre nouveau contrat sont bien équivalentes. Nous acceptons la substitution ; l'avenant vous parvient sous 10 jours. Nous regrettons le premier refus, insuffisamment motivé.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Assurance emprunteur",
      cause: "Refus de substitution",
      outcome: "upheld",
    },
  },
  {
    source: "private_message",
    from: "lucas",
    daysAgo: 54,
    team: "credit-immobilier",
    subject: "Modulation des échéances",
    body: "Bonjour, avec l'arrivée du bébé, on voudrait baisser nos mensualités pendant un an. C'est prévu dans notre contrat ?",
    answer:
      "Bonjour Lucas, félicitations ! Votre contrat permet de baisser la mensualité jusqu'à 30 %, une fois par an, après 12 mois de remboursement. La demande se fait dans l'espace Crédits.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Caroline Blanc", "caroline.blanc@exemple.fr"),
    daysAgo: 46,
    team: "credit-immobilier",
    subject: "Frais de dossier facturés deux fois",
    body: "Bonjour, les frais de dossier de notre prêt (800 €) ont été prélevés à l'offre puis de nouveau au déblocage des fonds. Merci de régulariser rapidement.",
    answer:
      "Bonjour Madame Blanc, c'est une erreur de notre part : les 800 € prélevés en double vous sont remboursés aujourd'hui, avec nos excuses.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Prêt immobilier",
      cause: "Opération débitée deux fois",
      outcome: "upheld",
      compensationEuros: 800,
    },
  },
  {
    source: "contact_form",
    from: outside("Antoine Mercier", "antoine.mercier@exemple.fr"),
    daysAgo: 39,
    team: "credit-immobilier",
    subject: "Rachat de crédit",
    body: "Bonjour, j'ai un prêt immobilier dans une autre banque à 4,1 %. Pourriez-vous racheter mon crédit ?",
    answer:
      "Bonjour Monsieur Mercier, nous pouvons l'étudier. Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager. Envoyez-nous votre tableau d'amortissement et vos trois derniers bulletins de salaire.",
    rest: "waiting",
  },
  {
    source: "private_message",
    from: "aminata",
    daysAgo: 33,
    team: "credit-immobilier",
    subject: "Refus de prêt sans explication",
    body: "On vient de me refuser mon prêt immobilier par un simple mail, sans aucune explication. Après trois rendez-vous et des dizaines de documents. Je trouve ça méprisant.",
    answer:
      "Bonjour Aminata, nous comprenons votre déception. Votre conseillère vous appelle demain pour vous expliquer la décision de vive voix et voir ce qui permettrait de représenter un dossier.",
    rest: "waiting",
    complaint: { stage: "acknowledged", product: "Prêt immobilier", cause: "Refus de crédit" },
  },
  {
    source: "email",
    from: outside("Dominique Gauthier", "d.gauthier@exemple.fr"),
    daysAgo: 25,
    team: "credit-immobilier",
    subject: "Déblocage des fonds en retard",
    body: "Bonjour,\nLe notaire attend les fonds depuis hier pour la signature. Votre service crédit ne répond pas au téléphone. Nous risquons de devoir payer des pénalités au vendeur. C'est inacceptable.",
    answer:
      "Bonjour, les fonds ont été virés au notaire ce matin à 9 h 40. Si la signature a été décalée par notre retard et vous a coûté des frais, envoyez-nous les justificatifs : nous les prendrons en charge.",
    rest: "waiting",
    complaint: { stage: "acknowledged", product: "Prêt immobilier", cause: "Délai de déblocage" },
  },
  {
    source: "private_message",
    from: "olivier",
    daysAgo: 19,
    team: "credit-immobilier",
    subject: "Attestation de prêt pour les impôts",
    body: "Bonjour, où trouver l'attestation d'intérêts d'emprunt pour ma déclaration ?",
    answer: "Bonjour Olivier, dans l'espace Crédits, menu Documents : l'attestation annuelle est en PDF.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Stéphanie Lemoine", "stephanie.lemoine@exemple.fr"),
    daysAgo: 15,
    team: "credit-immobilier",
    subject: "Prêt relais pendant la vente",
    body: "Bonjour, nous vendons notre maison et achetons un appartement. Comment fonctionne un prêt relais et combien de temps dure-t-il ?",
    rest: "open",
  },
  {
    source: "email",
    from: outside("Alain Brun", "alain.brun@exemple.fr"),
    daysAgo: 13,
    team: "credit-immobilier",
    subject: "Erreur dans le tableau d'amortissement",
    body: "Bonjour, le tableau d'amortissement reçu après ma renégociation reprend l'ancien taux. Je paie donc trop chaque mois depuis deux échéances. Je vous demande de corriger et de me rembourser la différence.",
    rest: "open",
    complaint: { stage: "confirmed", product: "Prêt immobilier", cause: "Erreur de taux" },
  },
  {
    source: "private_message",
    from: "chloe",
    daysAgo: 7,
    team: "credit-immobilier",
    subject: "Durée maximale d'un prêt",
    body: "Bonjour, quelle est la durée maximale d'un prêt pour une première acquisition ?",
    answer:
      "Bonjour Chloé, 25 ans en règle générale, jusqu'à 27 ans quand le prêt finance aussi des travaux importants ou un logement neuf livré plus tard.",
    rest: "resolved",
  },
  {
    source: "email",
    from: outside("Gilles Picard", "gilles.picard@exemple.fr"),
    daysAgo: 2,
    team: "credit-immobilier",
    subject: "Pénalités de remboursement anticipé injustifiées",
    body: "Bonjour, vous me réclamez 2 900 € de pénalités pour rembourser mon prêt suite à la vente de ma maison, alors que je vends pour une mutation professionnelle. La loi prévoit une exonération dans ce cas ! Je demande l'annulation de ces pénalités.",
    rest: "open",
    complaint: {
      stage: "suggested",
      product: "Prêt immobilier",
      cause: "Indemnités de remboursement anticipé",
    },
  },
  // — In English —
  {
    source: "email",
    from: outside("James Whitfield", "james.whitfield@example.co.uk"),
    daysAgo: 72,
    team: "particuliers",
    subject: "Opening an account as a UK resident",
    body: "Hello, I am moving to Lyon for work next month. Can I open an account before I arrive, with a UK address?",
    answer:
      "Hello Mr Whitfield, you can start online with your passport and a UK proof of address; we will ask for your French address within three months of opening.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Maria Gonzalez", "maria.gonzalez@example.com"),
    daysAgo: 49,
    team: "particuliers",
    subject: "Card charged twice at a hotel",
    body: "Hi, I was charged twice for the same hotel night in Paris (2 × 189 €). The hotel says they only took one payment. This is really frustrating, I want my money back.",
    answer:
      "Hello, the hotel pre-authorised your card once and charged it once; the pre-authorisation will disappear within 7 days without any debit. If it has not gone by then, write back and we will open a dispute.",
    followUp: "It disappeared today. Thanks for explaining.",
    rest: "resolved",
    complaint: {
      stage: "answered",
      product: "Carte bancaire",
      cause: "Préautorisation",
      outcome: "rejected",
    },
  },
  {
    source: "email",
    from: outside("Tom Becker", "tom.becker@example.de"),
    daysAgo: 29,
    team: "credit-immobilier",
    subject: "Mortgage for a non-resident",
    body: "Dear team, I would like to buy a flat in Annecy while living in Germany. Do you lend to non-residents, and what deposit would you require?",
    answer:
      "Dear Mr Becker, we do lend to residents of the European Union for a property in France, usually with a deposit of at least 20 %. An advisor from our home-loan team will call you to review your situation.",
    rest: "resolved",
  },
  {
    source: "contact_form",
    from: outside("Priya Sharma", "priya.sharma@example.com"),
    daysAgo: 10,
    team: "particuliers",
    subject: "Transfer still pending after a week",
    body: "Hello, my transfer to India has been pending for seven days. Nobody has told me why and the money has left my account. I am very worried and quite annoyed.",
    rest: "open",
    complaint: { stage: "confirmed", product: "Virement", cause: "Délai d'exécution" },
  },
  {
    source: "email",
    from: outside("Oliver Grant", "oliver.grant@example.co.uk"),
    daysAgo: 1,
    team: "particuliers",
    subject: "Lost card in Marseille",
    body: "Hi, I lost my card yesterday evening in Marseille. I blocked it in the app. How quickly can I get a new one sent to my hotel?",
    rest: "open",
  },
];
