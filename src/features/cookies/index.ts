import type { Feature } from "../../platform/feature.ts";
import { installCookieChoice } from "./request-choice.ts";
import { cookieRoutes } from "./routes.tsx";

/** The cookie choice: the banner, the cookie page, the ledger of choices, the videos it lets in. */
export const cookiesFeature: Feature = {
  name: "cookies",
  install: installCookieChoice,
  routes: [cookieRoutes],
};
