import { and, eq, isNull, sql } from "drizzle-orm";
import { isoDay, parisDay } from "../../calendar/index.ts";
import type { Locale } from "../../config.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { surveyInPageInvitations, surveyInPageWaves } from "./invitations-schema.ts";
import { invitedWave } from "./invitations-wave.ts";
import type { SurveyMode } from "./model.ts";

/**
 * The invitation shown on the site to signed-in members, for the waves a community manager chose:
 * at most one invitation per member and wave. It shows until the member follows it and answers,
 * or puts it away ("non merci"); then never again for that wave. A member who answered the wave
 * otherwise (an e-mailed invitation, or signed in through its public link in identified mode) is
 * not asked again.
 */
export interface InPageInvitation {
  waveId: number;
  title: Record<Locale, string>;
  mode: SurveyMode;
  closesOn: string;
  /** Followed already: a draft is waiting. */
  begun: boolean;
}

/** The one invitation a member sees on the site now, if any (the wave closing first). */
async function load(ctx: AppContext, accountId: number): Promise<InPageInvitation | null> {
  const today = isoDay(parisDay(ctx.clock.now()));
  const { rows } = await ctx.db.execute<{
    wave_id: string;
    title_fr: string;
    title_en: string;
    mode: SurveyMode;
    closes_on: string;
    outcome: string | null;
  }>(sql`
    select w.id as wave_id, v.title_fr, v.title_en, v.mode, w.closes_on::text as closes_on, i.outcome
      from survey_in_page_waves p
      join survey_waves w on w.id = p.wave_id
      join survey_versions v on v.id = w.version_id
      left join survey_in_page_invitations i on i.wave_id = w.id and i.account_id = ${accountId}
     where p.stopped_at is null and w.opens_on <= ${today}::date and w.closes_on >= ${today}::date
       and (i.account_id is null or (i.outcome = 'followed' and not i.answered))
       and not exists (select 1 from survey_invitations e
                        where e.wave_id = w.id and e.account_id = ${accountId} and e.answered_at is not null)
       and not exists (select 1 from survey_responses r
                        where r.wave_id = w.id and r.account_id = ${accountId} and r.submitted_at is not null)
     order by w.closes_on, w.id
     limit 1`);
  const row = rows[0];
  if (!row) return null;
  return {
    waveId: Number(row.wave_id),
    title: { fr: row.title_fr, en: row.title_en },
    mode: row.mode,
    closesOn: row.closes_on,
    begun: row.outcome === "followed",
  };
}

/** Kept a minute per member: every page a member opens asks. */
const memory = (ctx: AppContext) =>
  ctx.memory.of<number, InPageInvitation | null>("surveys.in-page", { ttlMs: 60_000, max: 20_000 });

export function inPageInvitationOf(ctx: AppContext, accountId: number): Promise<InPageInvitation | null> {
  return memory(ctx).get(accountId, () => load(ctx, accountId));
}

/** After a change of this member's invitations on this instance: asked again at once. */
export function forgetInPage(ctx: AppContext, accountId: number): void {
  memory(ctx).forget(accountId);
}

/**
 * "Non merci": the invitation to this wave is put away for good (a draft begun stays reachable by
 * its address). False for a wave that does not exist.
 */
export async function dismissInPage(ctx: AppContext, accountId: number, waveId: number): Promise<boolean> {
  if (!(await invitedWave(ctx, waveId))) return false;
  await ctx.db
    .insert(surveyInPageInvitations)
    .values({ waveId, accountId, outcome: "dismissed" })
    .onConflictDoUpdate({
      target: [surveyInPageInvitations.waveId, surveyInPageInvitations.accountId],
      set: { outcome: "dismissed" },
    });
  forgetInPage(ctx, accountId);
  return true;
}

/** Whether the wave's invitation is shown on the site now. */
export async function shownInPage(ctx: AppContext, waveId: number): Promise<boolean> {
  const [row] = await ctx.db
    .select({ waveId: surveyInPageWaves.waveId })
    .from(surveyInPageWaves)
    .where(and(eq(surveyInPageWaves.waveId, waveId), isNull(surveyInPageWaves.stoppedAt)));
  return Boolean(row);
}

/**
 * Starts or stops showing a wave's invitation on the site (a closed wave can only be stopped).
 * This instance shows the change at once, others within the minute their kept invitations last.
 */
export async function showInPage(
  ctx: AppContext,
  actor: Actor,
  waveId: number,
  show: boolean,
): Promise<boolean> {
  return runCommand(ctx, async (ctx) => {
    const wave = await invitedWave(ctx, waveId);
    if (!wave || (show && wave.state === "closed")) return false;
    const now = ctx.clock.now();
    await ctx.db
      .insert(surveyInPageWaves)
      .values({ waveId, startedBy: actor.id, startedAt: now, stoppedAt: show ? null : now })
      .onConflictDoUpdate({
        target: surveyInPageWaves.waveId,
        set: show ? { startedBy: actor.id, startedAt: now, stoppedAt: null } : { stoppedAt: now },
      });
    await ctx.afterCommit(async (committed) => memory(committed).forgetAll());
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: show ? "surveys.in_page_started" : "surveys.in_page_stopped",
      subjectType: "survey_wave",
      subjectId: waveId,
    });
    return true;
  });
}
