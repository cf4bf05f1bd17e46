import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/connect.ts";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { processingRegister } from "../schema.ts";

export type Processing = typeof processingRegister.$inferSelect;
export type ProcessingText = Omit<Processing, "key" | "updatedAt" | "updatedBy">;

const SECURITY =
  "Hébergement dans l'Union européenne chez la banque ; HTTPS et HSTS ; mots de passe hachés (Argon2id) ; second facteur obligatoire pour les collaborateurs ; contrôle d'accès par rôle ; journal d'audit chaîné ; sauvegardes chiffrées.";
const NO_TRANSFER = "Aucun transfert hors de l'Union européenne.";

/**
 * What Confiance does with personal data, as the register starts. The DPO adapts each entry to
 * the bank; an entry already in the database is never overwritten by these defaults.
 */
export const DEFAULT_REGISTER: readonly (ProcessingText & { key: string })[] = [
  {
    key: "community",
    name: "Communauté publique (questions, réponses, actualités commentées)",
    purposes: "Permettre aux clients et au public d'échanger avec la banque et entre eux, en public.",
    legalBasis: "Exécution des conditions d'utilisation acceptées à l'inscription (art. 6(1)(b)).",
    dataSubjects: "Membres inscrits, clients ou non ; conseillers de la banque.",
    dataCategories:
      "Adresse e-mail, nom affiché, messages publiés et leurs versions, réactions, préférences de notification.",
    recipients: "Le public pour les messages ; les modérateurs et l'équipe communauté de la banque.",
    transfers: NO_TRANSFER,
    retention:
      "Le temps du compte ; les messages restent publiés après effacement, signés « Ancien membre », sauf demande de retrait.",
    retentionMonths: null,
    security: SECURITY,
  },
  {
    key: "inbox",
    name: "Boîte de réception : messages des clients, formulaire de contact, réclamations",
    purposes:
      "Recevoir et répondre aux questions et réclamations des clients et du public, quel que soit le canal (messages privés des membres, formulaire de contact, e-mail, communauté, commentaires) ; traiter les réclamations dans les délais légaux et tenir le registre des réclamations ; mesurer les délais de réponse.",
    legalBasis:
      "Exécution du contrat ou mesures précontractuelles à la demande de la personne (art. 6(1)(b)) pour répondre ; obligation légale pour le traitement et le registre des réclamations (recommandation ACPR 2022-R-01 ; code monétaire et financier, art. L. 133-45 pour les services de paiement) (art. 6(1)(c)).",
    dataSubjects:
      "Clients et prospects, membres ou non, qui écrivent à la banque ; conseillers de la banque.",
    dataCategories:
      "Nom, adresse e-mail ou compte, messages et pièces jointes, en-têtes des e-mails reçus, réponses et notes des conseillers, qualification (réclamation, service de paiement, langue, tonalité), dates et délais.",
    recipients:
      "Les conseillers des équipes qui traitent la conversation ; le service conformité pour les réclamations ; le relais SMTP de la banque (sous-traitant) pour les réponses par e-mail.",
    transfers: NO_TRANSFER,
    retention:
      "Conversations : 3 ans après le dernier message. Réclamations inscrites au registre, avec leur conversation : 5 ans après leur clôture, même si la personne demande l'effacement (obligation légale, RGPD art. 17(3)(b)) ; ses autres conversations sont alors anonymisées. Messages du formulaire de contact dont l'adresse n'a pas été confirmée : effacés 7 jours après l'expiration du lien (valable 48 heures).",
    retentionMonths: null,
    security: SECURITY,
  },
  {
    key: "reviews",
    name: "Avis des clients (NF ISO 20488 ; code de la consommation, art. L111-7-2 et D111-16 à D111-19)",
    purposes:
      "Inviter les clients à donner leur avis après un échange réel, publier les avis contrôlés et la réponse de la banque, informer les auteurs des décisions, rendre compte de la conformité (rapport annuel).",
    legalBasis:
      "Intérêt légitime de la banque à recueillir et publier l'avis de ses clients (art. 6(1)(f)), dans le respect de l'obligation d'information loyale sur les avis (art. 6(1)(c), code de la consommation, art. L111-7-2). Les invitations sont envoyées à tout un lot, sans filtre sur la satisfaction : un lot filtré est refusé et le refus est inscrit au registre des lots.",
    dataSubjects:
      "Clients invités après un échange (conversation résolue, rendez-vous, souscription) ; membres qui écrivent un avis spontané ; conseillers qui répondent.",
    dataCategories:
      "Adresse e-mail, prénom et nom (l'avis est signé du prénom et de l'initiale), référence de l'échange chez la banque, date de l'expérience, produit, notes, titre et texte de l'avis (données personnelles masquées), versions, décisions de modération et leurs motifs, réponse de la banque.",
    recipients:
      "Le public pour les avis publiés (prénom et initiale, puis sans nom) ; l'équipe communauté et le service conformité de la banque ; le relais SMTP de la banque (sous-traitant) pour les invitations et les décisions.",
    transfers: NO_TRANSFER,
    retention:
      "Avis, versions, décisions et réponse : 60 mois après la publication (ou la réception d'un avis jamais publié), réglage affiché sur la page « Comment nous traitons les avis ». Invitations : adresse, nom et référence effacés 3 mois après l'expiration du lien ; le nombre d'invitations reste pour le rapport de conformité. Après effacement à la demande de la personne, ses avis publiés restent sans lien avec elle.",
    retentionMonths: 60,
    security: SECURITY,
  },
  {
    key: "moderation",
    name: "Modération et signalements (règlement sur les services numériques)",
    purposes: "Traiter les signalements, retenir et décider, motiver les décisions, instruire les recours.",
    legalBasis: "Obligation légale (règlement (UE) 2022/2065, art. 16, 17, 20) (art. 6(1)(c)).",
    dataSubjects: "Auteurs des contenus, personnes qui signalent.",
    dataCategories: "Contenu concerné, motif, décision et ses raisons, recours.",
    recipients: "Modérateurs de la banque ; l'auteur et la personne qui signale pour ce qui les concerne.",
    transfers: NO_TRANSFER,
    retention: "Les décisions sont gardées pour répondre à un recours ou à une autorité.",
    retentionMonths: null,
    security: SECURITY,
  },
  {
    key: "newsletter",
    name: "Lettre d'information (clients et prospects)",
    purposes: "Envoyer la lettre d'information de la banque aux personnes qui l'ont demandée.",
    legalBasis:
      "Consentement, recueilli par double confirmation et prouvé par le registre des consentements (art. 6(1)(a)).",
    dataSubjects: "Abonnés : clients et prospects.",
    dataCategories:
      "Adresse e-mail, langue, dates d'inscription, de confirmation et de désinscription, envois.",
    recipients: "L'équipe communication de la banque ; le relais SMTP de la banque (sous-traitant).",
    transfers: NO_TRANSFER,
    retention:
      "Jusqu'au retrait du consentement ; pour un prospect, 3 ans après sa dernière action (clic, connexion, message, formulaire ; une ouverture ne compte pas). Inscriptions non confirmées : effacées après 7 jours. Désinscriptions, oppositions, adresses invalides et plaintes : gardées sans l'adresse, sous la forme d'une empreinte calculée avec une clé secrète (liste d'opposition), tant qu'elles doivent être respectées, même après effacement (RGPD art. 17(3) et 21 ; CNIL).",
    retentionMonths: 36,
    security: SECURITY,
  },
  {
    key: "consent_ledger",
    name: "Registre des consentements",
    purposes: "Prouver chaque consentement et chaque retrait, avec les mots montrés (art. 7(1)).",
    legalBasis: "Obligation légale de pouvoir démontrer le consentement (art. 6(1)(c)).",
    dataSubjects:
      "Toute personne ayant donné ou retiré un consentement, y compris un navigateur pour les cookies.",
    dataCategories:
      "Identifiant (compte, adresse ou numéro de consentement), finalité, décision, date, canal, page, réseau tronqué, navigateur.",
    recipients: "Le délégué à la protection des données.",
    transfers: NO_TRANSFER,
    retention: "5 ans après la fin de la relation, durée de prescription des actions.",
    retentionMonths: null,
    security: SECURITY,
  },
  {
    key: "audience",
    name: "Cookies et mesure d'audience",
    purposes:
      "Retenir les choix de cookies ; mesurer l'audience du site (pages vues, sites d'origine) pour la banque seule.",
    legalBasis:
      "Intérêt légitime, dans les conditions d'exemption de consentement de la CNIL pour la mesure ; consentement pour les vidéos de plateformes externes.",
    dataSubjects: "Visiteurs du site.",
    dataCategories: "Numéro aléatoire propre au site, page vue, hôte du site d'origine, date.",
    recipients: "L'équipe communauté de la banque (chiffres agrégés).",
    transfers: NO_TRANSFER,
    retention:
      "Cookie de mesure : 13 mois au plus, jamais prolongé ; données brutes : 25 mois ; choix de cookies : 6 mois.",
    retentionMonths: 25,
    security: SECURITY,
  },
  {
    key: "surveys",
    name: "Questionnaires et baromètre de confiance",
    purposes:
      "Mesurer, vague après vague, la confiance, la recommandation et la satisfaction des clients et du public, et publier si la banque le choisit des résultats agrégés ; les profils (tranche d'âge, région, client ou non) servent seulement à redresser les résultats.",
    legalBasis:
      "Intérêt légitime de la banque à mesurer la qualité de sa relation avec ses clients (art. 6(1)(f)) ; répondre est facultatif, chaque question de profil aussi. Les invitations ne vont jamais à qui s'est opposé à nos messages, et chacune permet en un clic de ne plus en recevoir (inscrit au registre des consentements).",
    dataSubjects:
      "Personnes qui répondent : clients et prospects, membres ou non ; personnes invitées par e-mail (contacts du fichier, membres) ou sur le site (membres connectés).",
    dataCategories:
      "Réponses aux questions, textes libres, tranche d'âge, région, client ou non, langue, canal de réponse, jour de réponse. En mode anonyme : aucun compte, aucune adresse IP, le jour seulement. En mode nominatif : le compte du membre connecté. Invitations : adresse e-mail, compte du membre, langue, dates d'envoi, de rappel et de réponse (le jour seulement en mode anonyme), jamais la réponse donnée.",
    recipients:
      "L'équipe communauté de la banque (résultats et réponses), la conformité et le délégué à la protection des données (lecture) ; le public pour les résultats agrégés que la banque publie, jamais sous le seuil minimal de réponses.",
    transfers: NO_TRANSFER,
    retention:
      "Réponses : le nombre de mois indiqué ici après le dernier jour de leur vague, puis effacées. Réponses commencées et jamais envoyées : effacées 30 jours après la fin de leur vague. Limite de réponses répétées par le lien public : une empreinte chiffrée de l'adresse réseau, oubliée au bout de 24 heures. Après effacement d'un compte, ses réponses nominatives restent dans les résultats sans lien avec la personne. Invitations (adresse, compte) : effacées 30 jours après la fin de leur vague ; seuls restent les nombres d'invités, d'écartés et de réponses.",
    retentionMonths: 36,
    security: SECURITY,
  },
  {
    key: "privacy_requests",
    name: "Demandes d'exercice des droits",
    purposes: "Recevoir, instruire et répondre aux demandes dans le délai légal, et le prouver.",
    legalBasis: "Obligation légale (art. 12 à 22) (art. 6(1)(c)).",
    dataSubjects: "Personnes qui exercent leurs droits.",
    dataCategories: "Adresse e-mail, droit exercé, précisions, échanges, dates, réponse.",
    recipients: "Le délégué à la protection des données.",
    transfers: NO_TRANSFER,
    retention: "5 ans après la réponse.",
    retentionMonths: null,
    security: SECURITY,
  },
  {
    key: "staff_accounts",
    name: "Comptes des collaborateurs et archive de leurs publications",
    purposes: "Donner accès aux outils de la banque ; garder ce que la banque a dit publiquement (ACPR).",
    legalBasis: "Contrat de travail et obligation légale d'archivage (art. 6(1)(b) et (c)).",
    dataSubjects: "Collaborateurs : conseillers, modérateurs, conformité, DPO, administrateurs.",
    dataCategories: "Identité professionnelle, rôle, second facteur, publications et approbations.",
    recipients: "Administrateurs ; service conformité pour l'archive.",
    transfers: NO_TRANSFER,
    retention: "Le temps de l'emploi ; l'archive des publications : 5 ans.",
    retentionMonths: null,
    security: SECURITY,
  },
  {
    key: "security_logs",
    name: "Journal de sécurité et d'audit",
    purposes: "Tracer les actions sensibles et celles des collaborateurs, détecter les abus.",
    legalBasis: "Intérêt légitime et obligation de sécurité (art. 6(1)(f), art. 32).",
    dataSubjects: "Membres et collaborateurs.",
    dataCategories: "Action, auteur, date, réseau tronqué ; aucun contenu.",
    recipients: "Administrateurs, service conformité.",
    transfers: NO_TRANSFER,
    retention: "1 an pour les membres ; 5 ans pour les actions des collaborateurs.",
    retentionMonths: null,
    security: SECURITY,
  },
];

/** Adds the entries the register does not have yet (at start); never changes what the DPO wrote. */
export async function ensureRegister(db: Db): Promise<void> {
  await db
    .insert(processingRegister)
    .values([...DEFAULT_REGISTER])
    .onConflictDoNothing();
}

export async function registerEntries(db: Db): Promise<Processing[]> {
  return db.select().from(processingRegister).orderBy(asc(processingRegister.key));
}

export async function registerEntry(db: Db, key: string): Promise<Processing | undefined> {
  const [entry] = await db.select().from(processingRegister).where(eq(processingRegister.key, key));
  return entry;
}

/** The duration a retention job applies, read from the register (the default if the entry is gone). */
export async function retentionMonths(db: Db, key: string): Promise<number> {
  const entry = await registerEntry(db, key);
  const fallback = DEFAULT_REGISTER.find((d) => d.key === key)?.retentionMonths;
  const months = entry?.retentionMonths ?? fallback;
  if (!months) throw new Error(`The register has no retention for "${key}"`);
  return months;
}

export const TEXT_FIELDS = [
  "name",
  "purposes",
  "legalBasis",
  "dataSubjects",
  "dataCategories",
  "recipients",
  "transfers",
  "retention",
  "security",
] as const;

export async function updateEntry(
  db: Db,
  dpo: Actor,
  key: string,
  input: Record<(typeof TEXT_FIELDS)[number], string> & { retentionMonths: string },
  now: Date,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  for (const field of TEXT_FIELDS) {
    if (input[field].trim() === "") errors[field] = "register.field.missing";
    else if (input[field].length > 4000) errors[field] = "register.field.tooLong";
  }
  const raw = input.retentionMonths.trim();
  const months = raw === "" ? null : Number(raw);
  if (months !== null && (!Number.isInteger(months) || months < 1 || months > 600))
    errors.retentionMonths = "register.months.invalid";
  const current = await registerEntry(db, key);
  // A retention job needs its duration: the DPO can change it, not remove it.
  if (current?.retentionMonths && months === null) errors.retentionMonths = "register.months.required";
  if (Object.keys(errors).length > 0 || !current) return { ok: false, errors };
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, input[f].trim()]));
  await db
    .update(processingRegister)
    .set({ ...values, retentionMonths: months, updatedAt: now, updatedBy: dpo.id })
    .where(eq(processingRegister.key, key));
  await recordAudit(db, {
    actorId: dpo.id,
    actorRole: dpo.role,
    action: "privacy.register_updated",
    subjectType: "processing",
    subjectId: key,
    details: { retentionMonths: { from: current.retentionMonths, to: months } },
  });
  return { ok: true };
}
