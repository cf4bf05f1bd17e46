/**
 * Consent: the ledger of people's decisions (granted, withdrawn, with the words they saw and
 * minimised evidence), its clocks, and the key under which a withdrawal is remembered. The bottom
 * layer the cookies, the newsletter and privacy share without a circle: it imports no other
 * feature, and they import it through this file.
 */
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
