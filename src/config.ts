import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_RESERVED_NAMES } from "./text/impersonation.ts";

/** Posts one account may publish per 10 minutes unless POSTING_LIMIT says otherwise. */
export const DEFAULT_POSTING_LIMIT = 20;

/** The mediator most French banks name (the FBF's), until MEDIATOR_CONTACT names the bank's own. */
export const DEFAULT_MEDIATOR_CONTACT =
  "Le Médiateur auprès de la FBF, CS 151, 75422 Paris Cedex 09 — https://lemediateur.fbf.fr";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button, e.g. "Annuaire de la banque". */
  label: string;
  /** Authentication method references that prove the identity provider already asked a second factor. */
  mfaAmr: string[];
}

export interface Config {
  port: number;
  host: string;
  baseUrl: URL;
  /** True when BASE_URL is https: cookies get the Secure flag. */
  secureCookies: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  defaultLocale: Locale;
  logLevel: LogLevel;
  /** false, a number of proxy hops, or the proxies' addresses (never "trust every hop"). */
  trustProxy: false | number | string;
  bankName: string;
  bankLogoUrl: string | undefined;
  /** The bank's own public phone numbers: a staff reply may give them (they are not a client's personal data). */
  bankPhoneNumbers: string[];
  accessibilityContact: string;
  /** Requests per minute per address on all routes (sign-in and the like have their own stricter limit). */
  rateLimitPerMinute: number;
  /** Posts (topics, replies, comments, edits) one account may publish per 10 minutes; three times that per address. */
  postingLimit: number;
  /** Words a member's display name may not imitate (folded for case, accents, look-alikes). */
  reservedNames: string[];
  /** Load the French demo community at start (default: only with the embedded database). */
  demoContent: boolean;
  /** `serve` also runs the background jobs (mail outbox, schedules); false when `confiance worker` does. */
  runJobs: boolean;
  /** Bearer token Prometheus sends to read /metrics; without it only loopback may read them. */
  metricsToken: string | undefined;
  oidc: OidcConfig | undefined;
  /** How many of a new member's first posts wait for a moderator's approval (0: none). */
  heldFirstPosts: number;
  /** E-mail domains refused at sign-up besides the built-in list of disposable ones. */
  blockedEmailDomains: string[];
  /** Domains the built-in disposable list names that this bank accepts anyway. */
  allowedEmailDomains: string[];
  /** The bank's own e-mail domains: nobody at these addresses is invited to review (a review by staff is fake). */
  bankEmailDomains: string[];
  /** Where people exercise their data-protection rights (shown in every information notice). */
  dpoContact: string;
  /**
   * The consumer mediator's contact details, given with the remedies in every final answer that
   * rejects a complaint, even partly (ACPR 2022-R-01); the send is refused without them.
   */
  mediatorContact: string;
  /** Bearer token the mail relay sends with bounce and complaint reports; without it the route is off. */
  mailEventsToken: string | undefined;
  /**
   * The key the bank's systems send as a bearer token to `POST /api/v1/reviews/invitations`
   * (at least 32 characters); without it the route is off.
   */
  reviewsApiKey: string | undefined;
  /** How many months a cookie choice holds before the banner asks again (CNIL: 6). */
  cookieChoiceMonths: number;
  /** The inbox's inbound SMTP listener (features/inbox/email), when INBOUND_SMTP_PORT is set. */
  inboundSmtp: InboundSmtpConfig | undefined;
  /**
   * Where a client's reply to an answer the bank e-mailed them comes back (the Reply-To of
   * answers to contact-form messages, whose sender wrote to no address of ours): INBOX_REPLY_TO,
   * else the first address of INBOUND_SMTP_RECIPIENTS; none when the inbox hears no e-mail.
   */
  inboxReplyTo: string | undefined;
  newsletter: {
    /** How long a sign-up's confirmation link works. */
    confirmHours: number;
    /** After how many days a sign-up never confirmed is erased. */
    pendingDays: number;
    /** Messages per minute when a campaign is sent (the SMTP relay's limit). */
    sendPerMinute: number;
    /** The postal contact every marketing e-mail carries with the sender's name. */
    postalAddress: string;
    /** Count clicks on campaign links through this site's redirect (off unless asked; told in the notice). */
    clickCounting: boolean;
    /**
     * The key of the suppression list's address hashes (HMAC): SUPPRESSION_SECRET, or SESSION_SECRET
     * when unset. Changing it makes the list unreadable, so it must outlive any rotation of the other.
     */
    suppressionSecret: string;
  };
}

export interface InboundSmtpConfig {
  port: number;
  host: string;
  /** Domains ("banque.fr") and addresses ("reclamations@banque.fr") mail is taken for; any other recipient is refused. */
  recipients: string[];
  /** Messages one sender address may send per hour; past it the listener answers 451 (try later). */
  perSenderPerHour: number;
  /** Messages per minute from one connecting address (the bank's relay sends them all: keep it high). */
  perClientPerMinute: number;
  /** When set, only the Authentication-Results headers written by this server (the relay's authserv-id) are read. */
  authservId: string | undefined;
}

/** A configuration mistake: its message is one sentence naming the variable and what is expected. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got "${raw}").`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")} (got "${raw}").`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): URL | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a full URL such as ${protocols[0]}//… (got "${raw}").`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(" or ")} (got "${raw}").`);
  }
  return parsed;
}

function trustProxy(env: Env): false | number | string {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === "" || raw === "false") return false;
  // "true" means one reverse proxy: the client address is the one *it* appended to
  // X-Forwarded-For. Trusting every hop would let any client choose its address by sending
  // its own X-Forwarded-For (and so pass for 127.0.0.1 or escape the rate limits).
  if (raw === "true") return 1;
  // How many proxies stand in front, each appending the address it saw.
  if (/^\d{1,2}$/.test(raw) && Number(raw) > 0) return Number(raw);
  // A comma-separated list of addresses or CIDR ranges of the reverse proxies.
  if (/^[0-9a-fA-F.:/,\s]+$/.test(raw)) return raw;
  throw new ConfigError(
    `TRUST_PROXY must be "true" (one proxy), "false", a number of proxies, or a comma-separated list of proxy addresses (got "${raw}").`,
  );
}

/** Reads SESSION_SECRET, or generates one on first start and keeps it in DATA_DIR so sessions survive restarts. */
function sessionSecret(env: Env, dataDir: string): string {
  const raw = env.SESSION_SECRET;
  if (raw !== undefined && raw !== "") {
    if (raw.length < 32) throw new ConfigError("SESSION_SECRET must be at least 32 characters long.");
    return raw;
  }
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(48).toString("base64url");
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}

function oidc(env: Env): OidcConfig | undefined {
  const issuer = url(env, "OIDC_ISSUER", ["https:", "http:"]);
  if (!issuer) return undefined;
  const clientId = env.OIDC_CLIENT_ID;
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientId) throw new ConfigError("OIDC_CLIENT_ID must be set when OIDC_ISSUER is set.");
  if (!clientSecret) throw new ConfigError("OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is set.");
  return {
    issuer: issuer.href,
    clientId,
    clientSecret,
    label: env.OIDC_LABEL || "OpenID Connect",
    mfaAmr: (env.OIDC_MFA_AMR ?? "mfa,otp,hwk,swk")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function domainList(env: Env, name: string): string[] {
  const domains = (env[name] ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const wrong = domains.find((domain) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain));
  if (wrong)
    throw new ConfigError(
      `${name} must be a comma-separated list of domains such as "example.fr" (got "${wrong}").`,
    );
  return domains;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw new ConfigError(`${name} must be "true" or "false" (got "${raw}").`);
}

function suppressionSecret(env: Env, fallback: string): string {
  const raw = env.SUPPRESSION_SECRET;
  if (raw === undefined || raw === "") return fallback;
  if (raw.length < 32) throw new ConfigError("SUPPRESSION_SECRET must be at least 32 characters long.");
  return raw;
}

function metricsToken(env: Env): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < 24) throw new ConfigError("METRICS_TOKEN must be at least 24 characters long.");
  return raw;
}

function reviewsApiKey(env: Env): string | undefined {
  const raw = env.REVIEWS_API_KEY;
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < 32) throw new ConfigError("REVIEWS_API_KEY must be at least 32 characters long.");
  return raw;
}

function recipientList(env: Env): string[] {
  const recipients = (env.INBOUND_SMTP_RECIPIENTS ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (recipients.length === 0)
    throw new ConfigError(
      'INBOUND_SMTP_RECIPIENTS must be set with INBOUND_SMTP_PORT: the domains or addresses mail is taken for, such as "banque.fr,reclamations@banque.fr".',
    );
  const wrong = recipients.find((r) => !/^([^\s@,]+@)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(r));
  if (wrong)
    throw new ConfigError(
      `INBOUND_SMTP_RECIPIENTS must be a comma-separated list of domains or addresses such as "banque.fr,reclamations@banque.fr" (got "${wrong}").`,
    );
  return recipients;
}

function inboxReplyTo(env: Env, smtp: InboundSmtpConfig | undefined): string | undefined {
  const typed = env.INBOX_REPLY_TO?.trim();
  if (typed) {
    if (!/^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/.test(typed))
      throw new ConfigError(
        `INBOX_REPLY_TO must be one e-mail address such as "clients@banque.fr" (got "${typed}").`,
      );
    return typed;
  }
  return smtp?.recipients.find((r) => r.includes("@"));
}

function inboundSmtp(env: Env): InboundSmtpConfig | undefined {
  if (env.INBOUND_SMTP_PORT === undefined || env.INBOUND_SMTP_PORT === "") return undefined;
  return {
    port: integer(env, "INBOUND_SMTP_PORT", 0, 1, 65535),
    host: env.INBOUND_SMTP_HOST || "127.0.0.1",
    recipients: recipientList(env),
    perSenderPerHour: integer(env, "INBOUND_SMTP_PER_SENDER_PER_HOUR", 30, 1, 1_000_000),
    perClientPerMinute: integer(env, "INBOUND_SMTP_PER_CLIENT_PER_MINUTE", 3000, 1, 10_000_000),
    authservId: env.INBOUND_SMTP_AUTHSERV_ID || undefined,
  };
}

export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, "PORT", 3000, 1, 65535);
  const host = env.HOST || "0.0.0.0";
  const baseUrl = url(env, "BASE_URL", ["http:", "https:"]) ?? new URL(`http://localhost:${port}`);
  const dataDir = path.resolve(env.DATA_DIR || "data");
  const databaseUrl = url(env, "DATABASE_URL", ["postgres:", "postgresql:"])?.href;
  const smtpUrl = url(env, "SMTP_URL", ["smtp:", "smtps:"])?.href;
  const mailFrom = env.MAIL_FROM || `Confiance <no-reply@${baseUrl.hostname}>`;
  if (!/^[^<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(mailFrom)) {
    throw new ConfigError(
      `MAIL_FROM must be an address such as "Ma Banque <no-reply@example.fr>" (got "${mailFrom}").`,
    );
  }
  const session = sessionSecret(env, dataDir);
  return {
    port,
    host,
    baseUrl,
    secureCookies: baseUrl.protocol === "https:",
    databaseUrl,
    dataDir,
    embeddedPostgresPort: integer(env, "EMBEDDED_POSTGRES_PORT", 54329, 1024, 65535),
    sessionSecret: session,
    smtpUrl,
    mailFrom,
    defaultLocale: oneOf(env, "DEFAULT_LOCALE", LOCALES, "fr"),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    trustProxy: trustProxy(env),
    bankName: env.BANK_NAME || "Banque Confiance",
    bankLogoUrl: url(env, "BANK_LOGO_URL", ["https:", "http:"])?.href,
    bankPhoneNumbers: (env.BANK_PHONE_NUMBERS ?? "09 69 39 99 99,+33 9 69 39 99 99")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    accessibilityContact: env.ACCESSIBILITY_CONTACT || `accessibilite@${baseUrl.hostname}`,
    metricsToken: metricsToken(env),
    demoContent: boolean(env, "DEMO_CONTENT", databaseUrl === undefined),
    runJobs: boolean(env, "RUN_JOBS", true),
    rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 600, 10, 10_000_000),
    postingLimit: integer(env, "POSTING_LIMIT", DEFAULT_POSTING_LIMIT, 1, 10_000_000),
    reservedNames: [
      ...DEFAULT_RESERVED_NAMES,
      env.BANK_NAME || "Banque Confiance",
      ...(env.RESERVED_NAMES ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ],
    oidc: oidc(env),
    heldFirstPosts: integer(env, "HELD_FIRST_POSTS", 1, 0, 100),
    blockedEmailDomains: domainList(env, "BLOCKED_EMAIL_DOMAINS"),
    allowedEmailDomains: domainList(env, "ALLOWED_EMAIL_DOMAINS"),
    bankEmailDomains: domainList(env, "BANK_EMAIL_DOMAINS"),
    dpoContact: env.DPO_CONTACT || `dpo@${baseUrl.hostname}`,
    mediatorContact: env.MEDIATOR_CONTACT?.trim() || DEFAULT_MEDIATOR_CONTACT,
    mailEventsToken: env.MAIL_EVENTS_TOKEN || undefined,
    reviewsApiKey: reviewsApiKey(env),
    cookieChoiceMonths: integer(env, "COOKIE_CHOICE_MONTHS", 6, 1, 13),
    inboundSmtp: inboundSmtp(env),
    inboxReplyTo: inboxReplyTo(env, inboundSmtp(env)),
    newsletter: {
      confirmHours: integer(env, "NEWSLETTER_CONFIRM_HOURS", 48, 1, 720),
      pendingDays: integer(env, "NEWSLETTER_PENDING_DAYS", 7, 1, 90),
      sendPerMinute: integer(env, "NEWSLETTER_SEND_PER_MINUTE", 600, 1, 100_000),
      postalAddress: env.POSTAL_ADDRESS || "Service clients — 1 place de la Bourse, 75002 Paris",
      clickCounting: env.NEWSLETTER_CLICK_COUNTING === "on",
      suppressionSecret: suppressionSecret(env, session),
    },
  };
}
