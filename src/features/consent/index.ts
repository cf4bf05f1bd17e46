/**
 * Consent: the ledger of people's decisions (granted, withdrawn, with the words they saw and
 * minimised evidence), its clocks, and the key under which a withdrawal is remembered. The bottom
 * layer the cookies, the newsletter and privacy share without a circle: it imports no other
 * feature, and they import it through this file.
 */
import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";

export { cookieChoiceExpiry, type OwnAction, prospectExpiry } from "./clocks.ts";
export {
  type ConsentDecision,
  type ConsentProof,
  consentProof,
  type Evidence,
  lastWithdrawnAddresses,
  recordConsent,
  storeWording,
  storeWordingText,
  wordingKey,
} from "./consents.ts";
export { evidenceOf } from "./evidence.ts";
export type { ConsentChannel, ConsentPurpose } from "./schema.ts";
export { type SuppressionKey, suppressionKey } from "./suppression-key.ts";

/** No pages of its own: its wordings, the texts people consent to, join the catalogues. */
export const consentFeature: Feature = { name: "consent", messages: { fr, en } };
