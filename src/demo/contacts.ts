import { createList, importContacts } from "../features/newsletter/contacts.ts";
import { setMemberSubscription } from "../features/newsletter/service.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";

const DAY = 86_400_000;

export const DEMO_LISTS = [
  "Lettre mensuelle des clients",
  "Salon de l'immobilier de Lyon",
  "Atelier épargne retraite",
];

/** Members who subscribed from their own account: the ledger holds their consent ("account"). */
const SUBSCRIBED_MEMBERS = ["julie", "mehdi", "gerard", "aminata"];

interface DemoContact {
  email: string;
  /** "client": a client's soft opt-in (CPCE L34-5); "consent": a consent given elsewhere, with its source. */
  basis: "client" | "consent";
  daysAgo: number;
  source: string;
  tags: string[];
  list?: string;
  locale?: "en";
}

/**
 * The bank's contacts as its CRM knows them: clients written to under their soft opt-in,
 * prospects met at a property fair or a savings workshop who ticked the box there, and two
 * subscribed members whom the CRM knows as clients (their rows are linked to their accounts).
 */
const DEMO_CONTACTS: DemoContact[] = [
  {
    email: "helene.marchal@demo.confiance.example",
    basis: "client",
    daysAgo: 400,
    source: "ouverture de compte en agence, Nantes",
    tags: ["crédit immobilier", "nantes"],
    list: DEMO_LISTS[0],
  },
  {
    email: "bruno.lefevre@demo.confiance.example",
    basis: "client",
    daysAgo: 250,
    source: "souscription d'une assurance habitation",
    tags: ["assurance"],
    list: DEMO_LISTS[0],
  },
  {
    email: "samia.benali@demo.confiance.example",
    basis: "client",
    daysAgo: 90,
    source: "ouverture de compte en ligne",
    tags: ["jeune actif"],
    list: DEMO_LISTS[0],
  },
  {
    email: "jean-paul.roux@demo.confiance.example",
    basis: "client",
    daysAgo: 520,
    source: "signature d'un prêt immobilier, agence de Lyon Part-Dieu",
    tags: ["crédit immobilier", "lyon"],
    list: DEMO_LISTS[0],
  },
  {
    email: "martine.girard@demo.confiance.example",
    basis: "client",
    daysAgo: 700,
    source: "ouverture d'un plan d'épargne logement",
    tags: ["épargne", "retraite"],
    list: DEMO_LISTS[2],
  },
  {
    email: "tom.nguyen@demo.confiance.example",
    basis: "client",
    daysAgo: 180,
    source: "compte ouvert depuis l'étranger",
    tags: ["international"],
    list: DEMO_LISTS[0],
    locale: "en",
  },
  {
    email: "alice.moreau@demo.confiance.example",
    basis: "consent",
    daysAgo: 45,
    source: "bulletin d'inscription du salon de l'immobilier de Lyon, case cochée",
    tags: ["crédit immobilier", "lyon", "primo-accédant"],
    list: DEMO_LISTS[1],
  },
  {
    email: "kevin.durand@demo.confiance.example",
    basis: "consent",
    daysAgo: 45,
    source: "bulletin d'inscription du salon de l'immobilier de Lyon, case cochée",
    tags: ["crédit immobilier", "lyon"],
    list: DEMO_LISTS[1],
  },
  {
    email: "emily.clarke@demo.confiance.example",
    basis: "consent",
    daysAgo: 44,
    source: "property fair in Lyon, sign-up form (box ticked)",
    tags: ["crédit immobilier", "international"],
    list: DEMO_LISTS[1],
    locale: "en",
  },
  {
    email: "lea.fontaine@demo.confiance.example",
    basis: "consent",
    daysAgo: 20,
    source: "simulateur de prêt du site de la banque, case cochée",
    tags: ["crédit immobilier"],
  },
  {
    email: "rachid.amrani@demo.confiance.example",
    basis: "consent",
    daysAgo: 12,
    source: "inscription à l'atelier « Préparer sa retraite », case cochée",
    tags: ["épargne", "retraite"],
    list: DEMO_LISTS[2],
  },
  {
    email: "sylvie.caron@demo.confiance.example",
    basis: "consent",
    daysAgo: 12,
    source: "inscription à l'atelier « Préparer sa retraite », case cochée",
    tags: ["retraite"],
    list: DEMO_LISTS[2],
  },
  {
    email: "julie@demo.confiance.example",
    basis: "client",
    daysAgo: 300,
    source: "cliente depuis l'ouverture de son compte joint",
    tags: ["crédit immobilier"],
    list: DEMO_LISTS[0],
  },
  {
    email: "gerard@demo.confiance.example",
    basis: "client",
    daysAgo: 900,
    source: "client de l'agence de Dijon",
    tags: ["épargne", "retraite"],
    list: DEMO_LISTS[2],
  },
];

/** The demo's CRM file, as a bank's team would export it from its own tool. */
function demoContactsFile(now: Date): Record<string, string>[] {
  return DEMO_CONTACTS.map((contact) => ({
    email: contact.email,
    basis: contact.basis,
    basis_date: new Date(now.getTime() - contact.daysAgo * DAY).toISOString().slice(0, 10),
    basis_source: contact.source,
    tags: contact.tags.join("|"),
    list: contact.list ?? "",
    locale: contact.locale ?? "fr",
  }));
}

/**
 * Loads the demo's contacts through the same paths people use: members subscribe from their
 * account, Karim creates the lists and imports the CRM file (the import records the prospects'
 * consents in the ledger, with the source each row declares). Returns the number of contacts.
 */
export async function seedContacts(ctx: AppContext, who: (key: string) => Actor, now: Date): Promise<number> {
  for (const key of SUBSCRIBED_MEMBERS) {
    const member = who(key);
    await setMemberSubscription(
      ctx,
      { id: member.id, email: member.email, locale: member.locale ?? "fr" },
      true,
      {
        page: "/compte/notifications",
        ipPrefix: null,
        userAgent: null,
      },
    );
  }
  const karim = who("karim");
  for (const name of DEMO_LISTS) await createList(ctx, karim, name);
  const report = await importContacts(ctx, karim, demoContactsFile(now), "crm-export-clients.csv");
  const refused = report.filter((row) => row.outcome === "refused");
  if (refused.length > 0) throw new Error(`Demo contacts refused: ${JSON.stringify(refused)}`);
  const imported = new Set(DEMO_CONTACTS.map((c) => c.email));
  return imported.size + SUBSCRIBED_MEMBERS.filter((key) => !imported.has(who(key).email)).length;
}
