import { PASSWORD_MIN } from "../../../platform/auth/passwords.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostForm,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { DISPLAY_NAME_MAX, EMAIL_MAX } from "../validation.ts";

interface FormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
}

export function SignUpPage({ v, values = {}, errors }: { v: ViewContext } & FormState) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("signUp.title")} narrow>
      <h1>{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/inscription">
        <Field
          v={v}
          name="email"
          type="email"
          label={t("field.email")}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
          maxLength={EMAIL_MAX}
        />
        <Field
          v={v}
          name="displayName"
          label={t("field.displayName")}
          hint={t("signUp.displayNameHint")}
          value={values.displayName}
          errors={errors}
          autocomplete="nickname"
          required
          maxLength={DISPLAY_NAME_MAX}
        />
        <Field
          v={v}
          name="password"
          type="password"
          label={t("field.password")}
          hint={t("password.hint", { min: PASSWORD_MIN })}
          errors={errors}
          autocomplete="new-password"
          required
        />
        <button type="submit" class="button">
          {t("signUp.submit")}
        </button>
      </PostForm>
      <p>
        {t("signUp.haveAccount")} <a href="/connexion">{t("nav.signIn")}</a>
      </p>
    </Layout>
  );
}

export function CheckYourEmailPage({
  v,
  titleKey,
  bodyKey,
}: {
  v: ViewContext;
  titleKey: "signUp.checkEmail.title" | "reset.sent.title" | "account.email.sent.title";
  bodyKey: "signUp.checkEmail.body" | "reset.sent.body" | "account.email.sent.body";
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t(titleKey)} narrow>
      <h1>{t(titleKey)}</h1>
      <p>{t(bodyKey)}</p>
    </Layout>
  );
}

export function SignInPage({
  v,
  values = {},
  errors,
  next,
  problem,
  oidcLabel,
}: {
  v: ViewContext;
  next: string;
  problem?: "invalid" | "unverified" | "deactivated";
  oidcLabel?: string | undefined;
} & FormState) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("signIn.title")} narrow>
      <h1>{t("signIn.title")}</h1>
      {problem === "invalid" && <Notice kind="error">{t("signIn.invalid")}</Notice>}
      {problem === "deactivated" && <Notice kind="error">{t("signIn.deactivated")}</Notice>}
      {problem === "unverified" && (
        <Notice kind="error">
          <p>{t("signIn.unverified")}</p>
          <PostForm v={v} action="/inscription/renvoyer">
            <input type="hidden" name="email" value={values.email ?? ""} />
            <button type="submit" class="button button--secondary">
              {t("signIn.resend")}
            </button>
          </PostForm>
        </Notice>
      )}
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/connexion">
        <input type="hidden" name="next" value={next} />
        <Field
          v={v}
          name="email"
          type="email"
          label={t("field.email")}
          value={values.email}
          errors={errors}
          autocomplete="username"
          required
          maxLength={EMAIL_MAX}
        />
        <Field
          v={v}
          name="password"
          type="password"
          label={t("field.password")}
          errors={errors}
          autocomplete="current-password"
          required
        />
        <button type="submit" class="button">
          {t("signIn.submit")}
        </button>
      </PostForm>
      <p>
        <a href="/mot-de-passe-oublie">{t("signIn.forgot")}</a>
      </p>
      <p>
        {t("signIn.noAccount")} <a href="/inscription">{t("nav.signUp")}</a>
      </p>
      {oidcLabel && (
        <section aria-labelledby="staff-sign-in" class="card">
          <h2 id="staff-sign-in">{t("signIn.staffTitle")}</h2>
          <p>
            <a class="button button--secondary" href="/connexion/oidc">
              {t("signIn.withProvider", { provider: oidcLabel })}
            </a>
          </p>
        </section>
      )}
    </Layout>
  );
}

export function SecondFactorPage({ v, failed }: { v: ViewContext; failed?: boolean }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("secondFactor.title")} narrow>
      <h1>{t("secondFactor.title")}</h1>
      <p>{t("secondFactor.intro")}</p>
      <ErrorSummary v={v} errors={failed ? { code: "secondFactor.invalid" } : undefined} />
      <PostForm v={v} action="/connexion/second-facteur">
        <Field
          v={v}
          name="code"
          label={t("field.totpCode")}
          hint={t("secondFactor.hint")}
          errors={failed ? { code: "secondFactor.invalid" } : undefined}
          autocomplete="one-time-code"
          required
          maxLength={20}
        />
        <button type="submit" class="button">
          {t("secondFactor.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function ForgotPasswordPage({ v, values = {}, errors }: { v: ViewContext } & FormState) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reset.title")} narrow>
      <h1>{t("reset.title")}</h1>
      <p>{t("reset.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/mot-de-passe-oublie">
        <Field
          v={v}
          name="email"
          type="email"
          label={t("field.email")}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
          maxLength={EMAIL_MAX}
        />
        <button type="submit" class="button">
          {t("reset.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function NewPasswordPage({ v, token, errors }: { v: ViewContext; token: string } & FormState) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reset.newTitle")} narrow>
      <h1>{t("reset.newTitle")}</h1>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/mot-de-passe-oublie/nouveau">
        <input type="hidden" name="jeton" value={token} />
        <Field
          v={v}
          name="password"
          type="password"
          label={t("field.newPassword")}
          hint={t("password.hint", { min: PASSWORD_MIN })}
          errors={errors}
          autocomplete="new-password"
          required
        />
        <button type="submit" class="button">
          {t("reset.save")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function LinkResultPage({
  v,
  ok,
  okKey,
  failKey,
}: {
  v: ViewContext;
  ok: boolean;
  okKey: "verify.ok" | "account.email.changed";
  failKey: "link.expired";
}) {
  const { t } = v.i18n;
  const title = ok ? t(okKey) : t(failKey);
  return (
    <Layout v={v} title={title} narrow>
      <h1>{title}</h1>
      {ok ? (
        <p>
          <a class="button" href={v.actor ? "/compte" : "/connexion"}>
            {v.actor ? t("nav.account") : t("nav.signIn")}
          </a>
        </p>
      ) : (
        <p>{t("link.expiredHelp")}</p>
      )}
    </Layout>
  );
}
