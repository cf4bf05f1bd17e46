import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/service.ts";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import { truncateIp } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { field, positiveId, queryParam, safeNextPath } from "../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { isLocale } from "../../platform/i18n/index.ts";
import { emailTokenIsValid } from "./email-tokens.ts";
import { useOwnAccount } from "./policy.ts";
import {
  beginEnrolment,
  confirmEnrolment,
  passSecondFactor,
  remainingRecoveryCodes,
} from "./second-factor.ts";
import {
  authenticate,
  changeDisplayName,
  changePassword,
  confirmEmailChange,
  deleteOwnAccount,
  findAccount,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  setLocale,
  signUp,
  verifyEmail,
} from "./service.ts";
import { clearSessionCookie, LOCALE_COOKIE, setSessionCookie } from "./session-cookie.ts";
import { closeAllSessions, closeSession, closeSessionOfAccount, listSessions } from "./sessions.ts";
import { startSession } from "./sign-in.ts";
import { emailProblem, normaliseEmail } from "./validation.ts";
import {
  AccountDeletedPage,
  AccountPage,
  DeleteAccountPage,
  SecurityPage,
  SessionsPage,
} from "./views/account-pages.tsx";
import {
  CheckYourEmailPage,
  ForgotPasswordPage,
  LinkResultPage,
  NewPasswordPage,
  SecondFactorPage,
  SignInPage,
  SignUpPage,
} from "./views/auth-pages.tsx";

export function originOf(request: FastifyRequest) {
  return { ipPrefix: truncateIp(request.ip) };
}

/** Sign-up, sign-in (with second factor for staff), password reset, account settings and sessions. */
export async function accountRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // One's own account by default; signing up, signing in and the e-mailed links are public.
  guardRoutes(app, useOwnAccount);
  const open = declared(publicAccess);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const checkYourInbox = (request: FastifyRequest, reply: FastifyReply) =>
    sendHtml(
      reply,
      <CheckYourEmailPage
        v={v(request, reply)}
        titleKey="signUp.checkEmail.title"
        bodyKey="signUp.checkEmail.body"
      />,
    );
  const sensitive = { config: { rateLimit: { max: ctx.limits.sensitive, timeWindow: "15 minutes" } } };
  const openSensitive = declared(publicAccess, sensitive);

  // --- Sign-up and e-mail verification -------------------------------------------------------
  app.get("/inscription", open, async (request, reply) => {
    if (request.actor) return sendRedirect(reply, "/compte");
    return sendHtml(reply, <SignUpPage v={v(request, reply)} />);
  });

  app.post("/inscription", openSensitive, async (request, reply) => {
    const values = { email: field(request, "email"), displayName: field(request, "displayName") };
    const outcome = await signUp(
      ctx,
      { ...values, password: field(request, "password"), locale: request.i18n.locale },
      originOf(request),
    );
    if (!outcome.ok)
      return sendHtml(
        reply,
        <SignUpPage v={v(request, reply)} values={values} errors={outcome.errors} />,
        422,
      );
    return checkYourInbox(request, reply);
  });

  app.get("/inscription/verifier", open, async (request, reply) => {
    const ok = await verifyEmail(ctx, queryParam(request, "jeton"));
    return sendHtml(
      reply,
      <LinkResultPage v={v(request, reply)} ok={ok} okKey="verify.ok" failKey="link.expired" />,
      ok ? 200 : 410,
    );
  });

  app.post("/inscription/renvoyer", openSensitive, async (request, reply) => {
    await resendVerification(ctx, field(request, "email"));
    return checkYourInbox(request, reply);
  });

  // --- Sign-in, second factor, sign-out ------------------------------------------------------
  app.get("/connexion", open, async (request, reply) => {
    // Empty when none was asked: after sign-in, staff then land in their area and members on the home page.
    const next = safeNextPath(queryParam(request, "suite"), ctx.config.baseUrl, "");
    if (request.actor) return sendRedirect(reply, next || "/");
    return sendHtml(
      reply,
      <SignInPage v={v(request, reply)} next={next} oidcLabel={ctx.config.oidc?.label} />,
    );
  });

  app.post("/connexion", openSensitive, async (request, reply) => {
    const email = field(request, "email");
    const next = safeNextPath(field(request, "next"), ctx.config.baseUrl, "");
    const result = await authenticate(ctx, email, field(request, "password"), originOf(request));
    if (result.kind !== "ok") {
      return sendHtml(
        reply,
        <SignInPage
          v={v(request, reply)}
          values={{ email }}
          next={next}
          problem={result.kind}
          oidcLabel={ctx.config.oidc?.label}
        />,
        result.kind === "invalid" ? 401 : 403,
      );
    }
    const location = await startSession(ctx, request, reply, result.account, {
      next,
      via: "password",
      providerSecondFactor: false,
    });
    return sendRedirect(reply, location);
  });

  app.get("/connexion/second-facteur", open, async (request, reply) => {
    if (!request.pendingSecondFactor) return sendRedirect(reply, "/connexion");
    const next = safeNextPath(queryParam(request, "suite"), ctx.config.baseUrl, "/admin");
    return sendHtml(reply, <SecondFactorPage v={v(request, reply)} next={next} />);
  });

  app.post("/connexion/second-facteur", openSensitive, async (request, reply) => {
    const pending = request.pendingSecondFactor;
    if (!pending) return sendRedirect(reply, "/connexion");
    const outcome = await passSecondFactor(ctx, pending, field(request, "code"), originOf(request));
    const next = safeNextPath(field(request, "next"), ctx.config.baseUrl, "/admin");
    if (outcome.kind === "locked")
      return sendHtml(reply, <SecondFactorPage v={v(request, reply)} next={next} locked />, 429);
    if (outcome.kind === "invalid")
      return sendHtml(reply, <SecondFactorPage v={v(request, reply)} next={next} failed />, 401);
    // A new session (new token, the staff lifetime) replaces the ten-minute pending one.
    setSessionCookie(ctx, reply, outcome.session);
    return sendRedirect(reply, next);
  });

  app.post("/deconnexion", open, async (request, reply) => {
    if (request.actor) {
      await closeSession(ctx.db, request.actor.sessionId);
      await recordAudit(ctx.db, {
        actorId: request.actor.id,
        actorRole: request.actor.role,
        action: "account.signed_out",
        subjectType: "account",
        subjectId: request.actor.id,
        ipPrefix: originOf(request).ipPrefix,
      });
    } else if (request.pendingSecondFactor) {
      await closeSession(ctx.db, request.pendingSecondFactor.sessionId);
    }
    clearSessionCookie(ctx, reply);
    setFlash(ctx, reply, "signOut.done");
    return sendRedirect(reply, "/");
  });

  // --- Language ------------------------------------------------------------------------------
  // Choosing a language changes nothing that matters to an attacker, and a cross-site request
  // carries no session cookie (SameSite=Lax). Without a token the switcher needs no CSRF cookie,
  // so a visitor reading public pages gets no cookie at all and those pages can be kept.
  app.post("/langue", declared(publicAccess, { config: { withoutCsrf: true } }), async (request, reply) => {
    const locale = field(request, "locale");
    const next = safeNextPath(field(request, "next"), ctx.config.baseUrl);
    if (!isLocale(locale)) return sendRedirect(reply, next);
    // A strictly necessary preference cookie (CNIL: no consent needed), one year.
    reply.setCookie(LOCALE_COOKIE, locale, {
      path: "/",
      sameSite: "lax",
      secure: ctx.config.secureCookies,
      maxAge: 365 * 24 * 3600,
      httpOnly: true,
    });
    if (request.actor) await setLocale(ctx, request.actor.id, locale);
    return sendRedirect(reply, next);
  });

  // --- Password reset ------------------------------------------------------------------------
  app.get("/mot-de-passe-oublie", open, async (request, reply) =>
    sendHtml(reply, <ForgotPasswordPage v={v(request, reply)} />),
  );

  app.post("/mot-de-passe-oublie", openSensitive, async (request, reply) => {
    const email = field(request, "email");
    const problem = emailProblem(normaliseEmail(email));
    if (problem)
      return sendHtml(
        reply,
        <ForgotPasswordPage v={v(request, reply)} values={{ email }} errors={{ email: problem }} />,
        422,
      );
    await requestPasswordReset(ctx, email);
    return sendHtml(
      reply,
      <CheckYourEmailPage v={v(request, reply)} titleKey="reset.sent.title" bodyKey="reset.sent.body" />,
    );
  });

  app.get("/mot-de-passe-oublie/nouveau", open, async (request, reply) => {
    const token = queryParam(request, "jeton");
    if (!(await emailTokenIsValid(ctx, token, "reset_password"))) {
      return sendHtml(
        reply,
        <LinkResultPage v={v(request, reply)} ok={false} okKey="verify.ok" failKey="link.expired" />,
        410,
      );
    }
    return sendHtml(reply, <NewPasswordPage v={v(request, reply)} token={token} />);
  });

  app.post("/mot-de-passe-oublie/nouveau", openSensitive, async (request, reply) => {
    const token = field(request, "jeton");
    const outcome = await resetPassword(ctx, token, field(request, "password"), originOf(request));
    if (outcome.ok) {
      clearSessionCookie(ctx, reply);
      setFlash(ctx, reply, "reset.done");
      return sendRedirect(reply, "/connexion");
    }
    if ("expired" in outcome) {
      return sendHtml(
        reply,
        <LinkResultPage v={v(request, reply)} ok={false} okKey="verify.ok" failKey="link.expired" />,
        410,
      );
    }
    return sendHtml(
      reply,
      <NewPasswordPage v={v(request, reply)} token={token} errors={outcome.errors} />,
      422,
    );
  });

  // --- Account settings ----------------------------------------------------------------------
  const accountPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<Parameters<typeof AccountPage>[0]> = {},
    status = 200,
  ) => {
    const actor = authorizedActor(request);
    const account = await findAccount(ctx, actor.id);
    return sendHtml(
      reply,
      <AccountPage
        v={v(request, reply)}
        actor={actor}
        hasPassword={Boolean(account?.passwordHash)}
        memberSince={account?.createdAt ?? ctx.clock.now()}
        {...extra}
      />,
      status,
    );
  };

  app.get("/compte", (request, reply) => accountPage(request, reply));

  app.post("/compte/nom", async (request, reply) => {
    const actor = authorizedActor(request);
    const displayName = field(request, "displayName");
    const outcome = await changeDisplayName(ctx, actor, displayName);
    if (!outcome.ok)
      return accountPage(request, reply, { nameErrors: outcome.errors, nameValue: displayName }, 422);
    setFlash(ctx, reply, "account.displayName.changed");
    return sendRedirect(reply, "/compte");
  });

  app.post("/compte/mot-de-passe", sensitive, async (request, reply) => {
    const actor = authorizedActor(request);
    const outcome = await changePassword(
      ctx,
      actor,
      { current: field(request, "current"), next: field(request, "next") },
      originOf(request),
    );
    if (!outcome.ok) return accountPage(request, reply, { passwordErrors: outcome.errors }, 422);
    setFlash(ctx, reply, "account.password.changed");
    return sendRedirect(reply, "/compte");
  });

  app.post("/compte/email", sensitive, async (request, reply) => {
    const actor = authorizedActor(request);
    const newEmail = field(request, "newEmail");
    const outcome = await requestEmailChange(ctx, actor, { newEmail, password: field(request, "password") });
    if (!outcome.ok)
      return accountPage(request, reply, { emailErrors: outcome.errors, emailValue: newEmail }, 422);
    return sendHtml(
      reply,
      <CheckYourEmailPage
        v={v(request, reply)}
        titleKey="account.email.sent.title"
        bodyKey="account.email.sent.body"
      />,
    );
  });

  app.get("/compte/email/confirmer", open, async (request, reply) => {
    const ok = await confirmEmailChange(ctx, queryParam(request, "jeton"), originOf(request));
    return sendHtml(
      reply,
      <LinkResultPage v={v(request, reply)} ok={ok} okKey="account.email.changed" failKey="link.expired" />,
      ok ? 200 : 410,
    );
  });

  // --- Sessions ------------------------------------------------------------------------------
  app.get("/compte/sessions", async (request, reply) => {
    const actor = authorizedActor(request);
    const sessions = await listSessions(ctx.db, actor.id, ctx.clock.now());
    return sendHtml(
      reply,
      <SessionsPage v={v(request, reply)} sessions={sessions} currentId={actor.sessionId} />,
    );
  });

  app.post<{ Params: { id: string } }>("/compte/sessions/:id/fermer", async (request, reply) => {
    const actor = authorizedActor(request);
    const id = positiveId(request.params.id);
    if (id) await closeSessionOfAccount(ctx.db, actor.id, id);
    setFlash(ctx, reply, "sessions.revoked");
    return sendRedirect(reply, "/compte/sessions");
  });

  app.post("/compte/sessions/fermer-tout", async (request, reply) => {
    const actor = authorizedActor(request);
    const closed = await closeAllSessions(ctx.db, actor.id);
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "account.sessions_revoked",
      subjectType: "account",
      subjectId: actor.id,
      details: { count: closed },
      ipPrefix: originOf(request).ipPrefix,
    });
    clearSessionCookie(ctx, reply);
    setFlash(ctx, reply, "sessions.allRevoked");
    return sendRedirect(reply, "/connexion");
  });

  // --- Second factor enrolment ---------------------------------------------------------------
  app.get("/compte/securite", async (request, reply) => {
    const actor = authorizedActor(request);
    const enrolment = actor.totpEnabled ? undefined : await beginEnrolment(ctx, actor);
    const remainingCodes = actor.totpEnabled ? await remainingRecoveryCodes(ctx, actor.id) : 0;
    return sendHtml(
      reply,
      <SecurityPage
        v={v(request, reply)}
        actor={actor}
        enrolment={enrolment}
        remainingCodes={remainingCodes}
      />,
    );
  });

  app.post("/compte/securite/second-facteur", sensitive, async (request, reply) => {
    const actor = authorizedActor(request);
    if (actor.totpEnabled) return sendRedirect(reply, "/compte/securite");
    const enrolled = await confirmEnrolment(ctx, actor, field(request, "code"), originOf(request));
    if (!enrolled) {
      const enrolment = await beginEnrolment(ctx, actor);
      return sendHtml(
        reply,
        <SecurityPage v={v(request, reply)} actor={actor} enrolment={enrolment} remainingCodes={0} failed />,
        422,
      );
    }
    const { codes, session } = enrolled;
    if (session) setSessionCookie(ctx, reply, session);
    const strong = {
      ...actor,
      totpEnabled: true,
      secondFactorDone: true,
      sessionId: session?.sessionId ?? actor.sessionId,
    };
    return sendHtml(
      reply,
      <SecurityPage
        v={{ ...v(request, reply), actor: strong }}
        actor={strong}
        recoveryCodes={codes}
        remainingCodes={codes.length}
      />,
    );
  });

  // --- Deleting one's account ----------------------------------------------------------------
  app.get("/compte/supprimer", async (request, reply) => {
    return sendHtml(reply, <DeleteAccountPage v={v(request, reply)} />);
  });

  app.post("/compte/supprimer", sensitive, async (request, reply) => {
    const actor = authorizedActor(request);
    const outcome = await deleteOwnAccount(
      ctx,
      actor,
      {
        password: field(request, "password"),
        confirmed: field(request, "confirm") === "yes",
        withdrawPosts: field(request, "withdraw") === "yes",
      },
      originOf(request),
    );
    if (!outcome.ok)
      return sendHtml(reply, <DeleteAccountPage v={v(request, reply)} errors={outcome.errors} />, 422);
    clearSessionCookie(ctx, reply);
    const view = { ...v(request, reply), actor: null };
    return sendHtml(reply, <AccountDeletedPage v={view} />);
  });
}
