import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isoDay, parisDay } from "../../calendar/index.ts";
import { authorizedActor, declared, guardRoutes } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam, positiveId } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import {
  addQuestion,
  allSurveys,
  changeQuestion,
  createSurvey,
  createWave,
  moveQuestion,
  newVersion,
  questionsOf,
  removeQuestion,
  surveyNamed,
  updateVersion,
  versionNamed,
} from "./editor.ts";
import {
  PreviewPage,
  QuestionPage,
  type Refused,
  SURVEYS_PATH,
  SurveyPage,
  SurveysPage,
  surveyPath,
  typedQuestion,
} from "./editor-views.tsx";
import { surveysAccess } from "./policy.ts";
import type { Typed } from "./typed.ts";

/**
 * The editor (/admin/sondages): community managers build (surveys.build); compliance and the DPO
 * read every survey, its versions and its waves (surveys.read).
 */
const VERSION_FIELDS = ["titleFr", "titleEn", "introFr", "introEn", "mode", "askProfile", "barometer"];
const QUESTION_FIELDS = ["kind", "wordingFr", "wordingEn", "choices", "optional"];
const WAVE_FIELDS = ["label", "opensOn", "closesOn", "publicLink", "publicDailyLimit"];

const typedFrom = (request: FastifyRequest, names: readonly string[]): Typed =>
  Object.fromEntries(names.map((name) => [name, field(request, name)]));

export async function editorRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, surveysAccess.read);
  const build = declared(surveysAccess.build);
  const today = () => isoDay(parisDay(ctx.clock.now()));
  const questionParam = (request: FastifyRequest<{ Params: { question: string } }>) => {
    const id = positiveId(request.params.question);
    if (!id) throw notFound();
    return id;
  };

  app.get(SURVEYS_PATH, async (request, reply) =>
    sendHtml(reply, <SurveysPage v={viewContext(ctx, request, reply)} surveys={await allSurveys(ctx)} />),
  );

  app.post(SURVEYS_PATH, build, async (request, reply) => {
    const typed = typedFrom(request, VERSION_FIELDS);
    const fr = i18nFor("fr").t("surveys.trust.defaultWording");
    const en = i18nFor("en").t("surveys.trust.defaultWording");
    const outcome = await createSurvey(ctx, authorizedActor(request), typed, { fr, en });
    if (!outcome.ok)
      return sendHtml(
        reply,
        <SurveysPage
          v={viewContext(ctx, request, reply)}
          surveys={await allSurveys(ctx)}
          typed={typed}
          errors={outcome.errors}
        />,
        422,
      );
    setFlash(ctx, reply, "surveys.editor.created");
    return sendRedirect(reply, surveyPath(outcome.id));
  });

  const surveyPage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    refused?: Refused,
  ) =>
    sendHtml(
      reply,
      <SurveyPage
        v={viewContext(ctx, request, reply)}
        data={await surveyNamed(ctx, idParam(request))}
        refused={refused}
        today={today()}
      />,
      refused ? 422 : 200,
    );

  app.get<{ Params: { id: string } }>(`${SURVEYS_PATH}/:id`, (request, reply) => surveyPage(request, reply));

  /** A change's outcome: back to the survey's page (at an anchor), or the page again with the form refused. */
  const after = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    outcome: { ok: true } | { ok: false; errors: Refused["errors"] },
    refused: Omit<Refused, "errors">,
    anchor = "",
  ) => {
    if (!outcome.ok) return surveyPage(request, reply, { ...refused, errors: outcome.errors });
    setFlash(ctx, reply, "surveys.editor.saved");
    return sendRedirect(reply, `${surveyPath(idParam(request))}${anchor}`);
  };

  app.post<{ Params: { id: string } }>(`${SURVEYS_PATH}/:id/version`, build, async (request, reply) => {
    const typed = typedFrom(request, VERSION_FIELDS);
    const outcome = await updateVersion(ctx, authorizedActor(request), idParam(request), typed);
    return after(request, reply, outcome, { form: "version", typed });
  });

  app.post<{ Params: { id: string } }>(
    `${SURVEYS_PATH}/:id/nouvelle-version`,
    build,
    async (request, reply) => {
      await newVersion(ctx, authorizedActor(request), idParam(request));
      setFlash(ctx, reply, "surveys.editor.versionCreated");
      return sendRedirect(reply, surveyPath(idParam(request)));
    },
  );

  app.post<{ Params: { id: string } }>(`${SURVEYS_PATH}/:id/questions`, build, async (request, reply) => {
    const typed = typedFrom(request, QUESTION_FIELDS);
    const outcome = await addQuestion(ctx, authorizedActor(request), idParam(request), typed);
    return after(request, reply, outcome, { form: "question", typed }, "#nouvelle-question");
  });

  const questionPage = async (
    request: FastifyRequest<{ Params: { id: string; question: string } }>,
    reply: FastifyReply,
    refused?: { typed: Typed; errors: Refused["errors"] },
  ) => {
    const data = await surveyNamed(ctx, idParam(request));
    const at = data.questions.findIndex((q) => q.id === questionParam(request));
    if (at < 0) throw notFound();
    return sendHtml(
      reply,
      <QuestionPage
        v={viewContext(ctx, request, reply)}
        surveyId={data.survey.id}
        question={data.questions[at]!}
        number={at + 1}
        typed={refused?.typed ?? typedQuestion(data.questions[at]!)}
        errors={refused?.errors}
      />,
      refused ? 422 : 200,
    );
  };

  app.get<{ Params: { id: string; question: string } }>(
    `${SURVEYS_PATH}/:id/questions/:question`,
    build,
    (request, reply) => questionPage(request, reply),
  );

  app.post<{ Params: { id: string; question: string } }>(
    `${SURVEYS_PATH}/:id/questions/:question`,
    build,
    async (request, reply) => {
      const typed = typedFrom(request, QUESTION_FIELDS);
      const outcome = await changeQuestion(
        ctx,
        authorizedActor(request),
        idParam(request),
        questionParam(request),
        typed,
      );
      if (!outcome.ok) {
        // The version was answered meanwhile: the survey's page says so and offers a new version.
        if (outcome.errors.version)
          return surveyPage(request, reply, { form: "question", typed, errors: outcome.errors });
        return questionPage(request, reply, { typed, errors: outcome.errors });
      }
      setFlash(ctx, reply, "surveys.editor.saved");
      return sendRedirect(reply, `${surveyPath(idParam(request))}#question-${outcome.id}`);
    },
  );

  app.post<{ Params: { id: string; question: string } }>(
    `${SURVEYS_PATH}/:id/questions/:question/ordre`,
    build,
    async (request, reply) => {
      const actor = authorizedActor(request);
      const move = field(request, "move");
      const [surveyId, questionId] = [idParam(request), questionParam(request)];
      const outcome =
        move === "remove"
          ? await removeQuestion(ctx, actor, surveyId, questionId)
          : await moveQuestion(ctx, actor, surveyId, questionId, move === "up" ? "up" : "down");
      return after(request, reply, outcome, { form: "question", typed: {} });
    },
  );

  app.post<{ Params: { id: string } }>(`${SURVEYS_PATH}/:id/vagues`, build, async (request, reply) => {
    const typed = typedFrom(request, WAVE_FIELDS);
    const outcome = await createWave(ctx, authorizedActor(request), idParam(request), typed, () =>
      randomBytes(16).toString("base64url"),
    );
    return after(request, reply, outcome, { form: "wave", typed }, "#vagues");
  });

  app.get<{ Params: { id: string; version: string } }>(
    `${SURVEYS_PATH}/:id/versions/:version/apercu`,
    async (request, reply) => {
      const number = positiveId(request.params.version);
      if (!number) throw notFound();
      const version = await versionNamed(ctx, idParam(request), number);
      return sendHtml(
        reply,
        <PreviewPage
          v={viewContext(ctx, request, reply)}
          surveyId={version.surveyId}
          version={version}
          questions={await questionsOf(ctx, version.id)}
        />,
      );
    },
  );
}
