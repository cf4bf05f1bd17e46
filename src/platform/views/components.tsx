import type { ComponentChildren } from "preact";
import type { MessageKey } from "../i18n/index.ts";
import type { ViewContext } from "./context.ts";

export type FieldErrors = Partial<Record<string, MessageKey>>;

export function Csrf({ v }: { v: ViewContext }) {
  return <input type="hidden" name="_csrf" value={v.csrfToken} />;
}

/** A POST form that always carries the CSRF token. */
export function PostForm(props: {
  v: ViewContext;
  action: string;
  children: ComponentChildren;
  class?: string;
  id?: string;
}) {
  return (
    <form method="post" action={props.action} class={props.class} id={props.id} novalidate>
      <Csrf v={props.v} />
      {props.children}
    </form>
  );
}

interface FieldProps {
  v: ViewContext;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search" | "url";
  value?: string | undefined;
  hint?: string;
  errors?: FieldErrors;
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric" | "text" | "email";
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function Field(props: FieldProps) {
  const id = `field-${props.name}`;
  const errorKey = props.errors?.[props.name];
  const describedBy = [props.hint ? `${id}-hint` : "", errorKey ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={errorKey ? "field field--error" : "field"}>
      <label for={id}>
        {props.label}
        {props.required && <span class="field__required"> {props.v.i18n.t("form.required")}</span>}
      </label>
      {props.hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {errorKey && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{props.v.i18n.t("form.errorPrefix")} </span>
          {props.v.i18n.t(errorKey)}
        </p>
      )}
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
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

/** Listed at the top of a rejected form, focused by the browser as an alert, each linking to its field. */
export function ErrorSummary({ v, errors }: { v: ViewContext; errors: FieldErrors | undefined }) {
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
            <a href={`#field-${name}`}>{v.i18n.t(key)}</a>
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
