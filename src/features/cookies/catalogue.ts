import type { MessageKey } from "../../platform/i18n/index.ts";
import type { ConsentedPurpose } from "./choice.ts";

/**
 * Everything this site stores in a browser, and who else could, shown on the cookie page. The
 * browser test holds the site to this list: a new cookie or storage key must be added here first.
 */
export type StorageKind = "essential" | "exempt" | "consent";

export interface StoredItem {
  name: string;
  kind: StorageKind;
  purpose: MessageKey;
  lifetime: MessageKey;
}

export const STORED_ITEMS: readonly StoredItem[] = [
  {
    name: "confiance_session",
    kind: "essential",
    purpose: "cookies.item.session",
    lifetime: "cookies.life.session",
  },
  { name: "csrf", kind: "essential", purpose: "cookies.item.csrf", lifetime: "cookies.life.browser" },
  { name: "flash", kind: "essential", purpose: "cookies.item.flash", lifetime: "cookies.life.minute" },
  { name: "locale", kind: "essential", purpose: "cookies.item.locale", lifetime: "cookies.life.year" },
  { name: "oidc_flow", kind: "essential", purpose: "cookies.item.oidc", lifetime: "cookies.life.tenMinutes" },
  { name: "cf_cookies", kind: "essential", purpose: "cookies.item.choice", lifetime: "cookies.life.choice" },
  { name: "cf_mesure", kind: "exempt", purpose: "cookies.item.audience", lifetime: "cookies.life.audience" },
  {
    name: "htmx-current-path-for-history",
    kind: "essential",
    purpose: "cookies.item.history",
    lifetime: "cookies.life.tab",
  },
];

export interface Partner {
  name: string;
  privacyUrl: string;
}

/** Each purpose that needs consent, with the other companies it lets in. */
export const PURPOSE_PARTNERS: Readonly<Record<ConsentedPurpose, readonly Partner[]>> = {
  video: [
    { name: "YouTube (Google Ireland Limited)", privacyUrl: "https://policies.google.com/privacy" },
    { name: "Vimeo.com, Inc.", privacyUrl: "https://vimeo.com/privacy" },
  ],
};
