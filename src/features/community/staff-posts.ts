import type { Db } from "../../db/connect.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { archiveStaffPublication } from "../archive/index.ts";
import { POSTS_PER_PAGE } from "./model.ts";
import { postUrl } from "./paths.ts";

type Executor = Pick<Db, "execute" | "insert" | "select">;

/**
 * What staff publish speaks for the bank: it goes to the audit log and, word for word, to the
 * archive of publications (ACPR 2016-R-01). Members' posts go to neither.
 */
export async function recordStaffPost(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  post: { id: number; topic: { id: number; slug: string }; position: number; body: string; at: Date },
  action: "published" | "edited" | "deleted",
) {
  if (!isStaffRole(actor.role)) return;
  await recordAudit(
    ctx.db,
    {
      actorId: actor.id,
      actorRole: actor.role,
      action: `community.post_${action}`,
      subjectType: "post",
      subjectId: post.id,
      details: { topicId: post.topic.id },
    },
    tx,
  );
  // In the publishing transaction: nothing the bank says is public without its archive entry.
  await archiveStaffPublication(
    ctx.db,
    actor,
    {
      action,
      placeType: "post",
      placeId: post.id,
      placePath: postUrl(post.topic, post.position, POSTS_PER_PAGE),
      body: post.body,
      at: post.at,
    },
    tx,
  );
}
