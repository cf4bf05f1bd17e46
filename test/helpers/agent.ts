import { desc } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Db } from "../../src/db/connect.ts";
import { mailboxMessages } from "../../src/platform/mail/schema.ts";
import { deliverMailOf } from "./mail.ts";

/**
 * A browser-like client over Fastify's inject: it keeps cookies and sends back the CSRF token
 * of the last page it saw, as a real form would.
 */
export class Agent {
  private cookies = new Map<string, string>();
  private csrf = "";
  lastBody = "";

  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  private remember(response: LightMyRequestResponse) {
    for (const c of response.cookies) {
      if (c.value === "" || (c.expires && new Date(c.expires).getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const body = response.body;
    this.lastBody = body;
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (token) this.csrf = token;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** The Cookie header this agent would send, for requests built by hand (multipart). */
  cookieHeaderForTests(): string {
    return this.cookieHeader();
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method: "GET",
      url,
      headers: { ...this.headers, cookie: this.cookieHeader(), ...headers },
    });
    this.remember(response);
    return response;
  }

  /** Posts a form with the current CSRF token (fetching a page first when none was seen). */
  async post(
    url: string,
    form: Record<string, string> = {},
    options: { csrf?: string | null } = {},
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    if (!this.csrf && options.csrf === undefined) await this.get("/connexion");
    const fields = { ...form } as Record<string, string>;
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    if (token !== null) fields._csrf = token;
    const response = await this.app.inject({
      method: "POST",
      url,
      headers: {
        ...this.headers,
        cookie: this.cookieHeader(),
        "content-type": "application/x-www-form-urlencoded",
        ...headers,
      },
      payload: new URLSearchParams(fields).toString(),
    });
    this.remember(response);
    return response;
  }
}

/** The newest message the Mailbox caught for an address (queued mail delivered first), and its first link. */
export async function lastMailTo(
  db: Db,
  address: string,
): Promise<{
  subject: string;
  text: string;
  html: string | null;
  link: string | undefined;
  listHeaders: string | null;
}> {
  await deliverMailOf(db);
  const rows = await db.select().from(mailboxMessages).orderBy(desc(mailboxMessages.id)).limit(50);
  const mail = rows.find((m) => m.recipients.includes(address));
  if (!mail) throw new Error(`No mail to ${address}`);
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  return { subject: mail.subject, text: mail.text, html: mail.html, link, listHeaders: mail.listHeaders };
}

/** Path and query of an absolute link from an e-mail, for inject. */
export function pathOf(link: string | undefined): string {
  if (!link) throw new Error("No link in the mail");
  const url = new URL(link);
  return url.pathname + url.search;
}
