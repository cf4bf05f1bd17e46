import type { Role } from "../platform/auth/roles.ts";

/** The demo password of every demo account (README). Demo accounts exist only after `seed-demo`. */
export const DEMO_PASSWORD = "confiance-demo-2026";

export interface DemoPerson {
  key: string;
  email: string;
  displayName: string;
  role: Role;
  /** Shown on staff badges. */
  team?: string;
}

/** The bank's team in the demo. Their second factor: `npx confiance totp <email>`. */
export const DEMO_STAFF: DemoPerson[] = [
  {
    key: "lea",
    email: "lea.conseillere@demo.confiance.example",
    displayName: "Léa",
    role: "advisor",
    team: "Crédit et épargne",
  },
  {
    key: "thomas",
    email: "thomas.conseiller@demo.confiance.example",
    displayName: "Thomas",
    role: "advisor",
    team: "Service client",
  },
  {
    key: "camille",
    email: "camille.conseillere@demo.confiance.example",
    displayName: "Camille",
    role: "advisor",
    team: "Service client",
  },
  {
    key: "hugo",
    email: "hugo.conseiller@demo.confiance.example",
    displayName: "Hugo",
    role: "advisor",
    team: "Crédit immobilier",
  },
  {
    key: "karim",
    email: "karim.communaute@demo.confiance.example",
    displayName: "Karim",
    role: "community_manager",
    team: "Communauté",
  },
  {
    key: "sophie",
    email: "sophie.conformite@demo.confiance.example",
    displayName: "Sophie",
    role: "compliance_officer",
  },
  { key: "marc", email: "marc.dpo@demo.confiance.example", displayName: "Marc", role: "dpo" },
  {
    key: "admin",
    email: "admin@demo.confiance.example",
    displayName: "Administration",
    role: "administrator",
  },
];

const MEMBER_NAMES: [string, string][] = [
  ["julie", "Julie_R"],
  ["mehdi", "Mehdi B."],
  ["claire", "ClaireDupont"],
  ["paulo", "Paulo74"],
  ["nadia", "Nadia K."],
  ["francois", "François G."],
  ["emma", "emma.lyon"],
  ["yann", "Yann_Bzh"],
  ["ines", "Inès"],
  ["gerard", "Gérard M."],
  ["sarah", "Sarah_T"],
  ["lucas", "Lucas.dev"],
  ["aminata", "Aminata D."],
  ["pierre", "Pierre-Yves"],
  ["chloe", "Chloé B."],
  ["olivier", "Olivier L."],
];

export const DEMO_MEMBERS: DemoPerson[] = MEMBER_NAMES.map(([key, displayName]) => ({
  key,
  email: `${key}@demo.confiance.example`,
  displayName,
  role: "member",
}));

/** Members who joined just now: their first posts wait in the moderation queue of the demo. */
export const DEMO_NEWCOMERS: DemoPerson[] = [
  { key: "julien", email: "julien@demo.confiance.example", displayName: "Julien R.", role: "member" },
  { key: "marine", email: "marine@demo.confiance.example", displayName: "Marine_P", role: "member" },
];
