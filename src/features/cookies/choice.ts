import { randomBytes } from "node:crypto";
import { cookieChoiceExpiry } from "../consent/index.ts";

/**
 * A visitor's cookie choice, kept in one essential cookie (`cf_cookies`): a random consent
 * number (the ledger's proof is filed under it), when the choice was made, and one yes or no per
 * purpose. Without a valid choice younger than the configured months, the banner asks again.
 * Pure: the server reads and writes it, the ledger keeps the proof.
 */
export const CHOICE_COOKIE = "cf_cookies";

/** Purposes that need consent: off until the visitor says yes. */
export const CONSENTED_PURPOSES = ["video"] as const;
export type ConsentedPurpose = (typeof CONSENTED_PURPOSES)[number];

export interface CookieChoice {
  /** Random, unrelated to any account: the number the ledger files this browser's decisions under. */
  id: string;
  chosenAt: Date;
  /** Consented purposes, each off unless chosen. */
  granted: Record<ConsentedPurpose, boolean>;
  /** The consent-exempt audience measurement, on unless the visitor objected. */
  audience: boolean;
}

export function newChoiceId(): string {
  return randomBytes(12).toString("base64url");
}

/** "id.seconds.video.audience", e.g. "Xy3….1764460800.0.1". */
export function formatChoice(choice: CookieChoice): string {
  const bits = CONSENTED_PURPOSES.map((p) => (choice.granted[p] ? "1" : "0")).join(".");
  return `${choice.id}.${Math.floor(choice.chosenAt.getTime() / 1000)}.${bits}.${choice.audience ? "1" : "0"}`;
}

/** The choice a cookie holds, or undefined when it is missing, malformed or too old to hold. */
export function readChoice(raw: string | undefined, now: Date, months: number): CookieChoice | undefined {
  if (!raw) return undefined;
  const parts = raw.split(".");
  if (parts.length !== CONSENTED_PURPOSES.length + 3) return undefined;
  const [id, seconds, ...flags] = parts as [string, string, ...string[]];
  if (!/^[\w-]{16}$/.test(id) || !/^\d{1,12}$/.test(seconds) || flags.some((f) => f !== "0" && f !== "1"))
    return undefined;
  const chosenAt = new Date(Number(seconds) * 1000);
  if (chosenAt.getTime() > now.getTime() + 60_000) return undefined;
  if (cookieChoiceExpiry(chosenAt, months).getTime() < now.getTime()) return undefined;
  const granted = Object.fromEntries(CONSENTED_PURPOSES.map((p, i) => [p, flags[i] === "1"])) as Record<
    ConsentedPurpose,
    boolean
  >;
  return { id, chosenAt, granted, audience: flags.at(-1) === "1" };
}

/** What a submitted form asks for: accept all, refuse all, or the purposes ticked one by one. */
export function choiceFromForm(
  answer: { choice: string | undefined; purposes: readonly string[]; objectsToAudience: boolean },
  previous: CookieChoice | undefined,
  now: Date,
): CookieChoice | undefined {
  const all = (value: boolean) =>
    Object.fromEntries(CONSENTED_PURPOSES.map((p) => [p, value])) as Record<ConsentedPurpose, boolean>;
  const base = { id: previous?.id ?? newChoiceId(), chosenAt: now };
  switch (answer.choice) {
    case "all":
      return { ...base, granted: all(true), audience: true };
    case "none":
      // "Refuse all" means all: the consent-exempt measurement stops too.
      return { ...base, granted: all(false), audience: false };
    case "custom":
      return {
        ...base,
        granted: Object.fromEntries(
          CONSENTED_PURPOSES.map((p) => [p, answer.purposes.includes(p)]),
        ) as Record<ConsentedPurpose, boolean>,
        audience: !answer.objectsToAudience,
      };
    default:
      return undefined;
  }
}

/** The cookie's lifetime: as long as the choice holds, so the browser forgets it when we would ask again. */
export function choiceMaxAgeSeconds(choice: CookieChoice, months: number, now: Date): number {
  return Math.max(
    0,
    Math.floor((cookieChoiceExpiry(choice.chosenAt, months).getTime() - now.getTime()) / 1000),
  );
}
