import { ErrorSummary, Field, type FieldErrors, PostForm, Select } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { CannedReply, CannedReplyValues } from "./canned-replies.ts";

export const CANNED_REPLIES_PATH = "/admin/boite/reponses-types";

/** The canned replies: each one editable in place, and a form for a new one. */
export function CannedRepliesPage(props: {
  v: ViewContext;
  replies: CannedReply[];
  /** The form sent back with its problems: a new reply (id null) or one being edited. */
  rejected?: { id: number | null; values: CannedReplyValues; errors: FieldErrors };
}) {
  const { v, rejected } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.canned.title")}>
      <p>
        <a href="/admin/boite">{t("inbox.conversation.back")}</a>
      </p>
      <h1>{t("inbox.canned.title")}</h1>
      <p>{t("inbox.canned.intro")}</p>
      {props.replies.length === 0 && <p>{t("inbox.canned.none")}</p>}
      {props.replies.map((reply) => {
        const mine = rejected?.id === reply.id ? rejected : undefined;
        return (
          <section key={reply.id} aria-labelledby={`canned-${reply.id}`} class="inbox-canned-reply">
            <h2 id={`canned-${reply.id}`}>
              /{reply.shortcut} · {reply.title} ({reply.locale.toUpperCase()})
            </h2>
            <details open={Boolean(mine)}>
              <summary>{t("inbox.canned.edit", { title: reply.title })}</summary>
              <CannedReplyForm
                v={v}
                action={`${CANNED_REPLIES_PATH}/${reply.id}`}
                prefix={`r${reply.id}`}
                values={mine?.values ?? reply}
                errors={mine?.errors}
                submit={t("inbox.canned.save")}
              />
            </details>
            <pre class="inbox-canned-reply__body">{reply.body}</pre>
            <PostForm v={v} action={`${CANNED_REPLIES_PATH}/${reply.id}/supprimer`}>
              <button type="submit" class="button button--danger button--small">
                {t("inbox.canned.delete", { title: reply.title })}
              </button>
            </PostForm>
          </section>
        );
      })}
      <section aria-labelledby="canned-new">
        <h2 id="canned-new">{t("inbox.canned.new")}</h2>
        <CannedReplyForm
          v={v}
          action={CANNED_REPLIES_PATH}
          prefix="new"
          values={
            rejected?.id === null
              ? rejected.values
              : { shortcut: "", locale: v.i18n.locale, title: "", body: "" }
          }
          errors={rejected?.id === null ? rejected.errors : undefined}
          submit={t("inbox.canned.create")}
        />
      </section>
    </Layout>
  );
}

function CannedReplyForm(props: {
  v: ViewContext;
  action: string;
  /** Keeps the ids of the page's several forms apart. */
  prefix: string;
  values: CannedReplyValues;
  errors: FieldErrors | undefined;
  submit: string;
}) {
  const { v, prefix, values } = props;
  const { t } = v.i18n;
  // Field ids are "field-<name>": prefixed names keep them unique; the route reads them back.
  const errors = props.errors
    ? Object.fromEntries(Object.entries(props.errors).map(([k, e]) => [`${prefix}-${k}`, e]))
    : undefined;
  const bodyError = errors?.[`${prefix}-body`];
  return (
    <>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={props.action}>
        <input type="hidden" name="prefix" value={prefix} />
        <Field
          v={v}
          name={`${prefix}-shortcut`}
          label={t("inbox.canned.shortcut")}
          hint={t("inbox.canned.shortcutHint")}
          value={values.shortcut}
          errors={errors}
          maxLength={30}
        />
        <Select
          v={v}
          name={`${prefix}-locale`}
          label={t("inbox.canned.locale")}
          value={values.locale}
          errors={errors}
          options={[
            { value: "fr", label: t("inbox.conversation.languageName.fr") },
            { value: "en", label: t("inbox.conversation.languageName.en") },
          ]}
        />
        <Field
          v={v}
          name={`${prefix}-title`}
          label={t("inbox.canned.titleField")}
          value={values.title}
          errors={errors}
          maxLength={120}
        />
        <div class={bodyError ? "field field--error" : "field"}>
          <label for={`field-${prefix}-body`}>{t("inbox.canned.body")}</label>
          {bodyError && (
            <p class="field__error" id={`field-${prefix}-body-error`}>
              {t(bodyError)}
            </p>
          )}
          <textarea
            id={`field-${prefix}-body`}
            name={`${prefix}-body`}
            rows={6}
            aria-invalid={bodyError ? "true" : undefined}
            aria-describedby={bodyError ? `field-${prefix}-body-error` : undefined}
          >
            {values.body}
          </textarea>
        </div>
        <button type="submit" class="button">
          {props.submit}
        </button>
      </PostForm>
    </>
  );
}
