import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Agent } from "./agent.ts";

/** The contact import form as a browser sends it: multipart, with the CSV as a file and the page's CSRF token. */
export async function uploadContacts(
  app: FastifyInstance,
  agent: Agent,
  csv: string,
  label = "Salon de l'épargne 2025",
): Promise<LightMyRequestResponse> {
  await agent.get("/admin/contacts");
  const token = /name="_csrf" value="([^"]+)"/.exec(agent.lastBody)?.[1];
  if (!token) throw new Error("The contacts page has no form for this person");
  const boundary = "----confiance-test";
  const part = (name: string, value: string, file?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: text/csv` : ""}\r\n\r\n${value}\r\n`;
  return app.inject({
    method: "POST",
    url: "/admin/contacts/import",
    headers: {
      cookie: agent.cookieHeaderForTests(),
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    payload: `${part("_csrf", token)}${part("label", label)}${part("file", csv, "contacts.csv")}--${boundary}--\r\n`,
  });
}
