import { dayFromIso, startOfParisDay } from "../../calendar/index.ts";
import { ErrorSummary, type FieldErrors, Notice, PostForm } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { type Answering, fieldOf, onPage, questionPages } from "./answering.ts";
import type { Version, Wave } from "./editor.ts";
import { publicLinkPath, responsePath } from "./paths.ts";
import { ProfileFields, QuestionField } from "./question-fields.tsx";

/**
 * The answering pages: a wave's public link (what the survey is, which mode, how repeats are
 * limited), each page of questions with the progress and the way to leave and come back, and
 * the outcomes (thanks, closed, not yet open, unknown, limited). No script needed.
 */

/** An ISO day in words ("30 novembre 2026"). */
export const dayText = (v: ViewContext, iso: string) => {
  const day = dayFromIso(iso);
  return day ? v.i18n.date(startOfParisDay(day)) : iso;
};

export const titleOf = (v: ViewContext, version: Pick<Version, "titleFr" | "titleEn">) =>
  v.i18n.locale === "en" ? version.titleEn : version.titleFr;
const introOf = (v: ViewContext, version: Pick<Version, "introFr" | "introEn">) =>
  v.i18n.locale === "en" ? version.introEn : version.introFr;

/** Which mode applies, said on every page of the survey. */
export function ModeNotice({ v, mode }: { v: ViewContext; mode: Version["mode"] }) {
  return (
    <Notice kind="info">
      <p>
        <strong>{v.i18n.t(`surveys.mode.${mode}`)}.</strong> {v.i18n.t(`surveys.mode.${mode}.explained`)}
      </p>
    </Notice>
  );
}

/** The public link's first page: the survey, its mode, its length, how repeats are limited. */
export function LandingPage(props: {
  v: ViewContext;
  publicKey: string;
  wave: Wave;
  version: Version;
  questions: number;
}) {
  const { v, version, wave } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={titleOf(v, version)} narrow>
      <h1>{titleOf(v, version)}</h1>
      {introOf(v, version) && <p>{introOf(v, version)}</p>}
      <p>{t("surveys.landing.length", { count: props.questions, closesOn: dayText(v, wave.closesOn) })}</p>
      <ModeNotice v={v} mode={version.mode} />
      <p>{t("surveys.landing.repeats", { limit: wave.publicDailyLimit })}</p>
      <PostForm v={v} action={publicLinkPath(props.publicKey)}>
        <button type="submit" class="button">
          {t("surveys.landing.start")}
        </button>
      </PostForm>
    </Layout>
  );
}

/** One page of questions (or the profile, last), with the progress and the way back later. */
export function QuestionsPage(props: {
  v: ViewContext;
  draftKey: string;
  answering: Answering;
  page: number;
  errors?: FieldErrors | undefined;
}) {
  const { v, answering, page, errors } = props;
  const { t } = v.i18n;
  const last = answering.pages - 1;
  const profilePage = answering.version.askProfile && page === questionPages(answering.questions);
  const shown = profilePage ? [] : onPage(answering.questions, page);
  const firstNumber = answering.questions.indexOf(shown[0]!) + 1;
  return (
    <Layout
      v={v}
      title={`${titleOf(v, answering.version)} — ${t("surveys.progress", { page: page + 1, pages: answering.pages })}`}
      narrow
    >
      <h1>{titleOf(v, answering.version)}</h1>
      <p id="progress-label">{t("surveys.progress", { page: page + 1, pages: answering.pages })}</p>
      <progress max={answering.pages} value={page + 1} aria-labelledby="progress-label" />
      <ModeNotice v={v} mode={answering.version.mode} />
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={responsePath(props.draftKey)}>
        <input type="hidden" name="page" value={String(page)} />
        {profilePage ? (
          <>
            <h2>{t("surveys.profile.title")}</h2>
            <ProfileFields v={v} profile={answering.profile} />
          </>
        ) : (
          shown.map((question, i) => (
            <QuestionField
              key={question.id}
              v={v}
              question={question}
              number={firstNumber + i}
              value={answering.draft[fieldOf(question)]}
              errors={errors}
            />
          ))
        )}
        <div class="actions">
          {page < last ? (
            <button type="submit" class="button" name="go" value="next">
              {t("surveys.page.next")}
            </button>
          ) : (
            <button type="submit" class="button" name="go" value="submit">
              {t("surveys.page.submit")}
            </button>
          )}
          {page > 0 && (
            <button type="submit" class="button button--secondary" name="go" value="previous">
              {t("surveys.page.previous")}
            </button>
          )}
          <button type="submit" class="button button--secondary" name="go" value="save">
            {t("surveys.page.save")}
          </button>
        </div>
      </PostForm>
      <p class="field__hint">{t("surveys.page.comeBack")}</p>
    </Layout>
  );
}

export type Outcome = "thanks" | "saved" | "unknown" | "closed" | "scheduled" | "limited" | "staff";

/** Thanks, or why there is nothing to answer here. */
export function OutcomePage(props: {
  v: ViewContext;
  outcome: Outcome;
  wave?: Wave | undefined;
  limit?: number;
  draftKey?: string;
}) {
  const { v, outcome, wave } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t(`surveys.outcome.${outcome}.title`)} narrow>
      <h1>{t(`surveys.outcome.${outcome}.title`)}</h1>
      <Notice kind={outcome === "thanks" || outcome === "saved" ? "success" : "info"}>
        <p>
          {t(`surveys.outcome.${outcome}.text`, {
            opensOn: wave ? dayText(v, wave.opensOn) : "",
            closesOn: wave ? dayText(v, wave.closesOn) : "",
            limit: props.limit ?? 0,
          })}
        </p>
      </Notice>
      {outcome === "saved" && props.draftKey && (
        <p>
          <a href={responsePath(props.draftKey)}>{t("surveys.outcome.saved.continue")}</a>
        </p>
      )}
      <p>
        <a href="/">{t("surveys.outcome.home")}</a>
      </p>
    </Layout>
  );
}
