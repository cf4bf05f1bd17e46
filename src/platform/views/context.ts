import type { Actor } from "../auth/actor.ts";
import type { I18n } from "../i18n/index.ts";

/** What every view needs to know about the request it renders for. */
export interface ViewContext {
  i18n: I18n;
  actor: Actor | null;
  csrfToken: string;
  bankName: string;
  logoUrl: string | undefined;
  /** Path and query of the current page, to come back to after switching language. */
  currentUrl: string;
  /** The public origin (BASE_URL), for canonical links and links shared elsewhere. */
  baseUrl: URL;
  /** Unread notifications of the signed-in person, for the header. */
  unreadNotifications: number;
  /** A one-time confirmation to show at the top of the page ("Your password was changed."). */
  flash: string | undefined;
  /** The cookie choice as pages need it: ask with the banner, show videos, measure the visit. */
  cookies: { ask: boolean; videos: boolean; audience: boolean };
}
