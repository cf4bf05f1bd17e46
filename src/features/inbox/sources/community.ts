import type { AppContext } from "../../../platform/context.ts";
import { DomainError } from "../../../platform/http/errors.ts";
import { authorAsActor } from "../../accounts/index.ts";
import { reply } from "../../community/index.ts";
import { type InboxSource, type Outgoing, registerSource } from "../sources.ts";
import { type PublicSourceName, postExternalId } from "./community-posts.ts";

/**
 * The community and the newsroom's comments as sources: the bank answers where the member spoke,
 * as a staff post in the topic, published through the community's one path (the advisor's
 * name, the masking, the audit log and the archive of staff publications, word for word). A
 * private answer is refused here: a public conversation moves to a private one instead
 * (public-to-private.ts).
 */
async function publishAnswer(ctx: AppContext, answer: Outgoing): Promise<{ externalId?: string }> {
  if (!answer.public)
    throw new DomainError("public_source_private_answer", 422, "inbox.public.answerInPublic");
  const topicId = Number(/^topic:(\d+)$/.exec(answer.threadKey)?.[1]);
  if (!Number.isSafeInteger(topicId)) throw new Error(`not a topic's thread: ${answer.threadKey}`);
  const account = await authorAsActor(ctx, answer.advisor.id);
  if (!account) throw new DomainError("advisor_deactivated", 409, "inbox.public.advisorGone");
  // The answer was written, and approved if it had to be, in staff sessions that passed the
  // second factor (every inbox route asks a staff ability): the community's rule for staff
  // writing was met there, and this stand-in publishes on their behalf.
  const advisor = { ...account, totpEnabled: true, secondFactorDone: true };
  // The inbox records the answer itself: the community does not tell it of this post again.
  const published = await reply(ctx, advisor, topicId, { body: answer.body }, { alreadyRecorded: true });
  if (published.ok === true) return { externalId: postExternalId(published.value.postId) };
  const refusal = published.ok === false ? Object.values(published.errors)[0] : undefined;
  throw new DomainError("not_published", 422, refusal ?? "inbox.public.notPublished");
}

const publicSource = (name: PublicSourceName): InboxSource => ({
  name,
  publicReplies: true,
  deliver: publishAnswer,
});

registerSource(publicSource("community"));
registerSource(publicSource("newsroom_comment"));
