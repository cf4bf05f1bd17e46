/**
 * Consent: the bottom layer the newsletter, the cookies and privacy share without a circle. It
 * imports no other feature; they import it through this file.
 */
export { type SuppressionKey, suppressionKey } from "./suppression-key.ts";
