import type { AppContext } from "../../src/platform/context.ts";

/**
 * The barometer's survey as the tests need it, written straight into the surveys' tables: one
 * survey with a trust and an NPS question, and waves whose answers the test chooses (k trusting
 * of n, and as many promoters; the others detractors). Half the respondents are 18–24, half 65+.
 */
export interface BarometerSurvey {
  surveyId: number;
  versionId: number;
  trustQuestion: number;
  npsQuestion: number;
}

export async function barometerSurvey(ctx: AppContext, createdBy: number): Promise<BarometerSurvey> {
  const pool = ctx.database.pool;
  const survey = await pool.query(
    "insert into surveys (barometer, created_by) values (true, $1) returning id",
    [createdBy],
  );
  const surveyId = Number(survey.rows[0].id);
  const version = await pool.query(
    `insert into survey_versions (survey_id, number, title_fr, title_en, created_by)
     values ($1, 1, 'Baromètre de confiance', 'Trust barometer', $2) returning id`,
    [surveyId, createdBy],
  );
  const versionId = Number(version.rows[0].id);
  const question = async (position: number, kind: string, fr: string, en: string) =>
    Number(
      (
        await pool.query(
          `insert into survey_questions (version_id, position, kind, wording_fr, wording_en)
           values ($1, $2, $3, $4, $5) returning id`,
          [versionId, position, kind, fr, en],
        )
      ).rows[0].id,
    );
  return {
    surveyId,
    versionId,
    trustQuestion: await question(
      1,
      "trust",
      "Faites-vous confiance à votre banque ?",
      "Do you trust your bank?",
    ),
    npsQuestion: await question(
      2,
      "nps",
      "Recommanderiez-vous votre banque ?",
      "Would you recommend your bank?",
    ),
  };
}

/** A wave opening on `opensOn` (ISO day, a month long) with n answers, k of them trusting. */
export async function barometerWave(
  ctx: AppContext,
  survey: BarometerSurvey,
  wave: { label: string; opensOn: string; closesOn: string; k: number; n: number; createdBy: number },
): Promise<number> {
  const pool = ctx.database.pool;
  const created = await pool.query(
    `insert into survey_waves (survey_id, version_id, label, opens_on, closes_on, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [survey.surveyId, survey.versionId, wave.label, wave.opensOn, wave.closesOn, wave.createdBy],
  );
  const waveId = Number(created.rows[0].id);
  await pool.query(
    `with r as (
       insert into survey_responses (wave_id, channel, age_band, region, is_client, started_at, submitted_at)
       select $1, case when g % 4 = 0 then 'invitation' else 'public_link' end,
              case when g % 2 = 0 then '18-24' else '65+' end, 'ile-de-france', g % 5 <> 0,
              $4::date, $4::date
         from generate_series(1, $3::int) g
       returning id),
     numbered as (select id, row_number() over (order by id) as rn from r),
     trust as (
       insert into survey_answers (response_id, question_id, wave_id, choice)
       select id, $5, $1, case when rn <= $2 then (case when rn % 2 = 0 then 'tout_a_fait' else 'plutot' end)
                               else (case when rn % 2 = 0 then 'plutot_pas' else 'pas_du_tout' end) end
         from numbered)
     insert into survey_answers (response_id, question_id, wave_id, score)
     select id, $6, $1, case when rn <= $2 then 9 + (rn % 2)::int else (rn % 7)::int end from numbered`,
    [waveId, wave.k, wave.n, wave.opensOn, survey.trustQuestion, survey.npsQuestion],
  );
  return waveId;
}
