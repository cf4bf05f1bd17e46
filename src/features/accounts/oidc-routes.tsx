import type { FastifyInstance } from "fastify";
import * as oidc from "openid-client";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError } from "../../platform/http/errors.ts";
import { queryParam, safeNextPath } from "../../platform/http/forms.ts";
import { accountForProviderIdentity } from "./identity-provider.ts";
import { originOf } from "./routes.tsx";
import { startSession } from "./sign-in.ts";

const FLOW_COOKIE = "oidc_flow";

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/** Staff sign-in through the bank's identity provider (authorization code flow with PKCE). */
export async function oidcRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // Signing in through the identity provider starts as a visitor.
  guardRoutes(app, publicAccess);
  const settings = ctx.config.oidc;
  if (!settings) return;
  const callbackUrl = new URL("/connexion/oidc/retour", ctx.config.baseUrl).href;
  let discovered: Promise<oidc.Configuration> | undefined;
  // Discovery happens on first use, so a provider that is down does not stop Confiance starting.
  const configuration = () => {
    discovered ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        // Plain http only for a provider on this machine (tests, local trials).
        ...(settings.issuer.startsWith("http:") ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  const unavailable = () =>
    new DomainError("identity_provider_unavailable", 502, "signIn.providerUnavailable");

  app.get("/connexion/oidc", async (request, reply) => {
    const config = await configuration().catch(() => {
      throw unavailable();
    });
    const flow: Flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      next: safeNextPath(queryParam(request, "suite"), ctx.config.baseUrl, ""),
    };
    reply.setCookie(FLOW_COOKIE, JSON.stringify(flow), {
      path: "/connexion/oidc",
      httpOnly: true,
      signed: true,
      sameSite: "lax",
      secure: ctx.config.secureCookies,
      maxAge: 600,
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: callbackUrl,
      scope: "openid email profile",
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: "S256",
      // Ask for the authentication methods in the ID token (OIDC Core 5.5); providers that do not
      // support the claims parameter ignore it and may send amr anyway.
      claims: JSON.stringify({ id_token: { amr: null } }),
    });
    return reply.redirect(url.href, 303);
  });

  app.get("/connexion/oidc/retour", async (request, reply) => {
    const raw = request.cookies[FLOW_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : undefined;
    reply.clearCookie(FLOW_COOKIE, { path: "/connexion/oidc" });
    if (!unsigned?.valid || !unsigned.value)
      throw new DomainError("oidc_flow_missing", 400, "signIn.providerFailed");
    const flow = JSON.parse(unsigned.value) as Flow;
    const config = await configuration().catch(() => {
      throw unavailable();
    });
    let claims: oidc.IDToken | undefined;
    let profile: Record<string, unknown> = {};
    try {
      const tokens = await oidc.authorizationCodeGrant(config, new URL(request.url, ctx.config.baseUrl), {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      claims = tokens.claims();
      // Many providers put e-mail and name only in the UserInfo response, not in the ID token.
      profile = claims ?? {};
      if (claims && typeof claims.email !== "string") {
        profile = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      }
    } catch (error) {
      request.log.warn({ err: error }, "identity provider sign-in failed");
      throw new DomainError("oidc_failed", 400, "signIn.providerFailed");
    }
    if (!claims) throw new DomainError("oidc_failed", 400, "signIn.providerFailed");
    const origin = originOf(request);
    const result = await accountForProviderIdentity(
      ctx,
      {
        subject: `${settings.issuer}#${claims.sub}`,
        email: typeof profile.email === "string" ? profile.email : undefined,
        emailVerified: profile.email_verified === true,
        name: typeof profile.name === "string" ? profile.name : undefined,
      },
      origin,
    );
    if (result.kind !== "ok") {
      throw new DomainError(
        `oidc_${result.kind}`,
        403,
        result.kind === "deactivated" ? "signIn.deactivated" : "signIn.providerNoEmail",
      );
    }
    // The provider's own second factor counts when its amr claim says so; otherwise ours is asked.
    const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
    const location = await startSession(ctx, request, reply, result.account, {
      next: flow.next,
      via: "oidc",
      providerSecondFactor: amr.some((method) => settings.mfaAmr.includes(method)),
    });
    return sendRedirect(reply, location);
  });
}
