import { createHash, randomBytes } from "node:crypto";

/**
 * The secrets in reviews' links: an invitation's token (single use, writes one review) and an
 * author's key (to read the decision, correct or withdraw without an account). 256 random bits
 * in the address; only their SHA-256 is stored, so the table alone opens nothing.
 */
export const newLinkSecret = () => randomBytes(32).toString("base64url");
export const secretHash = (secret: string) => createHash("sha256").update(secret).digest();
/** A well-formed secret (43 base64url characters); anything else is not looked up at all. */
export const isLinkSecret = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
