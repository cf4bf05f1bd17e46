import { desc, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { InvitationOrigin } from "./schema.ts";
import { reviewInvitationBatches } from "./schema.ts";

/**
 * The register of invitation batches, newest first: who was invited, from where, how many
 * reviews came back, and every batch refused for a satisfaction filter (with the filter's name).
 * Compliance and the auditor read it; the conformity report counts from the same rows.
 */
export interface BatchEntry {
  id: number;
  origin: InvitationOrigin;
  label: string;
  invited: number;
  used: number;
  refusedFilter: string | null;
  createdAt: Date;
}

export const REGISTER_SHOWN = 200;

export async function recentBatches(ctx: AppContext, limit = REGISTER_SHOWN): Promise<BatchEntry[]> {
  const rows = await ctx.db
    .select({
      id: reviewInvitationBatches.id,
      origin: reviewInvitationBatches.origin,
      label: reviewInvitationBatches.label,
      invited: reviewInvitationBatches.invited,
      refusedFilter: reviewInvitationBatches.refusedFilter,
      createdAt: reviewInvitationBatches.createdAt,
      // Named in full: in a select, drizzle writes a column without its table, and an unqualified
      // "id" inside the subquery would be the invitation's own.
      used: sql<number>`(select count(*)::int from reviews_invitations i
                         where i.batch_id = reviews_invitation_batches.id and i.used_at is not null)`,
    })
    .from(reviewInvitationBatches)
    .orderBy(desc(reviewInvitationBatches.createdAt), desc(reviewInvitationBatches.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, used: Number(row.used) }));
}
