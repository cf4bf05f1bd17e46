import { channel } from "node:diagnostics_channel";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import type { MessageKey } from "../i18n/index.ts";

/** PRODUCT.md: at least 8 characters, at least 64 allowed, no composition rules, common ones refused. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  // ~49,000 passwords most seen in breaches, shipped by zxcvbn-ts; loaded on first use.
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Counts characters as people see them (an emoji is one), as NIST SP 800-63B asks. */
function length(password: string): number {
  return [...password.normalize("NFC")].length;
}

export function passwordProblem(
  password: string,
  personal: { email?: string; displayName?: string } = {},
): MessageKey | null {
  const n = length(password);
  if (n < PASSWORD_MIN) return "password.tooShort";
  if (n > PASSWORD_MAX) return "password.tooLong";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "password.common";
  const local = personal.email?.split("@")[0]?.toLowerCase();
  if ((local && lower === local) || lower === personal.email?.toLowerCase()) return "password.personal";
  if (personal.displayName && lower === personal.displayName.toLowerCase()) return "password.personal";
  return null;
}

// argon2id with the OWASP-recommended memory cost (19 MiB, 2 passes).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Told of every hash computed: the way to check that a request does the same costly work
 * whether or not an account exists (issue 11, L4), without reading a stopwatch.
 */
export const passwordHashes = channel("confiance:password-hashed");

export function hashPassword(password: string): Promise<string> {
  if (passwordHashes.hasSubscribers) passwordHashes.publish(null);
  return hash(password.normalize("NFC"), ARGON2);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("decoy password that matches no account");
  return decoy;
}
