import type { AppContext } from "../../platform/context.ts";

/** A response just submitted, as another feature hears it (the sentiment of free-text answers). */
export interface SubmittedResponse {
  responseId: number;
  waveId: number;
  /** When it was submitted (the day only in anonymous mode). */
  at: Date;
  locale: "fr" | "en";
  /**
   * The SHA-256 of the draft's secret that was just closed (answering.ts \`draftKeyHashOf\`): an
   * invitation that kept it while its person answered marks itself answered by it.
   */
  draftKeyHash: string;
  /** Its free-text answers. */
  texts: { questionId: number; text: string }[];
}

export type SubmissionWatcher = (ctx: AppContext, submitted: SubmittedResponse) => Promise<void>;

const watchers: SubmissionWatcher[] = [];

/**
 * Another feature asks to hear every response as it is submitted, from its index.ts, once per
 * process when the application loads its features (as the community's `watchPublications`).
 */
export function watchSubmissions(watcher: SubmissionWatcher): void {
  watchers.push(watcher);
}

/** Inside the submitting command (ctx.db is its transaction): a watcher that fails undoes the submission. */
export async function tellWatchers(ctx: AppContext, submitted: SubmittedResponse): Promise<void> {
  for (const watcher of watchers) await watcher(ctx, submitted);
}
