import type { Access } from "../auth/access.ts";
import type { Actor } from "../auth/actor.ts";
import type { I18n } from "../i18n/index.ts";
import type { LayoutFacts, LayoutPart, PageCookies, StaffWorkspace } from "../views/context.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in person, or null for a visitor. */
    actor: Actor | null;
    /** A session that gave a password but still owes the second factor. */
    pendingSecondFactor: { sessionId: number; accountId: number } | null;
    i18n: I18n;
    /** Notifications the signed-in person has not read yet (shown in the header), 0 for visitors. */
    unreadNotifications: number;
    /** The staff workspace's areas and counts, on a staff page for a staff member; null elsewhere. */
    staffWorkspace: StaffWorkspace | null;
    /** What the visitor's cookie choice lets the page do, set by the cookies feature; null before its hook ran. */
    pageCookies: PageCookies | null;
    /** What features' layout parts need to know of this request (views/context.ts); null until a feature says something. */
    layoutFacts: Partial<LayoutFacts> | null;
  }
  interface FastifyInstance {
    /** Every route the server answers, as registered: tests check each one is classified. */
    routeTable: {
      method: string;
      url: string;
      access: () => Access | undefined;
      /** Its address is its key (platform/http/secret-address.ts). */
      secretAddress: () => boolean;
    }[];
    /** The features' pieces of every page, added by each feature at start-up (views/context.ts). */
    layoutParts: LayoutPart[];
  }
  interface FastifyContextConfig {
    /** A state-changing route that deliberately takes no CSRF token (say why where it is set). */
    withoutCsrf?: boolean;
    /** A stream (Server-Sent Events) that stays open: stopping the server ends it rather than waiting. */
    longLived?: boolean;
    /** The address holds a secret key: never cached, sent as a referrer, indexed or measured (http/secret-address.ts). */
    secretAddress?: boolean;
    /** What a person must be and hold to use this route, checked before any handler (platform/auth/access.ts). */
    access?: Access;
  }
}
