import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = "", issuer = "Confiance"): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// URI that authenticator apps read from the QR code. */
export function totpUri(secretBase32: string, label: string, issuer: string): string {
  return totp(secretBase32, label, issuer).toString();
}

const PERIOD_MS = 30_000;

/** The 30-second time step a moment falls in (RFC 6238's counter). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / PERIOD_MS);
}

/**
 * Accepts the code of the current step and of the one on each side of it (clock drift of
 * ±30 s), and returns the step it belongs to, or null. The caller refuses a step already used
 * (RFC 6238 §5.2: a code is good once), so a code seen over a shoulder cannot be replayed.
 */
export function verifyTotp(secretBase32: string, code: string, at: Date): number | null {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totp(secretBase32).validate({ token: digits, window: 1, timestamp: at.getTime() });
  return delta === null ? null : totpStep(at) + delta;
}

/** The code of a time step: the current one by default (the demo's `confiance totp`, tests). */
export function currentTotp(secretBase32: string, step = totpStep(new Date())): string {
  return totp(secretBase32).generate({ timestamp: step * PERIOD_MS });
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten single-use codes like "k7m2-q9xp-4tzc", shown once at enrolment. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 }, () =>
      Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(""),
    ).join("-"),
  );
}

export function normaliseRecoveryCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .replace(/(.{4})(?=.)/g, "$1-");
}
