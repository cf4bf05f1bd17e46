import { desc, eq, max } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { archiveStaffPublication } from "../archive/index.ts";
import { changeWords, sentenceStart } from "./change-words.ts";
import type { ComponentName } from "./conversation-index.ts";
import type { Point, Step, Verdict } from "./figures.ts";
import { trustReports } from "./schema.ts";

/**
 * The public trust report: what the bank chooses to publish of its barometer (the latest
 * wave's trust and NPS with their intervals, sample size and method, the change since the wave
 * before in words, the Conversation Index, the complaints summary). Each publication is a new
 * version, its figures frozen as published and its text archived word for word with every
 * other publication of the bank; withdrawing it hides it and is archived too. Visitors see it
 * only while its latest version is published.
 */
export const REPORT_PATH = "/barometre-de-confiance";
export const REPORT_SCOPE = "trust-report";
export const reportVersionPath = (version: number) => `${REPORT_PATH}/versions/${version}`;

export interface ReportFigure {
  value: number;
  ci95: readonly [number, number];
  n: number;
  effectiveN: number;
}

export interface TrustReportContent {
  wave: { label: string };
  trust: ReportFigure | null;
  trustChange: Pick<Step, "from" | "difference" | "p" | "verdict"> | null;
  nps: ReportFigure | null;
  method: { weighted: boolean; minimumN: number; dimensions: string[] };
  /** The Conversation Index's latest week with its components (docs/barometer.md); null until measured. */
  conversationIndex: {
    week: string;
    index: number;
    components: {
      name: ComponentName;
      value: number;
      ci95: readonly [number, number] | null;
      n: number;
      verdict: Verdict | null;
    }[];
  } | null;
  complaints: {
    year: number;
    received: number;
    answered: number;
    answeredInTime: number;
    medianDays: number | null;
  } | null;
}

export const figureOf = (point: Point | undefined): ReportFigure | null =>
  point && point.value !== null && point.ci95
    ? { value: point.value, ci95: point.ci95, n: point.n, effectiveN: point.effectiveN }
    : null;

export type TrustReport = typeof trustReports.$inferSelect & { content: TrustReportContent };

/** The report visitors read: the latest version, unless it was withdrawn. */
export async function publishedReport(ctx: AppContext): Promise<TrustReport | null> {
  const [latest] = await ctx.db.select().from(trustReports).orderBy(desc(trustReports.version)).limit(1);
  return latest && latest.withdrawnAt === null ? (latest as TrustReport) : null;
}

/** One version not withdrawn, while the report is published (a withdrawn report hides its history too). */
export async function reportVersion(ctx: AppContext, version: number): Promise<TrustReport | null> {
  if (!(await publishedReport(ctx))) return null;
  const [row] = await ctx.db.select().from(trustReports).where(eq(trustReports.version, version));
  return row && row.withdrawnAt === null ? (row as TrustReport) : null;
}

/** Every version, newest first, with who published it (for staff and the public history). */
export function reportVersions(ctx: AppContext) {
  return ctx.db
    .select({
      version: trustReports.version,
      publishedAt: trustReports.publishedAt,
      withdrawnAt: trustReports.withdrawnAt,
    })
    .from(trustReports)
    .orderBy(desc(trustReports.version));
}

/** The report as plain text in French, the words the archive keeps. */
export function reportText(content: TrustReportContent, version: number): string {
  const { t, number } = i18nFor("fr");
  const range = (f: ReportFigure, digits: number) =>
    t("barometer.report.text.range", {
      value: number(Number(f.value.toFixed(digits))),
      low: number(Number(f.ci95[0].toFixed(digits))),
      high: number(Number(f.ci95[1].toFixed(digits))),
      n: number(f.n),
    });
  const lines = [
    t("barometer.report.text.title", { version, wave: content.wave.label }),
    content.trust
      ? `${t("barometer.report.trust")} : ${range(content.trust, 1)}`
      : t("barometer.report.text.noTrust"),
    content.trustChange
      ? `${sentenceStart(t(`barometer.verdict.${content.trustChange.verdict}`))} ${t(
          "barometer.report.since",
          {
            wave: content.trustChange.from,
            difference: changeWords(i18nFor("fr"), content.trustChange.difference, "percent"),
          },
        )}`
      : "",
    content.nps ? `${t("barometer.report.nps")} : ${range(content.nps, 0)}` : "",
    t(content.method.weighted ? "barometer.report.method.weighted" : "barometer.report.method.raw", {
      minimum: content.method.minimumN,
    }),
    content.complaints
      ? t("barometer.report.text.complaints", {
          year: content.complaints.year,
          received: content.complaints.received,
          inTime: content.complaints.answeredInTime,
        })
      : "",
  ];
  return lines.filter((line) => line !== "").join("\n");
}

/** Publishes a new version of the report: numbered, archived and audited in one transaction. */
export async function publishReport(ctx: AppContext, actor: Actor, content: TrustReportContent) {
  const version = await runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "barometer-report", 0);
    const [last] = await ctx.db.select({ version: max(trustReports.version) }).from(trustReports);
    const version = (last?.version ?? 0) + 1;
    const at = ctx.clock.now();
    await ctx.db.insert(trustReports).values({ version, content, publishedAt: at, publishedBy: actor.id });
    await archiveStaffPublication(
      ctx.db,
      actor,
      {
        action: "published",
        placeType: "trust_report",
        placeId: version,
        placePath: reportVersionPath(version),
        body: reportText(content, version),
        at,
      },
      ctx.db,
    );
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "barometer.report_published",
      subjectType: "barometer_report",
      subjectId: version,
    });
    await ctx.pagesChanged([REPORT_SCOPE]);
    return version;
  });
  return version;
}

/** Withdraws the published report (its latest version): visitors no longer see it; archived. */
export async function withdrawReport(ctx: AppContext, actor: Actor): Promise<boolean> {
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "barometer-report", 0);
    const current = await publishedReport(ctx);
    if (!current) return false;
    const at = ctx.clock.now();
    await ctx.db
      .update(trustReports)
      .set({ withdrawnAt: at, withdrawnBy: actor.id })
      .where(eq(trustReports.id, current.id));
    await archiveStaffPublication(
      ctx.db,
      actor,
      {
        action: "deleted",
        placeType: "trust_report",
        placeId: current.version,
        placePath: reportVersionPath(current.version),
        body: reportText(current.content, current.version),
        at,
      },
      ctx.db,
    );
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "barometer.report_withdrawn",
      subjectType: "barometer_report",
      subjectId: current.version,
    });
    await ctx.pagesChanged([REPORT_SCOPE]);
    return true;
  });
}
