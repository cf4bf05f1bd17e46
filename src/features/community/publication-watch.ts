import type { AppContext } from "../../platform/context.ts";
import type { PublicationWatcher, PublishedPost } from "./model.ts";

const watchers: PublicationWatcher[] = [];

/**
 * Another feature asks to hear every post as it is published (model.ts, PublicationWatcher),
 * from its index.ts, once per process when the application loads its features.
 */
export function watchPublications(watcher: PublicationWatcher): void {
  watchers.push(watcher);
}

/** Inside the publishing command: a watcher that fails undoes the post, so nothing said is missed. */
export async function tellWatchers(ctx: AppContext, post: PublishedPost): Promise<void> {
  for (const watcher of watchers) await watcher.published(ctx, post);
}
