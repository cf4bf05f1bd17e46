import { ErrorSummary, Field, type FieldErrors, PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { REVIEW_QUEUE_PATH, REVIEW_SETTINGS_PATH } from "../paths.ts";
import { SETTING_BOUNDS, SETTING_NAMES, type TypedSettings } from "../settings-typed.ts";

/** The procedure's settings: what the disclosure page states and the code follows. */
export function ReviewSettingsPage(props: { v: ViewContext; typed: TypedSettings; errors?: FieldErrors }) {
  const { v, typed, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.settings.title")} narrow>
      <p>
        <a href={REVIEW_QUEUE_PATH}>{t("reviews.queue.back")}</a>
      </p>
      <h1>{t("reviews.settings.title")}</h1>
      <p>{t("reviews.settings.lead")}</p>
      <PostForm v={v} action={REVIEW_SETTINGS_PATH}>
        <ErrorSummary v={v} errors={errors} />
        {SETTING_NAMES.map((name) => (
          <Field
            key={name}
            v={v}
            name={name}
            label={t(`reviews.settings.${name}`)}
            hint={t("reviews.settings.bounds", SETTING_BOUNDS[name])}
            value={typed[name]}
            errors={errors}
            inputMode="numeric"
            required
          />
        ))}
        <button type="submit" class="button">
          {t("reviews.settings.save")}
        </button>
      </PostForm>
    </Layout>
  );
}
