import type { PersonalDataKind } from "./personal-data.ts";

/**
 * The labelled corpus behind docs/moderation.md: sentences as members write them, in French and
 * English, each with the personal data it holds (exact substrings) — or none, for the tricky
 * negatives (amounts, dates, times, postcodes, rates, references, URLs).
 * Test numbers are public test values (bank and card networks' documentation), not real people.
 */
export interface CorpusCase {
  text: string;
  expected: { kind: PersonalDataKind; value: string }[];
}

const spaced = (value: string) => value.replace(/(.{4})(?!$)/g, "$1 ");

const IBANS = [
  "FR1420041010050500013M02606",
  "FR7630006000011234567890189",
  "DE89370400440532013000",
  "GB29NWBK60161331926819",
  "ES9121000418450200051332",
  "IT60X0542811101000000123456",
  "BE68539007547034",
  "NL91ABNA0417164300",
  "CH9300762011623852957",
  "LU280019400644750000",
  "PT50000201231234567890154",
  "AT611904300234573201",
  "IE29AIBK93115212345678",
  "PL61109010140000071219812874",
  "MC5811222000010123456789030",
];

const CARDS = [
  "4111111111111111",
  "4012888888881881",
  "4222222222222",
  "5555555555554444",
  "5105105105105100",
  "2223003122003222",
  "378282246310005",
  "371449635398431",
  "6011111111111117",
  "6011000990139424",
  "30569309025904",
  "3530111333300000",
  "3566002020360505",
  "6200000000000005",
  "4000056655665556",
];

const groupedCard = (value: string) => value.replace(/(\d{4})(?=\d)/g, "$1 ");
const dashedCard = (value: string) => value.replace(/(\d{4})(?=\d)/g, "$1-");

const FRENCH_PHONES = [
  "06 12 34 56 78",
  "06.12.34.56.78",
  "0612345678",
  "07 81 22 33 44",
  "+33 6 12 34 56 78",
  "+33 (0)6 12 34 56 78",
  "0033 6 12 34 56 78",
  "01 42 68 53 00",
  "04-72-10-30-30",
  "+33 1 42 68 53 00",
  "09 70 80 90 10",
  "02 99 12 34 56",
];

const INTERNATIONAL_PHONES = [
  "+44 20 7946 0958",
  "+1 415 555 2671",
  "+49 30 901820",
  "+32 2 555 12 12",
  "+41 44 668 18 00",
  "+34 912 345 678",
  "+39 06 6982 1234",
  "+212 5 22 12 34 56",
];

const EMAILS = [
  "claire.martin@exemple.fr",
  "jean-paul_77@mail.example.com",
  "Sophie.Durand@Entreprise.FR",
  "contact+banque@exemple.org",
  "hélène.dupont@exemple.fr",
  "m.k@exemple.co.uk",
];

// NIRs with their INSEE key, made up for the corpus (the key is computed, the person is not real).
const NIRS = ["1 84 12 76 451 089 46", "284127645108993", "1 90 05 2A 004 123 05", "2 91 11 2B 035 012 83"];

export const PERSONAL_DATA_CORPUS: CorpusCase[] = [
  // IBANs, compact, grouped by four, lower case, in French and English sentences.
  ...IBANS.map((iban) => ({
    text: `Bonjour, mon IBAN est ${iban}, pouvez-vous vérifier le virement ?`,
    expected: [{ kind: "iban" as const, value: iban }],
  })),
  ...IBANS.map((iban) => ({
    text: `Virement envoyé sur ${spaced(iban)} hier soir, toujours rien.`,
    expected: [{ kind: "iban" as const, value: spaced(iban) }],
  })),
  ...IBANS.slice(0, 8).map((iban) => ({
    text: `My account is ${iban.toLowerCase()} please check.`,
    expected: [{ kind: "iban" as const, value: iban.toLowerCase() }],
  })),
  // Cards: compact, grouped, dashed.
  ...CARDS.map((card) => ({
    text: `Ma carte ${card} a été refusée au péage.`,
    expected: [{ kind: "card" as const, value: card }],
  })),
  ...CARDS.map((card) => ({
    text: `Card number ${groupedCard(card)} was charged twice.`,
    expected: [{ kind: "card" as const, value: groupedCard(card) }],
  })),
  ...CARDS.slice(0, 6).map((card) => ({
    text: `Opposition faite sur la carte ${dashedCard(card)} ce matin.`,
    expected: [{ kind: "card" as const, value: dashedCard(card) }],
  })),
  // Phones, French in all usual writings, and international.
  ...FRENCH_PHONES.map((phone) => ({
    text: `Rappelez-moi au ${phone} après 18 h, merci.`,
    expected: [{ kind: "phone" as const, value: phone }],
  })),
  ...INTERNATIONAL_PHONES.map((phone) => ({
    text: `You can reach me on ${phone} during office hours.`,
    expected: [{ kind: "phone" as const, value: phone }],
  })),
  {
    text: "Mes numéros : 06 12 34 56 78, 07 81 22 33 44 et 01 42 68 53 00.",
    expected: [
      { kind: "phone", value: "06 12 34 56 78" },
      { kind: "phone", value: "07 81 22 33 44" },
      { kind: "phone", value: "01 42 68 53 00" },
    ],
  },
  {
    text: "Call +44 20 7946 0958 or +1 415 555 2671, whichever is easier.",
    expected: [
      { kind: "phone", value: "+44 20 7946 0958" },
      { kind: "phone", value: "+1 415 555 2671" },
    ],
  },
  // E-mail addresses.
  ...EMAILS.map((email) => ({
    text: `Écrivez-moi à ${email}.`,
    expected: [{ kind: "email" as const, value: email }],
  })),
  ...EMAILS.map((email) => ({
    text: `My address is ${email} if you need it`,
    expected: [{ kind: "email" as const, value: email }],
  })),
  // NIRs.
  ...NIRS.map((nir) => ({
    text: `Mon numéro de sécurité sociale est ${nir} pour le dossier d'assurance.`,
    expected: [{ kind: "nir" as const, value: nir }],
  })),
  // Several kinds in one message.
  {
    text: "IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111 1111 1111 1111, tél. 06 12 34 56 78, mail claire.martin@exemple.fr",
    expected: [
      { kind: "iban", value: "FR76 3000 6000 0112 3456 7890 189" },
      { kind: "card", value: "4111 1111 1111 1111" },
      { kind: "phone", value: "06 12 34 56 78" },
      { kind: "email", value: "claire.martin@exemple.fr" },
    ],
  },
  // Tricky negatives: nothing here is personal data.
  ...[
    "Le prêt de 250 000 € sur 25 ans à 3,45 % me coûte 1 249,53 € par mois.",
    "Rendez-vous le 12/03/2026 à 14h30 à l'agence.",
    "Prélèvement du 2026-03-12 de 89,90 € refusé.",
    "Agence de Lyon, 69002, ouverte de 9:00 à 17:30.",
    "Commande n° 2024-001234 livrée le 3 mars.",
    "Ma référence de dossier est FAC-2025-004217.",
    "Numéro de contrat 12345678, avenant 2.",
    "The loan is £180,000 over 20 years at 4.2%.",
    "Meeting on 2026-03-12 at 10:45, room 301.",
    "Order #100-2345678-1234567 arrived damaged.",
    "Voir https://www.exemple.fr/aide?id=4111111111111111 pour l'aide.",
    "Le taux du Livret A passe à 2,4 % au 1er février 2026.",
    "J'ai payé 1 234 567 € pour la maison, frais compris.",
    "Plafond de 3 000 € sur 30 jours, 1 500 € par semaine.",
    "Numéro de SIRET de mon entreprise : 732 829 320 00074.",
    "Code postal 75008, arrondissement 8.",
    "Entre 2019 et 2023, les frais ont augmenté de 12 %.",
    "Transaction ID 20260312143000 failed at 14:30:00.",
    "Le versement de 50 € est prévu tous les 5 du mois.",
    "Référence de virement : VIR 2026 0312 0001.",
    "Mon conseiller m'a dit 48 heures, j'attends depuis 72.",
    "Score de 856/1000 sur le simulateur.",
    "Version 5.2.1 de l'application, build 20260312.",
    "Tickets 12, 15 et 18 encore ouverts.",
    "The amount was 4,111.11 EUR on 11/11/2025.",
    "Une hausse de 0,75 point en 2026 (de 3,20 % à 3,95 %).",
    "Prix au m² : 4 250 € à Nantes, 5 100 € à Lyon.",
    "Mon dossier 2023 456 789 est bloqué depuis mars.",
    "Adresse : 12 rue de la Paix, 75002 Paris.",
    "Clé RIB 76, code guichet 00011, code banque 30006.",
    "FR est le code pays, 76 la clé : voilà tout ce que je sais.",
    "Voici une adresse de site : www.exemple.fr/contact",
    "Heures d'ouverture : 08:30-12:00 / 13:30-18:00.",
    "I was charged 19.99 three times on 03/12.",
    "Promo code WELCOME2026 doesn't work.",
    "@claire-martin-12 merci pour ta réponse !",
    "Le compte joint a 2 titulaires depuis 2012.",
    "Ma mutuelle rembourse 100 % du tarif de convention.",
    "Les 3 derniers chiffres de la carte sont 123.",
    "Temps de réponse : 2 min 30 s en moyenne.",
  ].map((text) => ({ text, expected: [] })),
];
