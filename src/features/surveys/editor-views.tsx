import { may } from "../../platform/auth/access.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostForm,
  RadioGroup,
  Select,
  TextArea,
} from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { dayText, ModeNotice, titleOf } from "./answering-views.tsx";
import type { Question, SurveyListing, SurveyPageData, Version } from "./editor.ts";
import { MODES, QUESTION_KINDS, waveState } from "./model.ts";
import { invitationsPagePath, publicLinkPath, SURVEYS_PATH, surveyPath } from "./paths.ts";
import { surveysAccess } from "./policy.ts";
import { ProfileFields, QuestionField } from "./question-fields.tsx";
import {
  CHOICES_MAX,
  INTRO_MAX,
  LABEL_MAX,
  TITLE_MAX,
  type Typed,
  typedChoices,
  WORDING_MAX,
} from "./typed.ts";

export { SURVEYS_PATH, surveyPath };

/** The editor's pages: the surveys, one survey (its latest version, its questions, its waves), a preview. */
export const questionPath = (id: number, question: number) => `${surveyPath(id)}/questions/${question}`;
export const previewPath = (id: number, version: number) => `${surveyPath(id)}/versions/${version}/apercu`;

const checked = (typed: Typed, name: string) => typed[name] === "1";

function Checkbox(props: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <div class="field">
      <label>
        <input type="checkbox" name={props.name} value="1" checked={props.checked} /> {props.label}
      </label>
      {props.hint && <p class="field__hint">{props.hint}</p>}
    </div>
  );
}

/** A version's wording and mode (the new survey's form, and the latest version's while it may change). */
function VersionFields(props: { v: ViewContext; typed: Typed; errors: FieldErrors | undefined }) {
  const { v, typed, errors } = props;
  const { t } = v.i18n;
  return (
    <>
      <Field
        v={v}
        name="titleFr"
        label={t("surveys.editor.titleFr")}
        value={typed.titleFr}
        errors={errors}
        required
        maxLength={TITLE_MAX}
      />
      <Field
        v={v}
        name="titleEn"
        label={t("surveys.editor.titleEn")}
        value={typed.titleEn}
        errors={errors}
        required
        maxLength={TITLE_MAX}
      />
      <TextArea
        v={v}
        name="introFr"
        label={t("surveys.editor.introFr")}
        value={typed.introFr ?? ""}
        errors={errors}
        maxLength={INTRO_MAX}
        rows={3}
      />
      <TextArea
        v={v}
        name="introEn"
        label={t("surveys.editor.introEn")}
        value={typed.introEn ?? ""}
        errors={errors}
        maxLength={INTRO_MAX}
        rows={3}
      />
      <RadioGroup
        v={v}
        name="mode"
        legend={t("surveys.editor.mode")}
        value={typed.mode ?? ""}
        errors={errors}
        options={MODES.map((mode) => ({
          value: mode,
          label: `${t(`surveys.mode.${mode}`)} — ${t(`surveys.editor.mode.${mode}`)}`,
        }))}
      />
      <Checkbox
        name="askProfile"
        label={t("surveys.editor.askProfile")}
        checked={checked(typed, "askProfile")}
      />
      <Checkbox
        name="barometer"
        label={t("surveys.editor.barometer")}
        hint={t("surveys.editor.barometerHint")}
        checked={checked(typed, "barometer")}
      />
    </>
  );
}

/** Every survey, and a new one (for those who build). */
export function SurveysPage(props: {
  v: ViewContext;
  surveys: SurveyListing[];
  typed?: Typed;
  errors?: FieldErrors;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  const typed = props.typed ?? { mode: "anonymous", askProfile: "1" };
  return (
    <Layout v={v} title={t("surveys.editor.title")}>
      <h1>{t("surveys.editor.title")}</h1>
      {props.surveys.length === 0 ? (
        <p>{t("surveys.editor.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("surveys.editor.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("surveys.editor.survey")}</th>
              <th scope="col">{t("surveys.editor.mode")}</th>
              <th scope="col">{t("surveys.editor.versions")}</th>
              <th scope="col">{t("surveys.editor.waves")}</th>
            </tr>
          </thead>
          <tbody>
            {props.surveys.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <a href={surveyPath(s.id)}>{v.i18n.locale === "en" ? s.title.en : s.title.fr}</a>
                  {s.barometer && ` (${t("surveys.editor.barometerTag")})`}
                </th>
                <td>{t(`surveys.mode.${s.mode}`)}</td>
                <td>{v.i18n.number(s.versions)}</td>
                <td>{v.i18n.number(s.waves)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {may(v.actor, surveysAccess.build) && (
        <>
          <h2 id="nouveau">{t("surveys.editor.create")}</h2>
          <ErrorSummary v={v} errors={errors} />
          <PostForm v={v} action={SURVEYS_PATH}>
            <VersionFields v={v} typed={typed} errors={errors} />
            <button type="submit" class="button">
              {t("surveys.editor.create")}
            </button>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

/** A question's fields: its kind, its wording in both languages, optional or not, its own choices. */
function QuestionFields(props: { v: ViewContext; typed: Typed; errors: FieldErrors | undefined }) {
  const { v, typed, errors } = props;
  const { t } = v.i18n;
  return (
    <>
      <Select
        v={v}
        name="kind"
        label={t("surveys.editor.kind")}
        value={typed.kind}
        errors={errors}
        options={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`surveys.kind.${kind}`) }))}
      />
      <Field
        v={v}
        name="wordingFr"
        label={t("surveys.editor.wordingFr")}
        value={typed.wordingFr}
        errors={errors}
        required
        maxLength={WORDING_MAX}
      />
      <Field
        v={v}
        name="wordingEn"
        label={t("surveys.editor.wordingEn")}
        value={typed.wordingEn}
        errors={errors}
        required
        maxLength={WORDING_MAX}
      />
      <TextArea
        v={v}
        name="choices"
        label={t("surveys.editor.choices")}
        hint={t("surveys.editor.choicesHint", { max: CHOICES_MAX })}
        value={typed.choices ?? ""}
        errors={errors}
        rows={4}
      />
      <Checkbox name="optional" label={t("surveys.editor.optional")} checked={checked(typed, "optional")} />
    </>
  );
}

export const typedQuestion = (q: Question): Typed => ({
  kind: q.kind,
  wordingFr: q.wordingFr,
  wordingEn: q.wordingEn,
  choices: typedChoices(q.choices),
  optional: q.optional ? "1" : "",
});

export const typedVersion = (version: Version, barometer: boolean): Typed => ({
  titleFr: version.titleFr,
  titleEn: version.titleEn,
  introFr: version.introFr,
  introEn: version.introEn,
  mode: version.mode,
  askProfile: version.askProfile ? "1" : "",
  barometer: barometer ? "1" : "",
});

/** What a refused form typed, to show again in that form with its problems. */
export interface Refused {
  form: "version" | "question" | "wave";
  typed: Typed;
  errors: FieldErrors;
}

export function SurveyPage(props: {
  v: ViewContext;
  data: SurveyPageData;
  refused?: Refused | undefined;
  today: string;
}) {
  const { v, data, refused } = props;
  const { t } = v.i18n;
  const builds = may(v.actor, surveysAccess.build);
  const editing = builds && data.editable;
  const errorsOf = (form: Refused["form"]) => (refused?.form === form ? refused.errors : undefined);
  const typedOf = (form: Refused["form"], fallback: Typed) =>
    refused?.form === form ? refused.typed : fallback;
  const title = titleOf(v, data.current);
  return (
    <Layout v={v} title={title}>
      <p>
        <a href={SURVEYS_PATH}>{t("surveys.editor.back")}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {t("surveys.editor.versionOf", { number: data.current.number, count: data.versions.length })}{" "}
        <a href={previewPath(data.survey.id, data.current.number)}>{t("surveys.editor.preview")}</a>
      </p>
      <ModeNotice v={v} mode={data.current.mode} />
      {refused && <ErrorSummary v={v} errors={refused.errors} />}
      {!data.editable && (
        <Notice kind="info">
          <p>{t("surveys.editor.answered")}</p>
          {builds && (
            <PostForm v={v} action={`${surveyPath(data.survey.id)}/nouvelle-version`}>
              <button type="submit" class="button">
                {t("surveys.editor.newVersion")}
              </button>
            </PostForm>
          )}
        </Notice>
      )}
      {editing && (
        <details open={refused?.form === "version"}>
          <summary>{t("surveys.editor.changeVersion")}</summary>
          <PostForm v={v} action={`${surveyPath(data.survey.id)}/version`}>
            <VersionFields
              v={v}
              typed={typedOf("version", typedVersion(data.current, data.survey.barometer))}
              errors={errorsOf("version")}
            />
            <button type="submit" class="button">
              {t("surveys.editor.save")}
            </button>
          </PostForm>
        </details>
      )}

      <h2>{t("surveys.editor.questions")}</h2>
      {data.questions.length === 0 && <p>{t("surveys.editor.noQuestionsYet")}</p>}
      <ol class="survey-questions">
        {data.questions.map((question, i) => (
          <li key={question.id} id={`question-${question.id}`}>
            <p>
              <strong>{v.i18n.locale === "en" ? question.wordingEn : question.wordingFr}</strong> —{" "}
              {t(`surveys.kind.${question.kind}`)}
              {question.optional && `, ${t("surveys.answer.optional")}`}
            </p>
            {editing && (
              <>
                <p>
                  <a href={questionPath(data.survey.id, question.id)}>
                    {t("surveys.editor.changeQuestion", { number: i + 1 })}
                  </a>
                </p>
                <PostForm
                  v={v}
                  action={`${surveyPath(data.survey.id)}/questions/${question.id}/ordre`}
                  class="actions"
                >
                  {i > 0 && (
                    <button type="submit" class="button button--secondary" name="move" value="up">
                      {t("surveys.editor.up", { number: i + 1 })}
                    </button>
                  )}
                  {i < data.questions.length - 1 && (
                    <button type="submit" class="button button--secondary" name="move" value="down">
                      {t("surveys.editor.down", { number: i + 1 })}
                    </button>
                  )}
                  <button type="submit" class="button button--secondary" name="move" value="remove">
                    {t("surveys.editor.remove", { number: i + 1 })}
                  </button>
                </PostForm>
              </>
            )}
          </li>
        ))}
      </ol>
      {editing && (
        <>
          <h3 id="nouvelle-question">{t("surveys.editor.addQuestion")}</h3>
          <PostForm v={v} action={`${surveyPath(data.survey.id)}/questions`}>
            <QuestionFields
              v={v}
              typed={typedOf("question", { kind: "satisfaction" })}
              errors={errorsOf("question")}
            />
            <button type="submit" class="button">
              {t("surveys.editor.addQuestion")}
            </button>
          </PostForm>
        </>
      )}

      <h2 id="vagues">{t("surveys.editor.waves")}</h2>
      {data.waves.length === 0 ? (
        <p>{t("surveys.editor.noWaves")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("surveys.editor.waves")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("surveys.editor.wave")}</th>
              <th scope="col">{t("surveys.editor.wavePeriod")}</th>
              <th scope="col">{t("surveys.editor.waveState")}</th>
              <th scope="col">{t("surveys.editor.respondents")}</th>
              <th scope="col">{t("surveys.editor.publicLink")}</th>
              <th scope="col">{t("surveys.invitations.column")}</th>
            </tr>
          </thead>
          <tbody>
            {data.waves.map((wave) => (
              <tr key={wave.id}>
                <th scope="row">
                  {wave.label} ({t("surveys.editor.versionNumber", { number: wave.versionNumber })})
                </th>
                <td>
                  {t("surveys.editor.period", {
                    opensOn: dayText(v, wave.opensOn),
                    closesOn: dayText(v, wave.closesOn),
                  })}
                </td>
                <td>{t(`surveys.wave.${waveState(wave, props.today)}`)}</td>
                <td>{v.i18n.number(wave.respondents)}</td>
                <td>
                  {wave.publicKey ? (
                    <code>{new URL(publicLinkPath(wave.publicKey), v.baseUrl).href}</code>
                  ) : (
                    t("surveys.editor.noPublicLink")
                  )}
                </td>
                <td>
                  <a href={invitationsPagePath(wave.id)}>
                    {t("surveys.invitations.link", { label: wave.label })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {builds && (
        <>
          <h3>{t("surveys.editor.createWave")}</h3>
          <p>{t("surveys.editor.waveHint", { number: data.current.number })}</p>
          <PostForm v={v} action={`${surveyPath(data.survey.id)}/vagues`}>
            <WaveFields
              v={v}
              typed={typedOf("wave", { publicLink: "1", publicDailyLimit: "3" })}
              errors={errorsOf("wave")}
            />
            <button type="submit" class="button">
              {t("surveys.editor.createWave")}
            </button>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

function WaveFields(props: { v: ViewContext; typed: Typed; errors: FieldErrors | undefined }) {
  const { v, typed, errors } = props;
  const { t } = v.i18n;
  return (
    <>
      <Field
        v={v}
        name="label"
        label={t("surveys.editor.waveLabel")}
        hint={t("surveys.editor.waveLabelHint")}
        value={typed.label}
        errors={errors}
        required
        maxLength={LABEL_MAX}
      />
      <Field
        v={v}
        name="opensOn"
        label={t("surveys.editor.opensOn")}
        hint={t("surveys.editor.dayHint")}
        value={typed.opensOn}
        errors={errors}
        required
      />
      <Field
        v={v}
        name="closesOn"
        label={t("surveys.editor.closesOn")}
        hint={t("surveys.editor.dayHint")}
        value={typed.closesOn}
        errors={errors}
        required
      />
      <Checkbox
        name="publicLink"
        label={t("surveys.editor.withPublicLink")}
        checked={checked(typed, "publicLink")}
      />
      <Field
        v={v}
        name="publicDailyLimit"
        label={t("surveys.editor.dailyLimit")}
        hint={t("surveys.editor.dailyLimitHint")}
        value={typed.publicDailyLimit}
        errors={errors}
        inputMode="numeric"
      />
    </>
  );
}

/** A version as respondents will see it, every page at once, nothing sent. */
export function PreviewPage(props: {
  v: ViewContext;
  surveyId: number;
  version: Version;
  questions: Question[];
}) {
  const { v, version, questions } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("surveys.preview.title", { title: titleOf(v, version) })} narrow>
      <p>
        <a href={surveyPath(props.surveyId)}>{t("surveys.editor.back")}</a>
      </p>
      <Notice kind="info">
        <p>{t("surveys.preview.notice", { number: version.number })}</p>
      </Notice>
      <h1>{titleOf(v, version)}</h1>
      {(v.i18n.locale === "en" ? version.introEn : version.introFr) && (
        <p>{v.i18n.locale === "en" ? version.introEn : version.introFr}</p>
      )}
      <ModeNotice v={v} mode={version.mode} />
      <form>
        {questions.map((question, i) => (
          <QuestionField
            key={question.id}
            v={v}
            question={question}
            number={i + 1}
            value={undefined}
            disabled
          />
        ))}
        {version.askProfile && (
          <>
            <h2>{t("surveys.profile.title")}</h2>
            <ProfileFields v={v} profile={{ ageBand: null, region: null, isClient: null }} disabled />
          </>
        )}
      </form>
    </Layout>
  );
}

/** One question of the latest version, to change while nobody has answered it. */
export function QuestionPage(props: {
  v: ViewContext;
  surveyId: number;
  question: Question;
  number: number;
  typed: Typed;
  errors?: FieldErrors | undefined;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  const title = t("surveys.editor.changeQuestion", { number: props.number });
  return (
    <Layout v={v} title={title} narrow>
      <p>
        <a href={surveyPath(props.surveyId)}>{t("surveys.editor.back")}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={questionPath(props.surveyId, props.question.id)}>
        <QuestionFields v={v} typed={props.typed} errors={errors} />
        <button type="submit" class="button">
          {t("surveys.editor.save")}
        </button>
      </PostForm>
    </Layout>
  );
}
