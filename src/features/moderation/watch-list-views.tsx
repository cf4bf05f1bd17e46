import { ErrorSummary, Field, type FieldErrors, PostForm, Select } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { PATTERN_MAX, patternProblem } from "../../text/watched-words.ts";
import { WATCHED_ACTIONS } from "./schema.ts";
import type { WatchedWord } from "./watch-list.ts";

export interface WatchedWordValues {
  pattern: string;
  isRegex: boolean;
  action: string;
  replacement: string;
}

export function WatchListPage(props: {
  v: ViewContext;
  words: WatchedWord[];
  values?: WatchedWordValues;
  errors?: FieldErrors;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  const values = props.values ?? { pattern: "", isRegex: false, action: "hold", replacement: "" };
  return (
    <Layout v={v} title={t("watched.title")}>
      <p>
        <a href="/moderation">{t("queue.back")}</a>
      </p>
      <h1>{t("watched.title")}</h1>
      <p>{t("watched.intro")}</p>
      {props.words.length === 0 ? (
        <p>{t("watched.empty")}</p>
      ) : (
        <section class="table-wrap" tabindex={0} aria-labelledby="watched-caption">
          <table class="data-table">
            <caption id="watched-caption">{t("watched.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("watched.pattern")}</th>
                <th scope="col">{t("watched.action")}</th>
                <th scope="col">{t("watched.replacement")}</th>
                <th scope="col">{t("watched.remove")}</th>
              </tr>
            </thead>
            <tbody>
              {props.words.map((word) => (
                <tr key={word.id}>
                  <th scope="row">
                    <code>{word.pattern}</code> {word.isRegex && <span>({t("watched.regex")})</span>}
                    {patternProblem(word.pattern, word.isRegex) && (
                      <p class="field__error">{t("watched.unusable")}</p>
                    )}
                  </th>
                  <td>{t(`watched.action.${word.action}`)}</td>
                  <td>{word.replacement ?? ""}</td>
                  <td>
                    <PostForm v={v} action={`/moderation/mots/${word.id}/supprimer`} class="inline-form">
                      <button type="submit" class="button button--secondary">
                        {t("watched.remove")}
                        <span class="visually-hidden"> ({word.pattern})</span>
                      </button>
                    </PostForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <h2>{t("watched.add")}</h2>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/moderation/mots">
        <Field
          v={v}
          name="pattern"
          label={t("watched.pattern")}
          hint={t("watched.patternHint", { max: PATTERN_MAX })}
          value={values.pattern}
          errors={errors}
          required
          maxLength={PATTERN_MAX}
        />
        <div class="field">
          <label>
            <input type="checkbox" name="isRegex" value="1" checked={values.isRegex} /> {t("watched.isRegex")}
          </label>
        </div>
        <Select
          v={v}
          name="action"
          label={t("watched.action")}
          value={values.action}
          errors={errors}
          options={WATCHED_ACTIONS.map((action) => ({ value: action, label: t(`watched.action.${action}`) }))}
        />
        <Field
          v={v}
          name="replacement"
          label={t("watched.replacement")}
          hint={t("watched.replacementHint")}
          value={values.replacement}
          errors={errors}
          maxLength={100}
        />
        <button type="submit" class="button">
          {t("watched.add")}
        </button>
      </PostForm>
    </Layout>
  );
}
