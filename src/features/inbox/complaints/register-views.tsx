import type { Page } from "../../../platform/http/paging.ts";
import { PageCount, Pagination } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { conversationPath } from "../notes.ts";
import { REGISTER_PATH } from "./paths.ts";
import { channelName, complaintReference, registerDay } from "./receipt.ts";
import {
  type LabelErrors,
  REGISTER_STATUSES,
  type RegisterFilters,
  type RegisterRow,
  type SummaryLine,
} from "./register-queries.ts";

/** The query string of the register's filters (and page), for links and the export. */
export function registerQuery(filters: RegisterFilters, page = 1): string {
  const query = new URLSearchParams({ annee: String(filters.year) });
  if (filters.product) query.set("produit", filters.product);
  if (filters.status) query.set("statut", filters.status);
  if (page > 1) query.set("page", String(page));
  return query.toString();
}

const share = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)} %`);

export function RegisterPage(props: {
  v: ViewContext;
  filters: RegisterFilters;
  years: number[];
  products: string[];
  page: Page<RegisterRow>;
  summary: SummaryLine[];
  labels: LabelErrors;
}) {
  const { v, filters, years, products, page, summary, labels } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.complaints.register.title")}>
      <h1>{t("inbox.complaints.register.title")}</h1>
      <p>{t("inbox.complaints.register.intro")}</p>
      <form method="get" action={REGISTER_PATH} class="inline-form">
        <label for="filter-year">{t("inbox.complaints.register.year")}</label>
        <select id="filter-year" name="annee">
          {years.map((year) => (
            <option key={year} value={year} selected={year === filters.year}>
              {year}
            </option>
          ))}
        </select>
        <label for="filter-product">{t("inbox.complaints.field.product")}</label>
        <select id="filter-product" name="produit">
          <option value="">{t("inbox.complaints.register.every")}</option>
          {products.map((product) => (
            <option key={product} value={product} selected={product === filters.product}>
              {product}
            </option>
          ))}
        </select>
        <label for="filter-status">{t("inbox.complaints.register.status")}</label>
        <select id="filter-status" name="statut">
          <option value="">{t("inbox.complaints.register.every")}</option>
          {REGISTER_STATUSES.map((status) => (
            <option key={status} value={status} selected={status === filters.status}>
              {t(`inbox.complaints.status.${status}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t("inbox.complaints.register.filter")}</button>
      </form>
      <p>
        <a href={`${REGISTER_PATH}.csv?${registerQuery(filters)}`}>{t("inbox.complaints.register.export")}</a>
      </p>
      {page.items.length === 0 ? (
        <p>{t("inbox.complaints.register.none")}</p>
      ) : (
        <>
          <PageCount v={v} page={page} />
          <table class="data-table">
            <caption class="visually-hidden">{t("inbox.complaints.register.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("inbox.complaints.field.reference")}</th>
                <th scope="col">{t("inbox.complaints.field.receivedOn")}</th>
                <th scope="col">{t("inbox.complaints.field.channel")}</th>
                <th scope="col">{t("inbox.complaints.field.product")}</th>
                <th scope="col">{t("inbox.complaints.field.acknowledgedAt")}</th>
                <th scope="col">{t("inbox.complaints.field.answerBy")}</th>
                <th scope="col">{t("inbox.complaints.field.answeredAt")}</th>
                <th scope="col">{t("inbox.complaints.field.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={conversationPath(row.conversationId)}>{complaintReference(row)}</a>{" "}
                    <span class="muted">{row.subject}</span>
                  </th>
                  <td>{registerDay(v.i18n, row.receivedOn)}</td>
                  <td>{channelName(v.i18n, row.channel)}</td>
                  <td>{row.product ?? "—"}</td>
                  <td>{row.acknowledgedAt ? v.i18n.date(row.acknowledgedAt) : "—"}</td>
                  <td>{registerDay(v.i18n, row.answerBy)}</td>
                  <td>{row.answeredAt ? v.i18n.date(row.answeredAt) : "—"}</td>
                  <td>{row.outcome ? t(`inbox.complaints.outcome.${row.outcome}`) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            v={v}
            page={page.page}
            pageCount={page.pageCount}
            href={(p) => `${REGISTER_PATH}?${registerQuery(filters, p)}`}
          />
        </>
      )}
      <h2>{t("inbox.complaints.summary.title", { year: filters.year })}</h2>
      {summary.length === 0 ? (
        <p>{t("inbox.complaints.register.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">
            {t("inbox.complaints.summary.title", { year: filters.year })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("inbox.complaints.field.product")}</th>
              <th scope="col">{t("inbox.complaints.field.rootCause")}</th>
              <th scope="col">{t("inbox.complaints.summary.received")}</th>
              <th scope="col">{t("inbox.complaints.summary.answered")}</th>
              <th scope="col">{t("inbox.complaints.summary.inTime")}</th>
              <th scope="col">{t("inbox.complaints.summary.median")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((line) => (
              <tr key={`${line.product}|${line.rootCause}`}>
                <th scope="row">{line.product ?? t("inbox.complaints.summary.notYet")}</th>
                <td>{line.rootCause ?? t("inbox.complaints.summary.notYet")}</td>
                <td>{line.received}</td>
                <td>{line.answered}</td>
                <td>{share(line.answeredInTime, line.answered)}</td>
                <td>
                  {line.medianDays === null
                    ? "—"
                    : t("inbox.complaints.summary.days", { count: line.medianDays })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("inbox.complaints.labels.title")}</h2>
      <p>{t("inbox.complaints.labels.intro")}</p>
      <dl class="statement">
        <dt>{t("inbox.complaints.labels.reviewed")}</dt>
        <dd>{labels.reviewed}</dd>
        <dt>{t("inbox.complaints.labels.complaintFalsePositives")}</dt>
        <dd>
          {labels.complaintFalsePositives} ({share(labels.complaintFalsePositives, labels.reviewed)})
        </dd>
        <dt>{t("inbox.complaints.labels.complaintFalseNegatives")}</dt>
        <dd>
          {labels.complaintFalseNegatives} ({share(labels.complaintFalseNegatives, labels.reviewed)})
        </dd>
        <dt>{t("inbox.complaints.labels.paymentFalsePositives")}</dt>
        <dd>
          {labels.paymentFalsePositives} ({share(labels.paymentFalsePositives, labels.reviewed)})
        </dd>
        <dt>{t("inbox.complaints.labels.paymentFalseNegatives")}</dt>
        <dd>
          {labels.paymentFalseNegatives} ({share(labels.paymentFalseNegatives, labels.reviewed)})
        </dd>
      </dl>
    </Layout>
  );
}

/** The member's dated acknowledgement, printable (the durable medium in "Mes messages"). */
export function ReceiptPage(props: { v: ViewContext; paragraphs: string[]; reference: string }) {
  const { v, paragraphs, reference } = props;
  const { t } = v.i18n;
  const title = t("inbox.complaints.receipt.title", { reference });
  return (
    <Layout v={v} title={title} narrow>
      <h1>{title}</h1>
      <p>{v.bankName}</p>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p class="muted">{t("inbox.complaints.receipt.print")}</p>
    </Layout>
  );
}
