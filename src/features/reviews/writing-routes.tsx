import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { secretAddress } from "../../platform/http/secret-address.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { writingFrom } from "./form-fields.ts";
import { PRODUCTS } from "./model.ts";
import { authorKeyPath, invitationPath, myReviewPath, WRITE_REVIEW_PATH } from "./paths.ts";
import { mayReview, writeReview } from "./policy.ts";
import { settingsNow } from "./settings.ts";
import { emptyReview } from "./typed.ts";
import {
  type FormState,
  InvitationOutcomePage,
  StaffCannotReviewPage,
  ThanksPage,
  WriteReviewPage,
} from "./views/writing-views.tsx";
import { invitationByToken, type WriteOutcome, writeFromInvitation, writeSpontaneous } from "./writing.ts";

/** A link that no longer writes anything: unknown (404), already used or expired (410). */
const GONE = { unknown: 404, used: 410, expired: 410 } as const;

/** Writing a review: spontaneously when signed in, or from an invitation's single-use link. */
export async function reviewsWritingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const writer = declared(writeReview);
  const open = secretAddress(declared(publicAccess));
  /** Sending a review: the shared limit of the public writing forms (contact, reports), per client address. */
  const limited = <Options extends { config: object }>(options: Options) => ({
    ...options,
    config: { ...options.config, rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } },
  });

  /** The outcome of a submitted form: thanks, the form again with what was typed, or why not. */
  const answer = async (
    request: FastifyRequest,
    reply: FastifyReply,
    outcome: WriteOutcome,
    form: (state: FormState) => Promise<FastifyReply>,
  ) => {
    const typed = writingFrom(request).typed;
    if (outcome.ok) {
      const follow = outcome.authorKey
        ? authorKeyPath(outcome.authorKey)
        : request.actor
          ? myReviewPath(outcome.reviewId)
          : null;
      const { moderationDelayDays } = await settingsNow(ctx);
      return sendHtml(reply, <ThanksPage v={v(request, reply)} days={moderationDelayDays} follow={follow} />);
    }
    if ("staff" in outcome)
      return sendHtml(reply, <StaffCannotReviewPage v={v(request, reply)} typed={typed} />, 403);
    if ("state" in outcome)
      return sendHtml(
        reply,
        <InvitationOutcomePage v={v(request, reply)} state={outcome.state} typed={typed} />,
        GONE[outcome.state],
      );
    return form(
      "masking" in outcome ? { typed, masking: outcome.masking } : { typed, errors: outcome.errors },
    );
  };

  const spontaneousForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: FormState,
    status = 200,
  ) =>
    sendHtml(
      reply,
      <WriteReviewPage
        v={v(request, reply)}
        action={WRITE_REVIEW_PATH}
        state={state}
        settings={await settingsNow(ctx)}
        now={ctx.clock.now()}
      />,
      status,
    );

  app.get(WRITE_REVIEW_PATH, writer, async (request, reply) => {
    const actor = authorizedActor(request);
    if (!mayReview(actor)) return sendHtml(reply, <StaffCannotReviewPage v={v(request, reply)} />, 403);
    return spontaneousForm(request, reply, { typed: emptyReview() });
  });

  app.post(WRITE_REVIEW_PATH, limited(writer), async (request, reply) => {
    const actor = authorizedActor(request);
    const outcome = await writeSpontaneous(ctx, actor, writingFrom(request));
    return answer(request, reply, outcome, (state) => spontaneousForm(request, reply, state, 422));
  });

  const invitationForm = async (
    request: FastifyRequest<{ Params: { token: string } }>,
    reply: FastifyReply,
    state: FormState | undefined,
    status = 200,
  ) => {
    const token = request.params.token;
    const found = await invitationByToken(ctx, token);
    if (found.state !== "open")
      return sendHtml(
        reply,
        <InvitationOutcomePage v={v(request, reply)} state={found.state} typed={state?.typed} />,
        GONE[found.state],
      );
    const { invitation } = found;
    const typed = state?.typed ?? {
      ...emptyReview(),
      product: isOneOf(PRODUCTS, invitation.product) ? invitation.product : "",
      experienceDate: invitation.experienceDate,
    };
    return sendHtml(
      reply,
      <WriteReviewPage
        v={v(request, reply)}
        action={invitationPath(token)}
        state={{ ...state, typed }}
        settings={await settingsNow(ctx)}
        now={ctx.clock.now()}
        verified={{ experienceDate: invitation.experienceDate }}
      />,
      status,
    );
  };

  app.get<{ Params: { token: string } }>("/avis/invitation/:token", open, async (request, reply) => {
    if (!mayReview(request.actor))
      return sendHtml(reply, <StaffCannotReviewPage v={v(request, reply)} />, 403);
    return invitationForm(request, reply, undefined);
  });

  app.post<{ Params: { token: string } }>(
    "/avis/invitation/:token",
    limited(open),
    async (request, reply) => {
      const outcome = await writeFromInvitation(
        ctx,
        request.actor,
        request.params.token,
        writingFrom(request),
      );
      return answer(request, reply, outcome, (state) => invitationForm(request, reply, state, 422));
    },
  );
}
