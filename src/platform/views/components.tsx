import type { ComponentChildren } from "preact";
import type { MessageKey, Params } from "../i18n/index.ts";
import type { ViewContext } from "./context.ts";

export type FieldErrors = Partial<Record<string, MessageKey>>;

export function Csrf({ v }: { v: ViewContext }) {
  return <input type="hidden" name="_csrf" value={v.csrfToken} />;
}

/** A POST form that always carries the CSRF token. */
export function PostForm({
  v,
  action,
  children,
  ...rest
}: {
  v: ViewContext;
  action: string;
  children: ComponentChildren;
  class?: string;
  id?: string;
  enctype?: "multipart/form-data";
  /** htmx attributes, for forms that also work without script. */
  [htmx: `hx-${string}`]: string | undefined;
}) {
  return (
    <form method="post" action={action} novalidate {...rest}>
      <Csrf v={v} />
      {children}
    </form>
  );
}

interface FieldProps {
  v: ViewContext;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search" | "url" | "number" | "datetime-local";
  value?: string | undefined;
  hint?: string;
  errors?: FieldErrors;
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "text" | "email";
}

/** Label, hint and error of one field, tied to the control by ids for screen readers. */
function FieldShell(props: {
  v: ViewContext;
  id: string;
  label: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  errorKey: MessageKey | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={props.errorKey ? "field field--error" : "field"}>
      <label for={props.id}>
        {props.label}
        {props.required && <span class="field__required"> {props.v.i18n.t("form.required")}</span>}
      </label>
      {props.hint && (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.errorKey && (
        <p class="field__error" id={`${props.id}-error`}>
          <span class="visually-hidden">{props.v.i18n.t("form.errorPrefix")} </span>
          {props.v.i18n.t(props.errorKey)}
        </p>
      )}
      {props.children}
    </div>
  );
}

function describedBy(
  id: string,
  hint: string | undefined,
  errorKey: MessageKey | undefined,
): string | undefined {
  return [hint ? `${id}-hint` : "", errorKey ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function Field(props: FieldProps) {
  const id = `field-${props.name}`;
  const errorKey = props.errors?.[props.name];
  return (
    <FieldShell
      v={props.v}
      id={id}
      label={props.label}
      required={props.required}
      hint={props.hint}
      errorKey={errorKey}
    >
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.type === "password" ? "" : (props.value ?? "")}
        autocomplete={props.autocomplete}
        required={props.required}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        aria-invalid={errorKey ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, errorKey)}
      />
    </FieldShell>
  );
}

/**
 * A labelled file input (a CSV to import), its error tied to it like Field's; the error comes in
 * words, since it may name what was wrong in the file.
 */
export function FileField(props: {
  v: ViewContext;
  name: string;
  label: string;
  accept: string;
  error?: string | undefined;
}) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <label for={id}>{props.label}</label>
      {props.error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{props.v.i18n.t("form.errorPrefix")} </span>
          {props.error}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type="file"
        accept={props.accept}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      />
    </div>
  );
}

/** A labelled drop-down list, with its hint and error tied to it like Field's. */
export function Select(props: {
  v: ViewContext;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
}) {
  const id = `field-${props.name}`;
  const errorKey = props.errors?.[props.name];
  return (
    <FieldShell v={props.v} id={id} label={props.label} hint={props.hint} errorKey={errorKey}>
      <select
        id={id}
        name={props.name}
        aria-invalid={errorKey ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, errorKey)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Listed at the top of a rejected form, focused by the browser as an alert, each linking to its field. */
/** `params`: a message's placeholders per field (« font {total} % »), the same the field's own error is given. */
export function ErrorSummary({
  v,
  errors,
  params,
}: {
  v: ViewContext;
  errors: FieldErrors | undefined;
  params?: Readonly<Record<string, Params>>;
}) {
  const entries = Object.entries(errors ?? {}).filter((e): e is [string, MessageKey] => Boolean(e[1]));
  if (entries.length === 0) return null;
  return (
    <div class="notice notice--error" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="notice__title">
        {v.i18n.t("form.errorSummary")}
      </h2>
      <ul>
        {entries.map(([name, key]) => (
          <li key={name}>
            <a href={`#field-${name}`}>{v.i18n.t(key, params?.[name])}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Notice(props: { kind: "info" | "success" | "error"; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${props.kind}`} role={props.kind === "error" ? "alert" : "status"}>
      {props.children}
    </div>
  );
}

/** Numbered pages with real URLs (works without JavaScript, indexable). */
export function Pagination({
  v,
  page,
  pageCount,
  href,
}: {
  v: ViewContext;
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const { t } = v.i18n;
  const around = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={t("pagination.label")} class="pagination">
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t("pagination.previous")}
            </a>
          </li>
        )}
        {around.map((p, i) => (
          <li key={p}>
            {i > 0 && p - (around[i - 1] ?? p) > 1 && <span aria-hidden="true">… </span>}
            {p === page ? (
              <span aria-current="page">{t("pagination.page", { page: p })}</span>
            ) : (
              <a href={href(p)}>{t("pagination.page", { page: p })}</a>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t("pagination.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/**
 * A page of a long list says where it stands ("Affichage de 51 à 100 sur 240"), so nothing looks
 * like the whole list when it is not. Put it above the list, and Pagination below.
 */
export function PageCount({
  v,
  page,
}: {
  v: ViewContext;
  page: { first: number; total: number; pageCount: number; items: readonly unknown[] };
}) {
  if (page.total === 0) return null;
  const { t, number } = v.i18n;
  return (
    <p class="page-count">
      {page.pageCount > 1
        ? t("pagination.range", {
            from: number(page.first),
            to: number(page.first + page.items.length - 1),
            total: number(page.total),
          })
        : t("pagination.total", { total: number(page.total) })}
    </p>
  );
}

/** A labelled multi-line field, with its hint and error tied to it like Field's. */
export function TextArea(props: {
  v: ViewContext;
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string;
  errors?: FieldErrors | undefined;
  required?: boolean;
  maxLength?: number;
  rows?: number;
}) {
  const id = `field-${props.name}`;
  const errorKey = props.errors?.[props.name];
  return (
    <FieldShell
      v={props.v}
      id={id}
      label={props.label}
      required={props.required}
      hint={props.hint}
      errorKey={errorKey}
    >
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 8}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={errorKey ? "true" : undefined}
        aria-describedby={describedBy(id, props.hint, errorKey)}
      >
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

/** A group of radio buttons under a legend, with its error tied to it like Field's. */
export function RadioGroup(props: {
  v: ViewContext;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  errors?: FieldErrors | undefined;
}) {
  const id = `field-${props.name}`;
  const errorKey = props.errors?.[props.name];
  return (
    <fieldset
      class={errorKey ? "choices field--error" : "choices"}
      id={id}
      aria-describedby={errorKey ? `${id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {errorKey && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{props.v.i18n.t("form.errorPrefix")} </span>
          {props.v.i18n.t(errorKey)}
        </p>
      )}
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value || props.options.length === 1}
          />{" "}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A consent of its own: never ticked in advance, its words the ones the consent ledger records,
 * its error tied to it for screen readers.
 */
export function ConsentCheckbox(props: {
  v: ViewContext;
  id: string;
  name: string;
  label: string;
  checked: boolean;
  errorKey?: MessageKey | undefined;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div class={props.errorKey ? "field field--error" : "field"}>
      {props.errorKey && (
        <p class="field__error" id={errorId}>
          <span class="visually-hidden">{props.v.i18n.t("form.errorPrefix")} </span>
          {props.v.i18n.t(props.errorKey)}
        </p>
      )}
      <label class="checkbox">
        <input
          type="checkbox"
          id={props.id}
          name={props.name}
          value="1"
          checked={props.checked}
          aria-describedby={props.errorKey ? errorId : undefined}
        />{" "}
        {props.label}
      </label>
    </div>
  );
}
