import type { Agent } from "./agent.ts";
import type { TestApp } from "./app.ts";

/** A multipart form as a browser sends it, with the page's CSRF token. */
export async function postArticleForm(
  t: TestApp,
  agent: Agent,
  url: string,
  fields: Record<string, string>,
  cover?: { bytes: Buffer; name: string; type: string },
) {
  const page = await agent.get(url);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  const boundary = "----confiance-test-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: csrf, ...fields })) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (cover) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="cover"; filename="${cover.name}"\r\nContent-Type: ${cover.type}\r\n\r\n`,
      ),
      cover.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return t.app.inject({
    method: "POST",
    url,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      cookie: agent.cookieHeaderForTests(),
    },
    payload: Buffer.concat(parts),
  });
}
