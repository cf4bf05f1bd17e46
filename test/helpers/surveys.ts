import type { AppContext } from "../../src/platform/context.ts";

/**
 * Surveys straight in their tables, for tests that read them (results, invitations, dashboards):
 * a barometer survey of one version with a trust question, an NPS question, a satisfaction
 * question, a multiple choice and a free text, and submitted responses.
 */
export interface TestSurvey {
  surveyId: number;
  versionId: number;
  questions: { trust: number; nps: number; satisfaction: number; channels: number; comment: number };
}

export async function barometerSurvey(
  ctx: AppContext,
  createdBy: number,
  options: { mode?: "anonymous" | "identified"; barometer?: boolean } = {},
): Promise<TestSurvey> {
  const pool = ctx.database.pool;
  const one = async (query: string, params: unknown[]) =>
    Number((await pool.query(query, params)).rows[0].id);
  const surveyId = await one("insert into surveys (barometer, created_by) values ($1, $2) returning id", [
    options.barometer ?? true,
    createdBy,
  ]);
  const versionId = await one(
    `insert into survey_versions (survey_id, number, title_fr, title_en, mode, created_by)
     values ($1, 1, 'Baromètre de confiance', 'Trust barometer', $2, $3) returning id`,
    [surveyId, options.mode ?? "anonymous", createdBy],
  );
  const question = (position: number, kind: string, fr: string, en: string, optional = false, choices = []) =>
    one(
      `insert into survey_questions (version_id, position, kind, wording_fr, wording_en, optional, choices)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [versionId, position, kind, fr, en, optional, JSON.stringify(choices)],
    );
  return {
    surveyId,
    versionId,
    questions: {
      trust: await question(1, "trust", "Faites-vous confiance à votre banque ?", "Do you trust your bank?"),
      nps: await question(2, "nps", "Recommanderiez-vous votre banque ?", "Would you recommend your bank?"),
      satisfaction: await question(3, "satisfaction", "Êtes-vous satisfait ?", "Are you satisfied?", true),
      channels: await question(4, "multiple", "Par où nous contactez-vous ?", "How do you reach us?", true, [
        { value: "agence", fr: "En agence", en: "In a branch" },
        { value: "appli", fr: "Sur l'application", en: "In the app" },
        { value: "communaute", fr: "Sur la communauté", en: "In the community" },
      ] as never),
      comment: await question(5, "text", "Un commentaire ?", "Any comment?", true),
    },
  };
}

export async function waveOf(
  ctx: AppContext,
  survey: TestSurvey,
  createdBy: number,
  wave: { label: string; opensOn: string; closesOn: string; publicKey?: string },
): Promise<number> {
  const { rows } = await ctx.database.pool.query(
    `insert into survey_waves (survey_id, version_id, label, opens_on, closes_on, public_key, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      survey.surveyId,
      survey.versionId,
      wave.label,
      wave.opensOn,
      wave.closesOn,
      wave.publicKey ?? null,
      createdBy,
    ],
  );
  return Number(rows[0].id);
}

export interface TestResponse {
  channel?: "public_link" | "invitation" | "in_page";
  ageBand?: string;
  region?: string;
  isClient?: boolean;
  /** question id → choice, choices, score or text */
  answers: Record<number, string | string[] | number>;
  submittedAt?: string;
}

/** Submitted responses, with their answers. */
export async function submitted(ctx: AppContext, waveId: number, responses: readonly TestResponse[]) {
  const pool = ctx.database.pool;
  for (const r of responses) {
    const at = r.submittedAt ?? "2026-11-15T00:00:00Z";
    const { rows } = await pool.query(
      `insert into survey_responses (wave_id, channel, age_band, region, is_client, started_at, submitted_at)
       values ($1, $2, $3, $4, $5, $6, $6) returning id`,
      [waveId, r.channel ?? "public_link", r.ageBand ?? null, r.region ?? null, r.isClient ?? null, at],
    );
    for (const [questionId, value] of Object.entries(r.answers)) {
      const kind = (await pool.query("select kind from survey_questions where id = $1", [questionId])).rows[0]
        .kind;
      const column =
        kind === "multiple"
          ? "choices"
          : kind === "text"
            ? "text"
            : typeof value === "number"
              ? "score"
              : "choice";
      await pool.query(
        `insert into survey_answers (response_id, question_id, wave_id, ${column}) values ($1, $2, $3, $4)`,
        [rows[0].id, questionId, waveId, value],
      );
    }
  }
}
