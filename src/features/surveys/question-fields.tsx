import type { MessageKey } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import type { Question } from "./editor.ts";
import { AGE_BANDS, CLIENT_STATUSES, REGIONS, SCORE_RANGES, TEXT_MAX, TRUST_CHOICES } from "./model.ts";

/**
 * One question as a form shows it, the same in the preview and on the answering pages: a
 * fieldset with its legend (the wording in the reader's language, "optional" said), its choices
 * as radio buttons or check boxes, or a text area; its error tied to it for screen readers.
 * No script: every control is a plain form control, reachable and answerable by keyboard.
 */
const SCORE_LABEL: Record<"satisfaction" | "effort", (n: number) => MessageKey> = {
  satisfaction: (n) => `surveys.satisfaction.${n as 1 | 2 | 3 | 4 | 5}`,
  effort: (n) => `surveys.effort.${n as 1 | 2 | 3 | 4 | 5}`,
};

export const wordingOf = (v: ViewContext, question: Pick<Question, "wordingFr" | "wordingEn">) =>
  v.i18n.locale === "en" ? question.wordingEn : question.wordingFr;

function options(v: ViewContext, question: Question): { value: string; label: string }[] {
  const { t } = v.i18n;
  switch (question.kind) {
    case "trust":
      return TRUST_CHOICES.map((c) => ({ value: c, label: t(`surveys.trust.${c}`) }));
    case "single":
    case "multiple":
      return question.choices.map((c) => ({ value: c.value, label: v.i18n.locale === "en" ? c.en : c.fr }));
    case "nps":
    case "satisfaction":
    case "effort": {
      const { min, max } = SCORE_RANGES[question.kind];
      const kind = question.kind;
      return Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => ({
        value: String(n),
        label: kind === "nps" ? String(n) : t(SCORE_LABEL[kind](n)),
      }));
    }
    default:
      return [];
  }
}

export function QuestionField(props: {
  v: ViewContext;
  question: Question;
  number: number;
  value: string | string[] | undefined;
  errors?: FieldErrors | undefined;
  disabled?: boolean;
}) {
  const { v, question } = props;
  const { t } = v.i18n;
  const name = `q${question.id}`;
  const id = `field-${name}`;
  const errorKey = props.errors?.[name];
  const values =
    props.value === undefined ? [] : typeof props.value === "string" ? [props.value] : props.value;
  const hintId = `${id}-hint`;
  const hint =
    question.kind === "nps"
      ? t("surveys.nps.hint")
      : question.kind === "multiple"
        ? t("surveys.multiple.hint")
        : undefined;
  const describedBy =
    [hint ? hintId : "", errorKey ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const legend = (
    <legend>
      <span class="survey-question__number">{t("surveys.answer.number", { number: props.number })}</span>{" "}
      {wordingOf(v, question)}
      {question.optional && <span class="field__optional"> {t("surveys.answer.optional")}</span>}
    </legend>
  );
  const error = errorKey && (
    <p class="field__error" id={`${id}-error`}>
      <span class="visually-hidden">{t("form.errorPrefix")} </span>
      {t(errorKey)}
    </p>
  );
  if (question.kind === "text")
    return (
      <fieldset class={errorKey ? "choices field--error" : "choices"} id={id}>
        {legend}
        {error}
        <label for={`${id}-text`} class="visually-hidden">
          {wordingOf(v, question)}
        </label>
        <p class="field__hint" id={hintId}>
          {t("surveys.text.hint", { max: TEXT_MAX })}
        </p>
        <textarea
          id={`${id}-text`}
          name={name}
          rows={5}
          maxLength={TEXT_MAX}
          disabled={props.disabled}
          aria-invalid={errorKey ? "true" : undefined}
          aria-describedby={[hintId, errorKey ? `${id}-error` : ""].filter(Boolean).join(" ")}
        >
          {values[0] ?? ""}
        </textarea>
      </fieldset>
    );
  const type = question.kind === "multiple" ? "checkbox" : "radio";
  return (
    <fieldset
      class={`${errorKey ? "choices field--error" : "choices"}${question.kind === "nps" ? " choices--scale" : ""}`}
      id={id}
      aria-describedby={describedBy}
    >
      {legend}
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error}
      {options(v, question).map((option) => (
        <label key={option.value}>
          <input
            type={type}
            name={name}
            value={option.value}
            checked={values.includes(option.value)}
            disabled={props.disabled}
          />{" "}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The profile asked at the end, every part optional, said to be used only for weighting. */
export function ProfileFields(props: {
  v: ViewContext;
  profile: { ageBand: string | null; region: string | null; isClient: boolean | null };
  disabled?: boolean;
}) {
  const { v, profile } = props;
  const { t } = v.i18n;
  const client = profile.isClient === null ? "" : profile.isClient ? "client" : "non_client";
  return (
    <>
      <p>{t("surveys.profile.intro")}</p>
      <div class="field">
        <label for="field-ageBand">
          {t("surveys.profile.age_band")} <span class="field__optional">{t("surveys.answer.optional")}</span>
        </label>
        <select id="field-ageBand" name="ageBand" disabled={props.disabled}>
          <option value="">{t("surveys.profile.unsaid")}</option>
          {AGE_BANDS.map((band) => (
            <option key={band} value={band} selected={profile.ageBand === band}>
              {t("surveys.profile.ageBand", { band })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="field-region">
          {t("surveys.profile.region")} <span class="field__optional">{t("surveys.answer.optional")}</span>
        </label>
        <select id="field-region" name="region" disabled={props.disabled}>
          <option value="">{t("surveys.profile.unsaid")}</option>
          {REGIONS.map((region) => (
            <option key={region} value={region} selected={profile.region === region}>
              {t(`surveys.region.${region}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="choices" id="field-client">
        <legend>
          {t("surveys.profile.client")} <span class="field__optional">{t("surveys.answer.optional")}</span>
        </legend>
        {CLIENT_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="radio"
              name="client"
              value={status}
              checked={client === status}
              disabled={props.disabled}
            />{" "}
            {t(`surveys.profile.client.${status}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
