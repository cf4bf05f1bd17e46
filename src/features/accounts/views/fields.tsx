import { PASSWORD_MIN } from "../../../platform/auth/passwords.ts";
import type { MessageKey } from "../../../platform/i18n/index.ts";
import { Field, type FieldErrors } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { EMAIL_MAX } from "../validation.ts";

/** The account forms' recurring fields, each with its label, limits and autocomplete hint in one place. */

interface Common {
  v: ViewContext;
  errors?: FieldErrors | undefined;
  name?: string;
  label?: MessageKey;
}

export function EmailField({
  v,
  errors,
  name = "email",
  label = "field.email",
  value,
  autocomplete = "email",
}: Common & { value?: string | undefined; autocomplete?: "email" | "username" }) {
  return (
    <Field
      v={v}
      name={name}
      type="email"
      label={v.i18n.t(label)}
      value={value}
      errors={errors}
      autocomplete={autocomplete}
      required
      maxLength={EMAIL_MAX}
    />
  );
}

/** A password being chosen: the rules are told up front, and managers may suggest one. */
export function NewPasswordField({ v, errors, name = "password", label = "field.newPassword" }: Common) {
  return (
    <Field
      v={v}
      name={name}
      type="password"
      label={v.i18n.t(label)}
      hint={v.i18n.t("password.hint", { min: PASSWORD_MIN })}
      errors={errors}
      autocomplete="new-password"
      required
    />
  );
}

/** The password the person already has (sign-in, or confirming a sensitive change). */
export function CurrentPasswordField({
  v,
  errors,
  name = "password",
  label = "field.currentPassword",
}: Common) {
  return (
    <Field
      v={v}
      name={name}
      type="password"
      label={v.i18n.t(label)}
      errors={errors}
      autocomplete="current-password"
      required
    />
  );
}

/** A TOTP code or a recovery code. */
export function SecondFactorCodeField({
  v,
  failed,
  hint,
}: {
  v: ViewContext;
  failed?: boolean | undefined;
  hint?: MessageKey;
}) {
  return (
    <Field
      v={v}
      name="code"
      label={v.i18n.t("field.totpCode")}
      {...(hint ? { hint: v.i18n.t(hint) } : {})}
      errors={failed ? { code: "secondFactor.invalid" } : undefined}
      autocomplete="one-time-code"
      required
      maxLength={20}
    />
  );
}
