import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { staffAmong } from "../accounts/index.ts";
import { draftOf, startResponse, type Unavailable } from "./answering.ts";
import { forgetInPage, shownInPage } from "./in-page-invitations.ts";
import { invitationKey } from "./invitations.ts";
import { surveyDistributions, surveyInPageInvitations, surveyInvitations } from "./invitations-schema.ts";
import { invitationTokenHash, readInvitationToken } from "./invitations-token.ts";
import { type InvitedWave, invitedWave } from "./invitations-wave.ts";
import type { SubmittedResponse } from "./submission-watch.ts";

/**
 * What an invitation link leads to, and beginning (or taking up again) the answer it invites.
 * While the person answers, the invitation knows their draft (the response, and its address's
 * secret sealed), so the link, or the reminder's, takes them back to it. The submission clears
 * both and marks the invitation answered (`invitationAnswered`, in the submitting command): one
 * answer per invitation, and nothing kept ties the invitation to the answer.
 */
export type LinkState =
  /** Altered, cut short or made up: its seal does not hold. */
  | { kind: "tampered" }
  /** Sealed by us, but no invitation has it (the person's data was erased since). */
  | { kind: "unknown" }
  | { kind: "answered"; wave: InvitedWave }
  | { kind: "scheduled"; wave: InvitedWave }
  | { kind: "closed"; wave: InvitedWave }
  /** Its person is on the bank's staff now: they do not answer the bank's surveys. */
  | { kind: "staff"; wave: InvitedWave }
  | { kind: "open"; wave: InvitedWave; invitationId: number };

export async function linkState(ctx: AppContext, given: string): Promise<LinkState> {
  const read = readInvitationToken(invitationKey(ctx), given);
  if (!read.ok) return { kind: "tampered" };
  const hash = invitationTokenHash(read.token);
  const [invitation] = await ctx.db
    .select({
      id: surveyInvitations.id,
      waveId: surveyInvitations.waveId,
      answeredAt: surveyInvitations.answeredAt,
    })
    .from(surveyInvitations)
    .where(or(eq(surveyInvitations.tokenHash, hash), eq(surveyInvitations.reminderTokenHash, hash)));
  const wave = invitation && (await invitedWave(ctx, invitation.waveId));
  if (!invitation || !wave) return { kind: "unknown" };
  if (invitation.answeredAt) return { kind: "answered", wave };
  if (wave.state !== "open") return { kind: wave.state, wave };
  return { kind: "open", wave, invitationId: invitation.id };
}

interface Drafting {
  draftResponseId: number | null;
  draftKey: string | null;
}

/**
 * The draft's address secret to go on with: the one the invitation holds while its draft is still
 * a draft, or a new draft's (then noted by `note`), or why none begins. Shared by e-mailed and
 * in-page invitations.
 */
async function draftToGoOn(
  ctx: AppContext,
  held: Drafting | undefined,
  start: Parameters<typeof startResponse>[1],
  note: (drafting: { draftResponseId: number; draftKey: string }) => Promise<void>,
): Promise<{ key: string } | { refused: Unavailable["state"] }> {
  if (held?.draftKey) {
    const key = ctx.secrets.open(held.draftKey);
    if (await draftOf(ctx, key)) return { key };
  }
  const started = await startResponse(ctx, start);
  if (!started.ok) return { refused: started.state };
  await note({ draftResponseId: started.responseId, draftKey: ctx.secrets.seal(started.key) });
  return { key: started.key };
}

/** Begins (or takes up again) the answer an e-mailed invitation invites; anything else says why not. */
export async function beginInvitedAnswer(
  ctx: AppContext,
  given: string,
  /** Signed in as staff: nothing begins. */
  byStaff = false,
): Promise<{ ok: true; key: string } | { ok: false; state: Exclude<LinkState, { kind: "open" }> }> {
  return runCommand(ctx, async (ctx) => {
    const state = await linkState(ctx, given);
    if (state.kind !== "open") return { ok: false, state };
    if (byStaff) return { ok: false, state: { kind: "staff", wave: state.wave } };
    // Two clicks at once: the second waits, then finds the draft the first began.
    const [invitation] = await ctx.db
      .select()
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.id, state.invitationId), isNull(surveyInvitations.answeredAt)))
      .for("update");
    if (!invitation) return { ok: false, state: { kind: "answered", wave: state.wave } };
    const drafted = await draftToGoOn(
      ctx,
      invitation,
      {
        waveId: state.wave.id,
        channel: "invitation",
        accountId: invitation.accountId,
        locale: invitation.locale,
      },
      async (drafting) => {
        await ctx.db.update(surveyInvitations).set(drafting).where(eq(surveyInvitations.id, invitation.id));
      },
    );
    if ("key" in drafted) return { ok: true, key: drafted.key };
    return { ok: false, state: { kind: drafted.refused === "staff" ? "staff" : "closed", wave: state.wave } };
  });
}

/**
 * Begins (or takes up again) a signed-in member's answer from the invitation shown on the site;
 * nothing when they already answered it, the wave is not open, its invitation is not shown on the
 * site (an invitation-only wave is not answered this way), or they are on the bank's staff.
 */
export async function beginInPageAnswer(
  ctx: AppContext,
  member: { id: number; locale: Locale },
  waveId: number,
): Promise<string | undefined> {
  return runCommand(ctx, async (ctx) => {
    const wave = await invitedWave(ctx, waveId);
    if (wave?.state !== "open" || !(await shownInPage(ctx, waveId))) return undefined;
    if ((await staffAmong(ctx.db, { accountIds: [member.id] })).accountIds.size > 0) return undefined;
    await ctx.db
      .insert(surveyInPageInvitations)
      .values({ waveId, accountId: member.id, outcome: "followed" })
      .onConflictDoNothing();
    const [held] = await ctx.db
      .select()
      .from(surveyInPageInvitations)
      .where(
        and(eq(surveyInPageInvitations.waveId, waveId), eq(surveyInPageInvitations.accountId, member.id)),
      )
      .for("update");
    if (!held || held.answered) return undefined;
    const drafted = await draftToGoOn(
      ctx,
      held,
      { waveId, channel: "in_page", accountId: member.id, locale: member.locale },
      async (drafting) => {
        await ctx.db
          .update(surveyInPageInvitations)
          .set({ ...drafting, outcome: "followed" })
          .where(
            and(eq(surveyInPageInvitations.waveId, waveId), eq(surveyInPageInvitations.accountId, member.id)),
          );
      },
    );
    return "key" in drafted ? drafted.key : undefined;
  });
}

/**
 * Heard in the command that submits a response (surveys' `watchSubmissions`): the invitation it
 * was begun from is answered now (its day only, in anonymous mode, as the response's time is),
 * and forgets the draft.
 */
export async function invitationAnswered(ctx: AppContext, submitted: SubmittedResponse): Promise<void> {
  const invited = await ctx.db
    .update(surveyInvitations)
    .set({ answeredAt: submitted.at, draftResponseId: null, draftKey: null })
    .where(eq(surveyInvitations.draftResponseId, submitted.responseId))
    .returning({ accountId: surveyInvitations.accountId, distributionId: surveyInvitations.distributionId });
  if (invited[0])
    await ctx.db
      .update(surveyDistributions)
      .set({ answered: sql`${surveyDistributions.answered} + 1` })
      .where(eq(surveyDistributions.id, invited[0].distributionId));
  const inPage = await ctx.db
    .update(surveyInPageInvitations)
    .set({ answered: true, draftResponseId: null, draftKey: null })
    .where(eq(surveyInPageInvitations.draftResponseId, submitted.responseId))
    .returning({ accountId: surveyInPageInvitations.accountId });
  // The member's invitation on the site goes away on this instance at once (others within the minute).
  const accountId = invited[0]?.accountId ?? inPage[0]?.accountId;
  if (accountId) await ctx.afterCommit(async (committed) => forgetInPage(committed, accountId));
}
