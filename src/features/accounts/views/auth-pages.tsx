import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostForm,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { DISPLAY_NAME_MAX } from "../validation.ts";
import { CurrentPasswordField, EmailField, NewPasswordField, SecondFactorCodeField } from "./fields.tsx";

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
        <EmailField v={v} value={values.email} errors={errors} />
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
        <NewPasswordField v={v} label="field.password" errors={errors} />
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
  problem?: "invalid" | "unverified" | "deactivated" | "suspended";
  oidcLabel?: string | undefined;
} & FormState) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("signIn.title")} narrow>
      <h1>{t("signIn.title")}</h1>
      {problem === "invalid" && <Notice kind="error">{t("signIn.invalid")}</Notice>}
      {problem === "deactivated" && <Notice kind="error">{t("signIn.deactivated")}</Notice>}
      {problem === "suspended" && <Notice kind="error">{t("signIn.suspended")}</Notice>}
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
        <EmailField v={v} value={values.email} autocomplete="username" errors={errors} />
        <CurrentPasswordField v={v} label="field.password" errors={errors} />
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

export function SecondFactorPage({
  v,
  next,
  failed,
  locked,
}: {
  v: ViewContext;
  next: string;
  failed?: boolean;
  locked?: boolean;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("secondFactor.title")} narrow>
      <h1>{t("secondFactor.title")}</h1>
      <p>{t("secondFactor.intro")}</p>
      <ErrorSummary
        v={v}
        errors={
          locked ? { code: "secondFactor.locked" } : failed ? { code: "secondFactor.invalid" } : undefined
        }
      />
      <PostForm v={v} action="/connexion/second-facteur">
        <input type="hidden" name="next" value={next} />
        <SecondFactorCodeField v={v} failed={failed} hint="secondFactor.hint" />
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
        <EmailField v={v} value={values.email} errors={errors} />
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
        <NewPasswordField v={v} errors={errors} />
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
