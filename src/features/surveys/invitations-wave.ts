import { dayFromIso, endOfParisDay, startOfParisDay } from "../../calendar/index.ts";
import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import { waveWithVersion } from "./answering.ts";
import type { SurveyMode, WaveState } from "./model.ts";

/** What invitations say of a wave: its survey's title in each language, its mode, its days and its state today. */
export interface InvitedWave {
  id: number;
  surveyId: number;
  label: string;
  title: Record<Locale, string>;
  mode: SurveyMode;
  opensOn: string;
  closesOn: string;
  state: WaveState;
}

export async function invitedWave(ctx: AppContext, waveId: number): Promise<InvitedWave | undefined> {
  const found = await waveWithVersion(ctx, { waveId });
  if (!found) return undefined;
  const { wave, version, state } = found;
  return {
    id: wave.id,
    surveyId: wave.surveyId,
    label: wave.label,
    title: { fr: version.titleFr, en: version.titleEn },
    mode: version.mode,
    opensOn: wave.opensOn,
    closesOn: wave.closesOn,
    state,
  };
}

/** The wave's first day, at midnight in Paris, to show as a date. */
export const opening = (wave: Pick<InvitedWave, "opensOn">): Date =>
  startOfParisDay(dayFromIso(wave.opensOn)!);
/** The last moment answers are taken (the end of the last day, Paris). */
export const closing = (wave: Pick<InvitedWave, "closesOn">): Date =>
  endOfParisDay(dayFromIso(wave.closesOn)!);
