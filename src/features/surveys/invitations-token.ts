import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The single-use invitation links' tokens (pure: the key is passed in). A token is 32 random
 * bytes and a keyed seal over them, `<random>.<seal>`, both base64url: a link altered by hand, cut
 * short by a mail client or made up fails its seal before anything is looked up, and the page can
 * say so ("ce lien a été modifié") rather than "unknown". Only the token's SHA-256 is stored, so
 * a copy of the database sends nobody to anybody's survey.
 */
const RANDOM = /^[A-Za-z0-9_-]{43}$/;
const SEAL = /^[A-Za-z0-9_-]{22}$/;

export type TokenReading = { ok: true; token: string } | { ok: false; reason: "tampered" };

function seal(key: string, random: string): string {
  return createHmac("sha256", key)
    .update(`survey-invitation\u0000${random}`)
    .digest("base64url")
    .slice(0, 22);
}

/** A new token, sealed with the key. */
export function newInvitationToken(key: string): string {
  const random = randomBytes(32).toString("base64url");
  return `${random}.${seal(key, random)}`;
}

/** Whether a token from an address is one of ours, whole and unaltered. */
export function readInvitationToken(key: string, given: string): TokenReading {
  const [random, givenSeal, ...rest] = given.split(".");
  if (rest.length > 0 || !random || !givenSeal || !RANDOM.test(random) || !SEAL.test(givenSeal))
    return { ok: false, reason: "tampered" };
  const expected = Buffer.from(seal(key, random));
  const actual = Buffer.from(givenSeal);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { ok: false, reason: "tampered" };
  return { ok: true, token: given };
}

/** What is stored of a token. */
export function invitationTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
