import type { Feature } from "../../platform/feature.ts";
import { answeringRoutes } from "./answering-routes.tsx";
import { editorRoutes } from "./editor-routes.tsx";
import { installInPageInvitation } from "./in-page.tsx";
import { inPageRoutes } from "./in-page-routes.tsx";
import { invitationAnswered } from "./invitations-answer.ts";
import { reminderSchedule } from "./invitations-reminders.ts";
import { invitationRetentionSchedule } from "./invitations-retention.ts";
import { invitationLinkRoutes, invitationStaffRoutes } from "./invitations-routes.tsx";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { surveyRetentionSchedule } from "./retention.ts";
import { watchSubmissions } from "./submission-watch.ts";

/**
 * Surveys (issue 15, the trust barometer): the editor, waves, the answering pages, and the
 * results other features read (results.ts): counts by choice, NPS buckets, means and the
 * respondent rows raking weighs.
 */
export {
  type Answering,
  draftKeyHashOf,
  draftOf,
  startResponse,
  type Unavailable,
  waveWithVersion,
} from "./answering.ts";
export * from "./model.ts";
export { invitationsPagePath, publicLinkPath, responsePath, SURVEYS_PATH, surveyPath } from "./paths.ts";
export { surveysAccess } from "./policy.ts";
export {
  barometerWaves,
  type FreeTextAnswer,
  freeTextAnswers,
  type QuestionResult,
  type QuestionSummary,
  type RespondentRow,
  type ResultsFilter,
  respondentRows,
  type WaveResults,
  type WaveSummary,
  waveResults,
} from "./results.ts";
export { type SubmissionWatcher, type SubmittedResponse, watchSubmissions } from "./submission-watch.ts";

// An answer begun from an invitation (e-mailed or on the site) marks it answered as it is submitted.
watchSubmissions(invitationAnswered);

export const surveysFeature: Feature = {
  name: "surveys",
  messages: { fr, en },
  install: installInPageInvitation,
  routes: [editorRoutes, answeringRoutes, invitationLinkRoutes, invitationStaffRoutes, inPageRoutes],
  schedules: (ctx) => [surveyRetentionSchedule(ctx), reminderSchedule(ctx), invitationRetentionSchedule(ctx)],
};
