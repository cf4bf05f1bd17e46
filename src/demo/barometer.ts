import { sql } from "drizzle-orm";
import { addMonthsClamped, daysInMonth, isoDay, parisDay, startOfParisDay } from "../calendar/index.ts";
import { saveSettings } from "../features/barometer/settings.ts";
import { addQuestion, createSurvey, createWave } from "../features/surveys/editor.ts";
import { AGE_BANDS, REGIONS } from "../features/surveys/index.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";
import { seededRandom } from "./conversations.ts";

/**
 * The demo's trust barometer: two years of monthly waves of the bank's survey (trust, NPS,
 * satisfaction), the last one closed last month. Trust sits near 44 %, falls in one month to 33 %
 * (the fee increase of the story: a significant drop), then climbs back a point a month (each
 * step not significant on its own, the recovery plain over the year). The survey, its questions
 * and waves are made through the editor, each on its own date; the answers are imported in one
 * statement per wave, as a panel provider's file would be, with the respondents' profiles.
 */
const TRUST = [
  0.44, 0.45, 0.44, 0.43, 0.44, 0.45, 0.44, 0.43, 0.33, 0.32, 0.34, 0.35, 0.36, 0.37, 0.38, 0.39, 0.4, 0.41,
  0.41, 0.42, 0.43, 0.43, 0.44, 0.45,
];
const MONTHS_FR = [
  "Janvier",
  "Février",
  "Mars",
  "Avril",
  "Mai",
  "Juin",
  "Juillet",
  "Août",
  "Septembre",
  "Octobre",
  "Novembre",
  "Décembre",
];

/** The bank's target margins (percent): roughly the French adult population, and its clients. */
const TARGETS: Record<string, string> = {
  "age_band.18-24": "11",
  "age_band.25-34": "16",
  "age_band.35-49": "25",
  "age_band.50-64": "24",
  "age_band.65+": "24",
  "client.client": "85",
  "client.non_client": "15",
  ...Object.fromEntries(
    REGIONS.map((region) => [
      `region.${region}`,
      region === "ile-de-france"
        ? "19"
        : region === "auvergne-rhone-alpes"
          ? "12"
          : region === "corse"
            ? "1"
            : region === "outre-mer"
              ? "3"
              : ["hauts-de-france", "nouvelle-aquitaine", "occitanie", "grand-est"].includes(region)
                ? "9"
                : region === "provence-alpes-cote-d-azur"
                  ? "8"
                  : region === "pays-de-la-loire"
                    ? "5"
                    : "4",
    ]),
  ),
};

/** A context whose clock reads the given moment: the editor acts as it did on that day. */
const on = (ctx: AppContext, at: Date): AppContext => ({ ...ctx, clock: { now: () => at } });

export async function seedBarometer(ctx: AppContext, manager: Actor, now: Date): Promise<number> {
  const { rows } = await ctx.db.execute<{ n: number }>(
    sql`select count(*)::int as n from surveys where barometer`,
  );
  if (Number(rows[0]!.n) > 0) return 0;
  const today = parisDay(now);
  const firstMonth = addMonthsClamped({ ...today, day: 1 }, -TRUST.length);
  const created = await createSurvey(
    on(ctx, startOfParisDay(firstMonth)),
    manager,
    {
      titleFr: "Baromètre de confiance",
      titleEn: "Trust barometer",
      introFr: "Trois questions, une minute : votre avis nous aide à mériter votre confiance.",
      introEn: "Three questions, one minute: your opinion helps us deserve your trust.",
      mode: "anonymous",
      askProfile: "1",
      barometer: "1",
    },
    { fr: "Faites-vous confiance à votre banque ?", en: "Do you trust your bank?" },
  );
  if (!created.ok) throw new Error(`Demo barometer refused: ${JSON.stringify(created)}`);
  const surveyId = created.id;
  const questionIds: Record<"nps" | "satisfaction", number> = { nps: 0, satisfaction: 0 };
  for (const [kind, fr, en] of [
    ["nps", "Recommanderiez-vous votre banque à un proche ?", "Would you recommend your bank to a friend?"],
    ["satisfaction", "Êtes-vous satisfait de nos réponses ?", "Are you satisfied with our answers?"],
  ] as const) {
    const added = await addQuestion(on(ctx, startOfParisDay(firstMonth)), manager, surveyId, {
      kind,
      wordingFr: fr,
      wordingEn: en,
    });
    if (!added.ok) throw new Error(`Demo barometer question refused: ${JSON.stringify(added)}`);
    questionIds[kind] = added.id;
  }
  const { rows: trustRows } = await ctx.db.execute<{ id: number }>(sql`
    select q.id from survey_questions q join survey_versions v on v.id = q.version_id
     where v.survey_id = ${surveyId} and q.kind = 'trust'`);
  const trustQuestion = Number(trustRows[0]!.id);

  const random = seededRandom(15);
  let answers = 0;
  for (const [i, share] of TRUST.entries()) {
    const month = addMonthsClamped(firstMonth, i);
    const last = { ...month, day: daysInMonth(month.year, month.month) };
    const wave = await createWave(
      on(ctx, startOfParisDay(month)),
      manager,
      surveyId,
      {
        label: `${MONTHS_FR[month.month - 1]} ${month.year}`,
        opensOn: isoDay(month),
        closesOn: isoDay(last),
        publicDailyLimit: "3",
      },
      () => "",
    );
    if (!wave.ok) throw new Error(`Demo barometer wave refused: ${JSON.stringify(wave)}`);
    const n = 380 + Math.floor(random() * 60);
    const trusting = Math.round(share * n);
    const respondents = Array.from({ length: n }, (_, r) => {
      const trusts = r < trusting;
      const pick = random();
      return {
        channel: pick < 0.5 ? "public_link" : pick < 0.85 ? "invitation" : "in_page",
        ageBand: AGE_BANDS[Math.floor(random() * AGE_BANDS.length)]!,
        region: random() < 0.3 ? "ile-de-france" : REGIONS[Math.floor(random() * REGIONS.length)]!,
        isClient: random() < 0.8,
        // Anonymous mode: the day only, within the wave.
        at: startOfParisDay({ ...month, day: 1 + Math.floor(random() * (last.day - 1)) }),
        trust: trusts
          ? random() < 0.3
            ? "tout_a_fait"
            : "plutot"
          : random() < 0.65
            ? "plutot_pas"
            : "pas_du_tout",
        nps: trusts
          ? random() < 0.55
            ? 9 + Math.floor(random() * 2)
            : 7 + Math.floor(random() * 2)
          : Math.floor(random() * 9),
        satisfaction: trusts ? 3 + Math.floor(random() * 3) : 1 + Math.floor(random() * 3),
      };
    });
    await importAnswers(ctx, wave.id, { trust: trustQuestion, ...questionIds }, respondents);
    answers += n;
  }
  const targets = await saveSettings(ctx, manager, { weighting: "1", minimumN: "30", ...TARGETS });
  if (!targets.ok) throw new Error(`Demo barometer targets refused: ${JSON.stringify(targets)}`);
  return answers;
}

/** One wave's submitted answers, written in one statement (imported history: nobody is notified). */
async function importAnswers(
  ctx: AppContext,
  waveId: number,
  questions: { trust: number; nps: number; satisfaction: number },
  rows: {
    channel: string;
    ageBand: string;
    region: string;
    isClient: boolean;
    at: Date;
    trust: string;
    nps: number;
    satisfaction: number;
  }[],
) {
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
  await ctx.db.execute(sql`
    with input as (
      select * from unnest(
        ${column((r) => r.channel)}::text[], ${column((r) => r.ageBand)}::text[],
        ${column((r) => r.region)}::text[], ${column((r) => r.isClient)}::boolean[],
        ${column((r) => r.at.toISOString())}::timestamptz[], ${column((r) => r.trust)}::text[],
        ${column((r) => r.nps)}::int[], ${column((r) => r.satisfaction)}::int[]
      ) with ordinality as u(channel, age_band, region, is_client, at, trust, nps, satisfaction, ord)),
    inserted as (
      insert into survey_responses (wave_id, channel, age_band, region, is_client, started_at, submitted_at)
      select ${waveId}::bigint, channel, age_band, region, is_client, at, at from input order by ord
      returning id),
    numbered as (select id, row_number() over (order by id) as ord from inserted),
    answers as (
      select n.id, i.* from numbered n join input i on i.ord = n.ord)
    insert into survey_answers (response_id, question_id, wave_id, choice, score)
    select id, ${questions.trust}::bigint, ${waveId}::bigint, trust, null::smallint from answers
    union all select id, ${questions.nps}::bigint, ${waveId}::bigint, null, nps::smallint from answers
    union all select id, ${questions.satisfaction}::bigint, ${waveId}::bigint, null, satisfaction::smallint from answers`);
}
