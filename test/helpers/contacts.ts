import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Agent } from "./agent.ts";

/** The contact import form as a browser sends it: multipart, with the CSV as a file and the page's CSRF token. */
export function uploadContacts(
  app: FastifyInstance,
  agent: Agent,
  csv: string,
  label = "Salon de l'épargne 2025",
): Promise<LightMyRequestResponse> {
  return uploadCsv(app, agent, { page: "/admin/contacts", action: "/admin/contacts/import", csv, label });
}

/** A CSV upload form (the contacts' import, the reviews' invitations), sent from its page with its CSRF token. */
export async function uploadCsv(
  app: FastifyInstance,
  agent: Agent,
  form: { page: string; action: string; csv: string; label: string },
): Promise<LightMyRequestResponse> {
  await agent.get(form.page);
  const token = /name="_csrf" value="([^"]+)"/.exec(agent.lastBody)?.[1];
  if (!token) throw new Error(`${form.page} has no form for this person`);
  const boundary = "----confiance-test";
  const part = (name: string, value: string, file?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: text/csv` : ""}\r\n\r\n${value}\r\n`;
  return app.inject({
    method: "POST",
    url: form.action,
    headers: {
      cookie: agent.cookieHeaderForTests(),
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    payload: `${part("_csrf", token)}${part("label", form.label)}${part("file", form.csv, "lot.csv")}--${boundary}--\r\n`,
  });
}
