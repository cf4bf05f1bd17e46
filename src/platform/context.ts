import { type Config, DEFAULT_POSTING_LIMIT } from "../config.ts";
import type { Database, Db } from "../db/connect.ts";
import type { SecretBox } from "./auth/secret-box.ts";
import type { Clock } from "./clock.ts";
import type { PublicPages } from "./http/public-pages.ts";
import type { Jobs } from "./jobs/jobs.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { Outbox } from "./mail/outbox.ts";
import type { LiveEvent, LiveEvents } from "./realtime/events.ts";
import type { ShortMemories } from "./short-memory.ts";
import type { RenderedFragments } from "./views/fragments.ts";

/** The long-lived things every feature needs, built once at start and given to each plugin. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  /** Only the outbox's worker sends: features queue their e-mails with `outbox.queue`. */
  mailer: Mailer;
  /** Every e-mail, written in the transaction that causes it and sent in the background. */
  outbox: Outbox;
  secrets: SecretBox;
  /** Rendered public pages for visitors, and the signal that public content changed. */
  publicPages: PublicPages;
  /** Events between app instances (LISTEN/NOTIFY), for live pages. */
  live: LiveEvents;
  /** Rendered fragments of pages, kept by what decides their markup (platform/views/fragments.ts). */
  fragments: RenderedFragments;
  /** Values this instance keeps for a few seconds (platform/short-memory.ts). */
  memory: ShortMemories;
  /** Request limits; tests raise them so that the role matrix is not throttled. */
  limits: RateLimits;
  jobs: Jobs;
  /** The time the legal clocks read (tests move it). */
  clock: Clock;
  /**
   * Runs `effect` once the current command's transaction has committed (at once outside a
   * command): page-cache invalidation, live events, e-mails, waking workers. The effect gets the
   * context outside the transaction, which is over by then (platform/commands.ts).
   */
  afterCommit(effect: (committed: AppContext) => Promise<void>): Promise<void>;
  /**
   * The one way a write says which kept public pages it changed (public-pages.ts): their scopes,
   * none for every page; `also`, a live event told with them. In a command, they move with its
   * transaction, as its last statement; outside one (the write has committed), at once.
   */
  pagesChanged(scopes?: readonly string[], also?: LiveEvent): Promise<void>;
  /** Inside `runCommand`: `db` is its transaction. */
  inCommand?: boolean;
}

export interface RateLimits {
  /** Requests per minute per address, all routes. */
  global: number;
  /** Attempts per 15 minutes per address on sign-in, sign-up, password reset and second factor. */
  sensitive: number;
  /** Posts (topics, replies, comments) per 10 minutes, per account and per address. */
  posting: number;
}

export const DEFAULT_LIMITS: RateLimits = { global: 600, sensitive: 10, posting: DEFAULT_POSTING_LIMIT };
