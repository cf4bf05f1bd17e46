import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** The person the test identity provider signs in, changeable between sign-ins. */
export interface ProviderPerson {
  sub: string;
  email: string;
  name: string;
  /** Authentication methods the provider reports (RFC 8176), e.g. ["pwd", "otp"]. */
  amr: string[];
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  person: ProviderPerson;
  /** Follows the provider's redirects from the authorization URL to the one back to Confiance. */
  authorize(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback, standing in for the bank's. Its
 * login step signs in `person` at once, so tests exercise the full code flow with PKCE: discovery,
 * authorization, the code exchange over HTTP and ID-token validation.
 */
export async function startIdentityProvider(
  redirectUri: string,
  person: ProviderPerson,
): Promise<TestIdentityProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "confiance";
  const clientSecret = "a-test-client-secret-long-enough-for-hs256";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    cookies: { keys: ["test-cookie-key"] },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
      amr: null,
      acr: null,
      auth_time: null,
    },
    features: { devInteractions: { enabled: false }, claimsParameter: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: person.email, email_verified: true, name: person.name }),
    }),
  });
  const callback = provider.callback();
  server.on("request", (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return callback(req, res);
    (async () => {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: person.sub, clientId });
      grant.addOIDCScope("openid email profile");
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: person.sub, amr: person.amr }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return details;
    })().catch((error: Error) => {
      res.statusCode = 500;
      res.end(error.message);
    });
  });

  async function authorize(authorizationUrl: string): Promise<URL> {
    const cookies = new Map<string, string>();
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 10; hop++) {
      if (url.origin !== issuer) return url;
      const response = await fetch(url, {
        redirect: "manual",
        headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const index = pair.indexOf("=");
        cookies.set(pair.slice(0, index), pair.slice(index + 1));
      }
      const location = response.headers.get("location");
      if (!location)
        throw new Error(
          `Identity provider stopped at ${url} with ${response.status}: ${await response.text()}`,
        );
      url = new URL(location, url);
    }
    throw new Error("Too many redirects at the identity provider");
  }

  return {
    issuer,
    clientId,
    clientSecret,
    person,
    authorize,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
