import type { Locale } from "../../../config.ts";
import type { AppContext } from "../../../platform/context.ts";

/**
 * What other features do when a conversation is resolved, inside the command that resolved it
 * (the reviews invite the person to review the bank). The inbox knows them only through this
 * hook, registered when their feature loads; each must be safe to run twice for one resolution
 * (the resolving answer and the resolve action may both call it).
 */
export interface ResolvedConversation {
  id: number;
  source: string;
  subject: string;
  resolvedAt: Date;
  /** Where the bank may write to the person (null: no address, erased, or they objected). */
  recipient: { accountId: number | null; email: string; displayName: string; locale: Locale } | null;
}

type ResolutionHook = (ctx: AppContext, conversation: ResolvedConversation) => Promise<void>;

const hooks: ResolutionHook[] = [];

export function whenResolved(hook: ResolutionHook): void {
  hooks.push(hook);
}

export async function resolved(ctx: AppContext, conversation: ResolvedConversation): Promise<void> {
  for (const hook of hooks) await hook(ctx, conversation);
}
