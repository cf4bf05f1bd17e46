import { renderToStaticMarkup } from "preact-render-to-string";
import type { I18n } from "../i18n/index.ts";

export interface MailContent {
  subject: string;
  /** "Bonjour Claire,": left out when the body is written whole by a person (a newsletter). */
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A closing line such as "If you did not ask for this, ignore this message." */
  footnote?: string;
  /** A longer body written in Markdown (a newsletter): its safe HTML rendering and its source as text. */
  body?: { html: string; text: string };
  /** Who sends it and where to write to them by post (required in marketing e-mails). */
  sender?: string;
  /** For messages a person may stop receiving: a one-click link, also sent as List-Unsubscribe. */
  unsubscribe?: { label: string; url: string };
}

/**
 * One accessible layout for every transactional e-mail: lang set, real text (no images of
 * text), a link that reads as what it does, and the same content as plain text.
 */
export function composeMail(i18n: I18n, bankName: string, content: MailContent) {
  const html = `<!doctype html>${renderToStaticMarkup(
    <html lang={i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>{content.subject}</title>
      </head>
      <body style="margin:0;padding:24px;background:#f5f6f8;color:#1a1d23;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
        <main style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
          <p style="font-weight:bold;font-size:18px;margin:0 0 16px">{bankName}</p>
          {content.greeting && <p>{content.greeting}</p>}
          {content.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {/* Rendered by the safe Markdown settings (no raw HTML, checked links). */}
          {content.body && <div dangerouslySetInnerHTML={{ __html: content.body.html }} />}
          {content.action && (
            <p style="margin:24px 0">
              <a
                href={content.action.url}
                style="display:inline-block;background:#0b4f8a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:underline"
              >
                {content.action.label}
              </a>
            </p>
          )}
          {content.action && (
            <p style="font-size:14px;color:#3d4451">
              {i18n.t("mail.linkFallback")} <span style="word-break:break-all">{content.action.url}</span>
            </p>
          )}
          {content.footnote && <p style="font-size:14px;color:#3d4451">{content.footnote}</p>}
          {content.sender && <p style="font-size:14px;color:#3d4451">{content.sender}</p>}
          {content.unsubscribe && (
            <p style="font-size:14px;color:#3d4451">
              <a href={content.unsubscribe.url} style="color:#0b4f8a">
                {content.unsubscribe.label}
              </a>
            </p>
          )}
        </main>
      </body>
    </html>,
  )}`;
  const text = [
    ...(content.greeting ? [content.greeting, ""] : []),
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.body ? [content.body.text, ""] : []),
    ...(content.action ? [content.action.label, content.action.url, ""] : []),
    ...(content.footnote ? [content.footnote, ""] : []),
    ...(content.sender ? [content.sender, ""] : []),
    ...(content.unsubscribe ? [`${content.unsubscribe.label} : ${content.unsubscribe.url}`, ""] : []),
    "— ",
    bankName,
  ].join("\n");
  // RFC 8058: mail clients show an "unsubscribe" button that POSTs to this address, no page needed.
  const headers: Record<string, string> = content.unsubscribe
    ? {
        "List-Unsubscribe": `<${content.unsubscribe.url}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }
    : {};
  return { subject: content.subject, html, text, headers };
}
