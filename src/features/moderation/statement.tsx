import type { ViewContext } from "../../platform/views/context.ts";
import { type Decision, heldReasons } from "./decisions.ts";

/** A decision as its statement of reasons: what, which rule, how it was decided, until when. */
export function Statement({ v, decision }: { v: ViewContext; decision: Decision }) {
  const { t } = v.i18n;
  return (
    <dl class="statement">
      <dt>{t("decision.what")}</dt>
      <dd>{t(`decision.action.${decision.action}`)}</dd>
      {decision.excerpt && (
        <>
          <dt>{t("decision.concerns")}</dt>
          <dd>
            <blockquote>{decision.excerpt}</blockquote>
          </dd>
        </>
      )}
      <dt>{t("decision.rule")}</dt>
      <dd>{t(`decision.ground.${decision.ground}`)}</dd>
      <dt>{t("decision.how")}</dt>
      <dd>{decision.automated ? t("decision.how.automated") : t("decision.how.person")}</dd>
      <dt>{t("decision.reasons")}</dt>
      <dd>
        {decision.action === "held"
          ? heldReasons(decision.explanation)
              .map((reason) => t(`hold.reason.${reason}`))
              .join(" · ")
          : decision.explanation}
      </dd>
      <dt>{t("decision.date")}</dt>
      <dd>{v.i18n.dateTime(decision.createdAt)}</dd>
      {decision.until && (
        <>
          <dt>{t("decision.untilLabel")}</dt>
          <dd>{v.i18n.dateTime(decision.until)}</dd>
        </>
      )}
    </dl>
  );
}
