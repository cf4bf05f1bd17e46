import type { MessageKey } from "../../../platform/i18n/index.ts";
import type { OutboxEntry } from "../../../platform/mail/outbox.ts";
import { OUTBOX_STATUSES, type OutboxStatus } from "../../../platform/mail/schema.ts";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";

const STATUS: Record<OutboxStatus, MessageKey> = {
  queued: "staff.outbox.status.queued",
  sent: "staff.outbox.status.sent",
  failed: "staff.outbox.status.failed",
};

export function OutboxPage({
  v,
  counts,
  messages,
  status,
  shown,
}: {
  v: ViewContext;
  counts: Record<OutboxStatus, number>;
  messages: OutboxEntry[];
  status: OutboxStatus | undefined;
  shown: number;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("staff.outbox.title")}>
      <h1>{t("staff.outbox.title")}</h1>
      <p>{t("staff.outbox.intro")}</p>
      <nav aria-label={t("staff.outbox.filter")} class="tabs">
        <ul>
          <li>
            <a href="/admin/courriels" aria-current={status === undefined ? "page" : undefined}>
              {t("staff.outbox.all")}
            </a>
          </li>
          {OUTBOX_STATUSES.map((s) => (
            <li key={s}>
              <a href={`/admin/courriels?etat=${s}`} aria-current={status === s ? "page" : undefined}>
                {t(STATUS[s])} ({v.i18n.number(counts[s])})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {messages.length === 0 ? (
        <p>{t("staff.outbox.empty")}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t("staff.outbox.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("staff.outbox.queuedAt")}</th>
              <th scope="col">{t("staff.outbox.recipient")}</th>
              <th scope="col">{t("staff.outbox.subject")}</th>
              <th scope="col">{t("staff.outbox.statusColumn")}</th>
              <th scope="col">{t("staff.outbox.attempts")}</th>
              <th scope="col">{t("staff.outbox.relay")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{v.i18n.dateTime(m.createdAt)}</td>
                <td>{m.recipient}</td>
                <td>
                  {m.subject}
                  <br />
                  <span class="muted">{m.category}</span>
                </td>
                <td>
                  {t(STATUS[m.status])}
                  {m.sentAt && <span class="muted"> — {v.i18n.dateTime(m.sentAt)}</span>}
                </td>
                <td>{v.i18n.number(m.attempts)}</td>
                <td>{m.lastError ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {messages.length === shown && <p class="muted">{t("staff.outbox.more", { count: shown })}</p>}
    </Layout>
  );
}
