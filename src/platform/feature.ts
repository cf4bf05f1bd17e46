import type { FastifyInstance } from "fastify";
import type { AppContext } from "./context.ts";
import type { Catalogue } from "./i18n/index.ts";
import type { ScheduledJob } from "./jobs/jobs.ts";

/** One Fastify plugin of a feature's routes, registered in its own encapsulated context. */
export type RoutePlugin = (app: FastifyInstance, options: { ctx: AppContext }) => Promise<void>;

/** A server other than the web's, listening until it is closed. */
export interface Listener {
  close(): Promise<void>;
}

/**
 * What a feature gives the application, from its `index.ts`: the one thing src/server.ts and
 * src/background.ts know of it. Other features use its index.ts (and its model.ts, paths.ts,
 * policy.ts), never its routes, views or tables (.dependency-cruiser.cjs).
 */
export interface Feature {
  name: string;
  /** Its messages (messages/fr.ts and en.ts), added to the platform's at start-up. */
  messages?: Catalogue;
  /** Hooks every request goes through, on the root before any route (who is signed in, the cookie choice). */
  install?(app: FastifyInstance, ctx: AppContext): void;
  /** Its pages and API. */
  routes?: readonly RoutePlugin[];
  /** Queue workers (pg-boss), started by `confiance worker` and by `serve` unless RUN_JOBS=false. */
  startWorkers?(ctx: AppContext): Promise<void>;
  /**
   * Servers besides the web's (the inbox's inbound SMTP), started with the background work (by
   * `confiance worker`, and by `serve` unless RUN_JOBS=false) when their configuration asks;
   * closed before the process stops.
   */
  startListeners?(ctx: AppContext): Promise<readonly Listener[]>;
  /** Calendar schedules, each run once per cluster. */
  schedules?(ctx: AppContext): ScheduledJob[];
}
