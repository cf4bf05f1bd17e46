import type { PublicationScreen, Screened } from "./model.ts";

let registered: PublicationScreen | undefined;

/**
 * Moderation tells the community how to screen what members publish (model.ts,
 * PublicationScreen), from its index.ts, once per process when the application loads its features.
 */
export function screenPublications(screen: PublicationScreen): void {
  registered = screen;
}

/** The registered screen; none means the application was put together without moderation. */
export function publicationScreen(): PublicationScreen {
  if (!registered)
    throw new Error(
      "No publication screen registered with the community: moderation registers it when it loads",
    );
  return registered;
}

/** Published as written: history being imported, a moderator's own change. */
export const unscreened = (body: string) =>
  ({ verdict: "publish", body, published: async () => {} }) as const satisfies Screened;
