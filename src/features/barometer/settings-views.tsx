import { isMessageKey } from "../../platform/i18n/index.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { ErrorSummary, Field, PostForm } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { BAROMETER_PATH, SETTINGS_PATH } from "./paths.ts";
import { type BarometerSettings, type TypedSettings, targetField } from "./settings.ts";
import { DIMENSIONS, WEIGHTING_DIMENSIONS, type WeightingDimension } from "./weighting.ts";

/** The settings as the form shows them: the stored ones, or what a refused form typed. */
export function typedFrom(settings: BarometerSettings): TypedSettings {
  const typed: Record<string, string> = {
    weighting: settings.targets ? "1" : "",
    minimumN: String(settings.minimumN),
  };
  for (const dimension of DIMENSIONS)
    for (const category of WEIGHTING_DIMENSIONS[dimension]) {
      const value = settings.targets?.[dimension]?.[category];
      typed[targetField(dimension, category)] = value === undefined ? "" : String(value).replace(".", ",");
    }
  return typed;
}

export function SettingsPage(props: {
  v: ViewContext;
  typed: TypedSettings;
  errors?: FieldErrors | undefined;
  sums?: Partial<Record<WeightingDimension, number>> | undefined;
}) {
  const { v, typed, errors } = props;
  const { t, number } = v.i18n;
  const categoryLabel = (dimension: WeightingDimension, category: string) => {
    const key = `barometer.category.${dimension}.${category}`;
    return isMessageKey(key) ? t(key) : category;
  };
  return (
    <Layout v={v} title={t("barometer.settings.title")}>
      <p>
        <a href={BAROMETER_PATH}>{t("barometer.back")}</a>
      </p>
      <h1>{t("barometer.settings.title")}</h1>
      <p>{t("barometer.settings.intro")}</p>
      <ErrorSummary
        v={v}
        errors={errors}
        params={Object.fromEntries(
          DIMENSIONS.map((dimension) => [dimension, { total: number(props.sums?.[dimension] ?? 0) }]),
        )}
      />
      <PostForm v={v} action={SETTINGS_PATH}>
        <Field
          v={v}
          name="minimumN"
          label={t("barometer.settings.minimumN")}
          hint={t("barometer.settings.minimumNHint")}
          value={typed.minimumN}
          inputMode="numeric"
          errors={errors}
        />
        <div class="field">
          <label>
            <input type="checkbox" name="weighting" value="1" checked={typed.weighting === "1"} />{" "}
            {t("barometer.settings.weighting")}
          </label>
          <p class="field__hint">{t("barometer.settings.weightingHint")}</p>
        </div>
        {DIMENSIONS.map((dimension) => {
          const error = errors?.[dimension];
          const legendId = `field-${dimension}`;
          return (
            <fieldset
              key={dimension}
              id={legendId}
              tabindex={-1}
              aria-describedby={error ? `${legendId}-error` : undefined}
            >
              <legend>{t(`barometer.dimension.${dimension}`)}</legend>
              {error && (
                <p class="field__error" id={`${legendId}-error`}>
                  <span class="visually-hidden">{t("form.errorPrefix")} </span>
                  {t(error, { total: number(props.sums?.[dimension] ?? 0) })}
                </p>
              )}
              {WEIGHTING_DIMENSIONS[dimension].map((category) => (
                <Field
                  key={category}
                  v={v}
                  name={targetField(dimension, category)}
                  label={categoryLabel(dimension, category)}
                  value={typed[targetField(dimension, category)]}
                  inputMode="text"
                  errors={errors}
                />
              ))}
            </fieldset>
          );
        })}
        <button type="submit" class="button">
          {t("barometer.settings.save")}
        </button>
      </PostForm>
    </Layout>
  );
}
