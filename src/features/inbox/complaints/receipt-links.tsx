import type { ViewContext } from "../../../platform/views/context.ts";
import type { ReceiptLink } from "./acknowledgement.ts";
import { receiptPath } from "./paths.ts";

/** In "Mes messages": the dated acknowledgements of the member's complaints, each a printable page. */
export function ReceiptLinks({ v, receipts }: { v: ViewContext; receipts: readonly ReceiptLink[] }) {
  if (receipts.length === 0) return null;
  const { t } = v.i18n;
  return (
    <section aria-labelledby="complaint-receipts">
      <h2 id="complaint-receipts">{t("inbox.complaints.receipts.title")}</h2>
      <ul>
        {receipts.map((r) => (
          <li key={r.conversationId}>
            <a href={receiptPath(r.conversationId)}>
              {t("inbox.complaints.receipts.link", {
                reference: r.reference,
                subject: r.subject,
                date: v.i18n.date(r.acknowledgedAt),
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
