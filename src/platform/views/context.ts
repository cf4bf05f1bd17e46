import type { VNode } from "preact";
import type { Actor } from "../auth/actor.ts";
import type { I18n, MessageKey } from "../i18n/index.ts";

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
  /** The cookie choice as pages need it (the cookies feature works it out for each request). */
  cookies: PageCookies;
  /**
   * On a staff page for a staff member (the URL's area, platform/auth/access.ts `STAFF_AREAS`):
   * the staff workspace's areas they may use, and the layout is the workspace's. Null elsewhere.
   */
  staff: StaffWorkspace | null;
  /** The features' pieces of every page (LayoutPart below). */
  layoutParts: readonly LayoutPart[];
  /** What those pieces need to know of this request, as their features found it (LayoutFacts below). */
  layoutFacts: Partial<LayoutFacts>;
  /**
   * A fragment rendered once for these facts and kept (platform/views/fragments.ts). `render`
   * gets a view of nobody, with a CSRF slot for a token: whatever the fragment shows of its reader
   * must come from `facts`.
   */
  fragment(facts: unknown, render: (shared: ViewContext) => VNode): VNode;
}

/** What the visitor's cookie choice lets a page do: ask with the banner, show videos, measure the visit. */
export interface PageCookies {
  ask: boolean;
  videos: boolean;
  audience: boolean;
}

/** Where on every page a feature's piece goes: before the header, or in the footer. */
export type LayoutPlace = "beforeHeader" | "footer";

/**
 * A piece of every page that belongs to a feature (the cookie banner, the newsletter's sign-up
 * form). The layout leaves places for them and knows nothing of the features: each feature adds
 * its pieces at start-up (`app.layoutParts`), so the platform imports nothing from a feature.
 */
export interface LayoutPart {
  /** Named so that a page can leave it out (the cookie page, which shows the banner's choices in full). */
  name: string;
  place: LayoutPlace;
  render: (v: ViewContext) => VNode | null;
}

/**
 * What features' layout parts need to know of the request (a survey the signed-in member is
 * invited to answer): each feature adds its own fields by declaration merging, as catalogues add
 * their keys to `Messages`, and fills them in its `install` hook (`request.layoutFacts`), so the
 * platform knows none of them.
 */
// biome-ignore lint/suspicious/noEmptyInterface: features add their fields by declaration merging.
export interface LayoutFacts {}

/**
 * The staff workspace's header: the areas of work the person may use, each with what waits in it
 * for them. A feature fills it for a staff page's request (`request.staffWorkspace`); the layout
 * only shows it.
 */
export interface StaffWorkspace {
  areas: readonly StaffAreaLink[];
}

export interface StaffAreaLink {
  href: string;
  /** The area's short name in the navigation. */
  title: MessageKey;
  /** What waits there for this person: a number, with the words a screen reader says after it. */
  waiting?: { count: number; label: MessageKey; urgent?: { count: number; label: MessageKey } };
  /** An event stream the workspace's script listens to, to keep the count up to date. */
  live?: string;
}
