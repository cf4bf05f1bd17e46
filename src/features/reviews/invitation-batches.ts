import { desc, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import type { InvitationOrigin } from "./schema.ts";
import { reviewInvitationBatches, reviewInvitations } from "./schema.ts";

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
      used: sql<number>`(select count(*)::int from ${reviewInvitations}
                         where ${reviewInvitations.batchId} = ${reviewInvitationBatches.id}
                           and ${reviewInvitations.usedAt} is not null)`,
    })
    .from(reviewInvitationBatches)
    .orderBy(desc(reviewInvitationBatches.createdAt), desc(reviewInvitationBatches.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, used: Number(row.used) }));
}
