import type { LabelledFinding } from "../../text/personal-data-masking.ts";
import type { ViewContext } from "./context.ts";

/**
 * Shown before publication when a text holds personal data: what will be masked, and a hidden
 * field saying the author has seen it. Publishing again publishes the masked text.
 */
export function MaskingNotice({ v, findings }: { v: ViewContext; findings: LabelledFinding[] | undefined }) {
  if (!findings || findings.length === 0) return null;
  const { t } = v.i18n;
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.label, (counts.get(finding.label) ?? 0) + 1);
  return (
    <div class="notice notice--info" role="status" id="masking-notice">
      <p class="notice__title">{t("personalData.notice.title")}</p>
      <ul>
        {[...counts].map(([label, count]) => (
          <li key={label}>
            {label} ({v.i18n.number(count)})
          </li>
        ))}
      </ul>
      <p>{t("personalData.notice.body")}</p>
      <input type="hidden" name="confirmMasking" value="1" />
    </div>
  );
}
