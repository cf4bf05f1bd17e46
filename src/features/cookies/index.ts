import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { installCookieChoice } from "./request-choice.ts";
import { cookieRoutes } from "./routes.tsx";

/** The cookie choice: the banner, the cookie page, the ledger of choices, the videos it lets in. */
export const cookiesFeature: Feature = {
  name: "cookies",
  messages: { fr, en },
  install: installCookieChoice,
  routes: [cookieRoutes],
};
