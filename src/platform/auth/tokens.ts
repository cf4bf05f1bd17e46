import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, URL-safe: for session cookies and e-mailed links. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes of tokens are stored, so a leaked table opens no session and no link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Keeps the network part of an address: IPv4 /24, IPv6 /48. Minimised evidence, not tracking. */
export function truncateIp(ip: string | undefined): string | null {
  if (!ip) return null;
  const v4 = ip.replace(/^::ffff:/, "");
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return `${v4.split(".").slice(0, 3).join(".")}.0`;
  if (ip.includes(":")) {
    const groups = ip.split(":").filter((g) => g !== "");
    return `${groups.slice(0, 3).join(":")}::`;
  }
  return null;
}

/** Compares a secret someone gave with the expected one, in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
