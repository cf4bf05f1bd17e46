import type { MessageKey } from "../../platform/i18n/index.ts";
import {
  ErrorSummary,
  Field,
  FileField,
  PageCount,
  Pagination,
  PostForm,
} from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { findContacts, ImportRow } from "../newsletter/index.ts";

type Contacts = Awaited<ReturnType<typeof findContacts>>;

export function ContactsPage(props: {
  v: ViewContext;
  query: string;
  contacts: Contacts;
  lists: { id: number; name: string; members: number }[];
  counts: { status: string; kind: string; n: number }[];
  listError?: MessageKey;
  importError?: MessageKey;
  listName?: string;
}) {
  const { v } = props;
  const { t } = v.i18n;
  const n = (status: string, kind?: string) =>
    props.counts
      .filter((c) => c.status === status && (!kind || c.kind === kind))
      .reduce((sum, c) => sum + c.n, 0);
  return (
    <Layout v={v} title={t("contacts.title")}>
      <h1>{t("contacts.title")}</h1>
      <p>{t("contacts.intro")}</p>
      <p>
        {t("contacts.counts", {
          clients: v.i18n.number(n("active", "client")),
          prospects: v.i18n.number(n("active", "prospect")),
          pending: v.i18n.number(n("pending")),
          stopped: v.i18n.number(n("unsubscribed") + n("bounced") + n("complained") + n("objected")),
        })}
      </p>
      <search>
        <form method="get" action="/admin/contacts">
          <label for="contacts-q">{t("contacts.search")}</label>{" "}
          <input id="contacts-q" name="q" type="search" value={props.query} />{" "}
          <button type="submit" class="button button--small">
            {t("contacts.searchSubmit")}
          </button>
        </form>
      </search>
      <PageCount v={v} page={props.contacts} />
      <table class="data-table">
        <caption class="visually-hidden">{t("contacts.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("contacts.col.email")}</th>
            <th scope="col">{t("contacts.col.kind")}</th>
            <th scope="col">{t("contacts.col.status")}</th>
            <th scope="col">{t("contacts.col.basis")}</th>
            <th scope="col">{t("contacts.col.tags")}</th>
            <th scope="col">{t("contacts.col.lists")}</th>
          </tr>
        </thead>
        <tbody>
          {props.contacts.items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.email}
                {c.accountId && <> ({t("contacts.member")})</>}
              </th>
              <td>{t(`contacts.kind.${c.kind}`)}</td>
              <td>
                {t(`contacts.status.${c.status}`)}
                {c.restrictedAt && <> · {t("contacts.restricted")}</>}
              </td>
              <td>{t(`contacts.basis.${c.lawfulBasis}`)}</td>
              <td>{c.tags.join(", ")}</td>
              <td>{c.lists.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        v={v}
        page={props.contacts.page}
        pageCount={props.contacts.pageCount}
        href={(p) => {
          const query = new URLSearchParams(props.query ? { q: props.query } : {});
          if (p > 1) query.set("page", String(p));
          return query.size > 0 ? `/admin/contacts?${query}` : "/admin/contacts";
        }}
      />
      <h2>{t("contacts.lists")}</h2>
      <ul>
        {props.lists.map((list) => (
          <li key={list.id}>{t("campaign.listOption", { name: list.name, count: list.members })}</li>
        ))}
      </ul>
      <ErrorSummary v={v} errors={props.listError ? { name: props.listError } : undefined} />
      <PostForm v={v} action="/admin/contacts/listes">
        <Field
          v={v}
          name="name"
          label={t("contacts.list.new")}
          value={props.listName ?? ""}
          errors={props.listError ? { name: props.listError } : undefined}
        />
        <button type="submit" class="button button--secondary">
          {t("contacts.list.create")}
        </button>
      </PostForm>
      <h2>{t("contacts.import.title")}</h2>
      <p>{t("contacts.import.intro")}</p>
      <pre>
        <code>
          {
            "email;basis;basis_date;basis_source;kind;locale;tags;list\nclaire@exemple.fr;consentement;2025-03-02;Salon de l'épargne, bulletin papier;prospect;fr;épargne|salon;Lettre épargne"
          }
        </code>
      </pre>
      <ErrorSummary v={v} errors={props.importError ? { file: props.importError } : undefined} />
      <PostForm v={v} action="/admin/contacts/import" enctype="multipart/form-data">
        <FileField
          v={v}
          name="file"
          label={t("contacts.import.file")}
          accept=".csv,text/csv"
          error={props.importError && t(props.importError)}
        />
        <Field v={v} name="label" label={t("contacts.import.label")} hint={t("contacts.import.labelHint")} />
        <button type="submit" class="button">
          {t("contacts.import.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

/** What the import did, row by row: what was created or updated, and what was refused and why. */
export function ImportReportPage({ v, report }: { v: ViewContext; report: ImportRow[] }) {
  const { t } = v.i18n;
  const count = (outcome: ImportRow["outcome"]) =>
    v.i18n.number(report.filter((r) => r.outcome === outcome).length);
  return (
    <Layout v={v} title={t("contacts.report.title")}>
      <h1>{t("contacts.report.title")}</h1>
      <p role="status">
        {t("contacts.report.summary", {
          created: count("created"),
          updated: count("updated"),
          refused: count("refused"),
        })}
      </p>
      <table class="data-table">
        <caption class="visually-hidden">{t("contacts.report.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("contacts.report.line")}</th>
            <th scope="col">{t("contacts.col.email")}</th>
            <th scope="col">{t("contacts.report.outcome")}</th>
          </tr>
        </thead>
        <tbody>
          {report.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>{row.email}</td>
              <td>
                {t(`contacts.outcome.${row.outcome}`)}
                {row.reason && <> — {t(row.reason)}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href="/admin/contacts">{t("contacts.back")}</a>
      </p>
    </Layout>
  );
}
