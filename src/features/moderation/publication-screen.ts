import type { PublicationScreen } from "../community/model.ts";
import { HELD_LIST, holdSubmission } from "./held-posts.ts";
import {
  BURST_WINDOW,
  flagForReview,
  notePublication,
  type Screening,
  screenSubmission,
} from "./screening.ts";

/**
 * What moderation does to what members publish, registered with the community (index.ts): the
 * screening, the hold, and what happens once a post is out (its domains remembered, the
 * watched words that flag it sent to the queue).
 */
export const moderationScreen: PublicationScreen = {
  heldList: HELD_LIST,
  recentWindow: BURST_WINDOW,

  async screenNew(ctx, author, text, { approved, author: posts }) {
    // A moderator approved it after a hold: it was screened then.
    const screening: Screening = approved
      ? { verdict: "publish", title: text.title, body: text.body, flags: [] }
      : await screenSubmission(ctx, author, text, "new", posts);
    switch (screening.verdict) {
      case "refuse":
        return screening;
      case "hold":
        return {
          verdict: "hold",
          title: screening.title,
          body: screening.body,
          hold: (ctx, submission) => holdSubmission(ctx, author, submission, screening),
        };
      case "publish":
        return {
          verdict: "publish",
          title: screening.title,
          body: screening.body,
          published: (ctx, postId) => notePublication(ctx, { id: postId, authorId: author.id }, screening),
        };
    }
  },

  async screenEdit(ctx, author, text) {
    const screening = await screenSubmission(ctx, author, text, "edit");
    switch (screening.verdict) {
      case "refuse":
        return screening;
      case "hold":
        // An edit is never held: what would have been is published, and a moderator looks at it.
        return {
          verdict: "publish",
          body: screening.body,
          published: (ctx, postId) => flagForReview(ctx, postId, screening.reasons.join(", ")),
        };
      case "publish":
        return {
          verdict: "publish",
          body: screening.body,
          published: async (ctx, postId) => {
            if (screening.flags.length > 0)
              await notePublication(ctx, { id: postId, authorId: author.id }, screening);
          },
        };
    }
  },
};
