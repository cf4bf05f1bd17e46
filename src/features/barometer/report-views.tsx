import { PostForm } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { changeWords, sentenceStart } from "./change-words.ts";
import { formatter } from "./figure-section.tsx";
import { COMPONENT_UNITS, componentValue } from "./index-tables.ts";
import { BAROMETER_PATH, REPORT_ADMIN_PATH } from "./paths.ts";
import { REPORT_PATH, type ReportFigure, reportVersionPath, type TrustReportContent } from "./report.ts";

interface VersionLine {
  version: number;
  publishedAt: Date;
  withdrawnAt: Date | null;
}

/** One figure as a sentence: value, interval and the answers it rests on. */
function Figure({ v, figure, unit }: { v: ViewContext; figure: ReportFigure; unit: "percent" | "points" }) {
  const { t, number } = v.i18n;
  const digits = unit === "percent" ? 1 : 0;
  const n = (x: number) => number(Number(x.toFixed(digits)));
  return (
    <>
      <strong class="report__figure">
        {unit === "percent" ? t("barometer.percent", { value: n(figure.value) }) : n(figure.value)}
      </strong>{" "}
      {t(unit === "percent" ? "barometer.report.intervalPercent" : "barometer.report.intervalPoints", {
        low: n(figure.ci95[0]),
        high: n(figure.ci95[1]),
      })}{" "}
      {t("barometer.report.answers", { n: figure.n, effective: Math.round(figure.effectiveN) })}
    </>
  );
}

/** The report's body: the same for the public page, each archived version and the staff's preview. */
export function ReportBody({ v, content }: { v: ViewContext; content: TrustReportContent }) {
  const { t, number } = v.i18n;
  return (
    <div class="report">
      <h2>{t("barometer.report.wave", { wave: content.wave.label })}</h2>
      <dl class="report__figures">
        <dt>{t("barometer.report.trust")}</dt>
        <dd>
          {content.trust ? (
            <Figure v={v} figure={content.trust} unit="percent" />
          ) : (
            t("barometer.report.none")
          )}
          {content.trustChange && (
            <p>
              <strong>{sentenceStart(t(`barometer.verdict.${content.trustChange.verdict}`))}</strong>{" "}
              {t("barometer.report.since", {
                wave: content.trustChange.from,
                difference: changeWords(v.i18n, content.trustChange.difference, "percent"),
              })}
            </p>
          )}
        </dd>
        <dt>{t("barometer.report.nps")}</dt>
        <dd>
          {content.nps ? <Figure v={v} figure={content.nps} unit="points" /> : t("barometer.report.none")}
        </dd>
      </dl>
      <h2>{t("barometer.report.conversationIndex")}</h2>
      {content.conversationIndex ? (
        <>
          <p>
            {t("barometer.report.indexWeek", {
              week: v.i18n.date(new Date(`${content.conversationIndex.week}T12:00:00Z`)),
              index: number(Math.round(content.conversationIndex.index)),
            })}
          </p>
          <ul>
            {content.conversationIndex.components.map((component) => {
              const unit = COMPONENT_UNITS[component.name];
              const format = formatter(v, unit);
              return (
                <li key={component.name}>
                  {t(`barometer.index.component.${component.name}`)} :{" "}
                  {format(componentValue(component.name, component.value))}
                  {component.ci95 &&
                    ` ${t("barometer.report.between", {
                      low: format(componentValue(component.name, component.ci95[0])),
                      high: format(componentValue(component.name, component.ci95[1])),
                    })}`}{" "}
                  {t("barometer.report.items", { n: component.n })}
                  {component.verdict && ` — ${t(`barometer.verdict.${component.verdict}`)}`}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t("barometer.report.indexNotYet")}</p>
      )}
      <h2>{t("barometer.report.complaints")}</h2>
      {content.complaints ? (
        <p>
          {t("barometer.report.complaintsSummary", {
            year: content.complaints.year,
            received: content.complaints.received,
            answered: content.complaints.answered,
            inTime: content.complaints.answeredInTime,
          })}
        </p>
      ) : (
        <p>{t("barometer.report.noComplaints")}</p>
      )}
      <h2>{t("barometer.report.method")}</h2>
      <p>
        {t(content.method.weighted ? "barometer.report.method.weighted" : "barometer.report.method.raw", {
          minimum: content.method.minimumN,
        })}
      </p>
      <p>{t("barometer.report.method.intervals")}</p>
    </div>
  );
}

function Versions({ v, versions, current }: { v: ViewContext; versions: VersionLine[]; current?: number }) {
  const { t } = v.i18n;
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t("barometer.report.versions")}</h2>
      <ul>
        {versions.map((line) => (
          <li key={line.version}>
            {line.version === current ? (
              <span aria-current="page">
                {t("barometer.report.version", {
                  version: line.version,
                  date: v.i18n.date(line.publishedAt),
                })}
              </span>
            ) : (
              <a href={reportVersionPath(line.version)}>
                {t("barometer.report.version", {
                  version: line.version,
                  date: v.i18n.date(line.publishedAt),
                })}
              </a>
            )}
            {line.withdrawnAt &&
              ` — ${t("barometer.report.withdrawnOn", { date: v.i18n.date(line.withdrawnAt) })}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The public trust report (or one of its versions), as published. */
export function PublicReportPage(props: {
  v: ViewContext;
  version: number;
  publishedAt: Date;
  latest: boolean;
  content: TrustReportContent;
  versions: VersionLine[];
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout
      v={v}
      title={t("barometer.report.publicTitle")}
      description={t("barometer.report.publicIntro")}
      canonicalPath={props.latest ? REPORT_PATH : reportVersionPath(props.version)}
    >
      <h1>{t("barometer.report.publicTitle")}</h1>
      <p>{t("barometer.report.publicIntro")}</p>
      <p>
        {t("barometer.report.version", { version: props.version, date: v.i18n.date(props.publishedAt) })}
        {!props.latest && (
          <>
            {" "}
            <a href={REPORT_PATH}>{t("barometer.report.latest")}</a>
          </>
        )}
      </p>
      <ReportBody v={v} content={props.content} />
      <Versions v={v} versions={props.versions} current={props.version} />
    </Layout>
  );
}

/** Staff: what would be published now, the report's state, publish and withdraw. */
export function ReportAdminPage(props: {
  v: ViewContext;
  preview: TrustReportContent | null;
  published: { version: number; publishedAt: Date } | null;
  versions: VersionLine[];
}) {
  const { v, preview, published } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("barometer.report.adminTitle")}>
      <p>
        <a href={BAROMETER_PATH}>{t("barometer.back")}</a>
      </p>
      <h1>{t("barometer.report.adminTitle")}</h1>
      <p>{t("barometer.report.adminIntro")}</p>
      <p role="status">
        {published ? (
          <>
            {t("barometer.report.isPublished", {
              version: published.version,
              date: v.i18n.date(published.publishedAt),
            })}{" "}
            <a href={REPORT_PATH}>{t("barometer.report.publicLink")}</a>
          </>
        ) : (
          t("barometer.report.notPublished")
        )}
      </p>
      {preview ? (
        <>
          <h2>{t("barometer.report.preview")}</h2>
          <ReportBody v={v} content={preview} />
          <PostForm v={v} action={`${REPORT_ADMIN_PATH}/publier`}>
            <button type="submit" class="button">
              {published ? t("barometer.report.publishNew") : t("barometer.report.publish")}
            </button>
          </PostForm>
        </>
      ) : (
        <p>{t("barometer.report.nothingToPublish")}</p>
      )}
      {published && (
        <PostForm v={v} action={`${REPORT_ADMIN_PATH}/retirer`}>
          <button type="submit" class="button button--secondary">
            {t("barometer.report.withdraw")}
          </button>
        </PostForm>
      )}
      <Versions v={v} versions={props.versions} />
    </Layout>
  );
}
