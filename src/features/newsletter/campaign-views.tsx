import type { Page } from "../../platform/http/paging.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  PageCount,
  Pagination,
  PostForm,
  TextArea,
} from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { renderMarkdown } from "../../text/markdown.ts";
import {
  BODY_MAX,
  type Campaign,
  type CampaignInput,
  type CampaignReport,
  SUBJECT_LIMITS,
} from "./campaigns.ts";
import { ListChoices } from "./components.tsx";
import { CAMPAIGN_LOCALES, campaignTitle, isWritten, versionFor } from "./versions.ts";

const campaignPath = (id: number) => `/admin/lettres/${id}`;

export function CampaignListPage({ v, page }: { v: ViewContext; page: Page<Campaign> }) {
  const { t } = v.i18n;
  const campaigns = page.items;
  return (
    <Layout v={v} title={t("campaign.list.title")}>
      <h1>{t("campaign.list.title")}</h1>
      <p>{t("campaign.list.intro")}</p>
      <p>
        <a class="button" href="/admin/lettres/nouvelle">
          {t("campaign.new")}
        </a>
      </p>
      {campaigns.length === 0 ? (
        <p>{t("campaign.list.empty")}</p>
      ) : (
        <>
          <PageCount v={v} page={page} />
          <ul>
            {campaigns.map((campaign) => (
              <li key={campaign.id}>
                <a href={campaignPath(campaign.id)}>{campaignTitle(campaign)}</a> —{" "}
                {t(`campaign.status.${campaign.status}`)} · {v.i18n.date(campaign.createdAt)}
              </li>
            ))}
          </ul>
          <Pagination
            v={v}
            page={page.page}
            pageCount={page.pageCount}
            href={(p) => (p > 1 ? `/admin/lettres?page=${p}` : "/admin/lettres")}
          />
        </>
      )}
    </Layout>
  );
}

export function CampaignFormPage(props: {
  v: ViewContext;
  id: number | null;
  values: CampaignInput;
  lists: { id: number; name: string; members: number }[];
  errors?: FieldErrors;
}) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  const title = props.id === null ? t("campaign.new") : t("campaign.edit");
  return (
    <Layout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <PostForm
        v={v}
        action={props.id === null ? "/admin/lettres/nouvelle" : `${campaignPath(props.id)}/modifier`}
      >
        <p>{t("campaign.languagesHint")}</p>
        {(["Fr", "En"] as const).map((lang) => (
          <fieldset key={lang} class="choices" lang={lang.toLowerCase()}>
            <legend>{t(`campaign.version${lang}`)}</legend>
            <Field
              v={v}
              name={`subject${lang}`}
              label={t("campaign.subject")}
              value={values[`subject${lang}`]}
              errors={errors}
              maxLength={SUBJECT_LIMITS.max}
            />
            <TextArea
              v={v}
              name={`body${lang}`}
              label={t("campaign.body")}
              hint={t("campaign.bodyHint")}
              value={values[`body${lang}`]}
              errors={errors}
              maxLength={BODY_MAX}
              rows={12}
            />
          </fieldset>
        ))}
        <fieldset class="choices">
          <legend>{t("campaign.audience")}</legend>
          <p class="field__hint">{t("campaign.audienceHint")}</p>
          <ListChoices v={v} lists={props.lists} chosen={values.listIds} />
          <Field
            v={v}
            name="tags"
            label={t("campaign.tags")}
            hint={t("campaign.tagsHint")}
            value={values.tags.join(", ")}
            errors={errors}
          />
        </fieldset>
        <button type="submit" class="button">
          {t("campaign.save")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function CampaignPage(props: {
  v: ViewContext;
  campaign: Campaign;
  report: CampaignReport;
  mayApprove: boolean;
  authorName: string;
}) {
  const { v, campaign, report } = props;
  const { t } = v.i18n;
  const path = campaignPath(campaign.id);
  const n = (value: number) => v.i18n.number(value);
  return (
    <Layout v={v} title={campaignTitle(campaign)}>
      <p>
        <a href="/admin/lettres">{t("campaign.list.title")}</a>
      </p>
      <h1>{campaignTitle(campaign)}</h1>
      <p>
        <strong>{t(`campaign.status.${campaign.status}`)}</strong> ·{" "}
        {t("campaign.by", { name: props.authorName })}
        {campaign.sendAt && <> · {t("campaign.sendAt", { date: v.i18n.dateTime(campaign.sendAt) })}</>}
      </p>
      {campaign.status !== "draft" && campaign.status !== "awaiting_approval" && (
        <p>
          {t("campaign.report", {
            sent: n(report.sent),
            queued: n(report.queued),
            failed: n(report.failed),
            skipped: n(report.skipped),
            bounced: n(report.bounced),
            unsubscribed: n(report.unsubscribed),
          })}{" "}
          {t("campaign.clicks", { clicks: n(report.clicks), readers: n(report.readers) })}
        </p>
      )}
      <div class="toolbar">
        {campaign.status === "draft" && <a href={`${path}/modifier`}>{t("campaign.edit")}</a>}
        <PostForm v={v} action={`${path}/test`} class="inline-form">
          <button type="submit" class="button button--secondary">
            {t("campaign.test")}
          </button>
        </PostForm>
        {campaign.status === "draft" && (
          <PostForm v={v} action={`${path}/soumettre`} class="inline-form">
            <button type="submit" class="button">
              {t("campaign.submit")}
            </button>
          </PostForm>
        )}
        {campaign.status === "awaiting_approval" && (
          <PostForm v={v} action={`${path}/renvoyer`} class="inline-form">
            <button type="submit" class="button button--secondary">
              {t("campaign.return")}
            </button>
          </PostForm>
        )}
      </div>
      {campaign.status === "awaiting_approval" &&
        (props.mayApprove ? (
          <PostForm v={v} action={`${path}/approuver`}>
            <h2>{t("campaign.approve.title")}</h2>
            <div class="field">
              <label for="field-sendAt">{t("campaign.approve.when")}</label>
              <p class="field__hint" id="field-sendAt-hint">
                {t("campaign.approve.whenHint")}
              </p>
              <input
                id="field-sendAt"
                name="sendAt"
                type="datetime-local"
                aria-describedby="field-sendAt-hint"
              />
            </div>
            <button type="submit" class="button">
              {t("campaign.approve.submit")}
            </button>
          </PostForm>
        ) : (
          <p class="notice notice--info">{t("campaign.approve.otherPerson")}</p>
        ))}
      {CAMPAIGN_LOCALES.map((locale) => {
        if (!isWritten(campaign, locale))
          return (
            <p key={locale} class="notice notice--info">
              {t(locale === "fr" ? "campaign.missing.fr" : "campaign.missing.en")}
            </p>
          );
        const version = versionFor(campaign, locale);
        return (
          <section key={locale} class="card" lang={locale} aria-labelledby={`preview-${locale}`}>
            <h2 id={`preview-${locale}`}>
              {t(locale === "fr" ? "campaign.versionFr" : "campaign.versionEn")} — {version.subject}
            </h2>
            <div
              class="post__body"
              // Rendered by the safe Markdown settings (no raw HTML, checked links).
              dangerouslySetInnerHTML={{ __html: renderMarkdown(version.body) }}
            />
          </section>
        );
      })}
    </Layout>
  );
}
