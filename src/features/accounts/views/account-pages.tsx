import type { Actor } from "../../../platform/auth/actor.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostForm,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { CurrentPasswordField, EmailField, NewPasswordField, SecondFactorCodeField } from "./fields.tsx";

/** The account's sections, the community's notification settings and bookmarks among them. */
export function AccountNav({ v, current }: { v: ViewContext; current: string }) {
  const { t } = v.i18n;
  const links: [string, string][] = [
    ["/compte", t("account.nav.overview")],
    ["/compte/messages", t("account.nav.messages")],
    ["/compte/avis", t("account.nav.reviews")],
    ["/compte/notifications", t("account.nav.notifications")],
    ["/compte/signets", t("account.nav.bookmarks")],
    ["/compte/moderation", t("account.nav.moderation")],
    ["/compte/donnees", t("account.nav.data")],
    ["/compte/securite", t("account.nav.security")],
    ["/compte/sessions", t("account.nav.sessions")],
    ["/compte/supprimer", t("account.nav.delete")],
  ];
  return (
    <nav aria-label={t("account.nav.label")} class="sub-nav">
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} aria-current={href === current ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AccountPage(props: {
  v: ViewContext;
  actor: Actor;
  passwordErrors?: FieldErrors;
  nameErrors?: FieldErrors;
  nameValue?: string;
  emailErrors?: FieldErrors;
  emailValue?: string;
  hasPassword: boolean;
  memberSince: Date;
}) {
  const { v, actor } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("account.title")}>
      <h1>{t("account.title")}</h1>
      <AccountNav v={v} current="/compte" />
      <section aria-labelledby="profile-title" class="card">
        <h2 id="profile-title">{t("account.profile")}</h2>
        <dl class="facts">
          <dt>{t("field.displayName")}</dt>
          <dd>{actor.displayName}</dd>
          <dt>{t("field.email")}</dt>
          <dd>{actor.email}</dd>
          <dt>{t("account.role")}</dt>
          <dd>{t(`role.${actor.role}`)}</dd>
          <dt>{t("account.memberSince")}</dt>
          <dd>{v.i18n.date(props.memberSince)}</dd>
        </dl>
        <p>
          <a href={`/membres/${actor.id}`}>{t("account.publicProfile")}</a>
        </p>
      </section>
      <section aria-labelledby="name-title" class="card">
        <h2 id="name-title">{t("account.displayName.title")}</h2>
        <ErrorSummary v={v} errors={props.nameErrors} />
        <PostForm v={v} action="/compte/nom">
          <Field
            v={v}
            name="displayName"
            label={t("field.displayName")}
            hint={t("signUp.displayNameHint")}
            value={props.nameValue ?? actor.displayName}
            errors={props.nameErrors}
            required
            maxLength={40}
            autocomplete="nickname"
          />
          <button type="submit" class="button">
            {t("account.displayName.submit")}
          </button>
        </PostForm>
      </section>
      {props.hasPassword && (
        <section aria-labelledby="password-title" class="card">
          <h2 id="password-title">{t("account.password.title")}</h2>
          <ErrorSummary v={v} errors={props.passwordErrors} />
          <PostForm v={v} action="/compte/mot-de-passe">
            <CurrentPasswordField v={v} name="current" errors={props.passwordErrors} />
            <NewPasswordField v={v} name="next" errors={props.passwordErrors} />
            <button type="submit" class="button">
              {t("account.password.submit")}
            </button>
          </PostForm>
        </section>
      )}
      {props.hasPassword && (
        <section aria-labelledby="email-title" class="card">
          <h2 id="email-title">{t("account.email.title")}</h2>
          <p>{t("account.email.intro")}</p>
          <ErrorSummary v={v} errors={props.emailErrors} />
          <PostForm v={v} action="/compte/email">
            <EmailField
              v={v}
              name="newEmail"
              label="field.newEmail"
              value={props.emailValue}
              errors={props.emailErrors}
            />
            <CurrentPasswordField v={v} errors={props.emailErrors} />
            <button type="submit" class="button">
              {t("account.email.submit")}
            </button>
          </PostForm>
        </section>
      )}
    </Layout>
  );
}

export interface SessionRow {
  id: number;
  userAgent: string | null;
  ipPrefix: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

export function SessionsPage({
  v,
  sessions,
  currentId,
}: {
  v: ViewContext;
  sessions: SessionRow[];
  currentId: number;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("sessions.title")}>
      <h1>{t("sessions.title")}</h1>
      <AccountNav v={v} current="/compte/sessions" />
      <p>{t("sessions.intro")}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("sessions.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sessions.device")}</th>
              <th scope="col">{t("sessions.network")}</th>
              <th scope="col">{t("sessions.started")}</th>
              <th scope="col">{t("sessions.lastSeen")}</th>
              <th scope="col">{t("sessions.action")}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.userAgent ?? t("sessions.unknownDevice")}
                  {s.id === currentId && <strong class="badge">{t("sessions.current")}</strong>}
                </td>
                <td>{s.ipPrefix ?? "—"}</td>
                <td>{v.i18n.dateTime(s.createdAt)}</td>
                <td>{v.i18n.dateTime(s.lastSeenAt)}</td>
                <td>
                  {s.id !== currentId && (
                    <PostForm v={v} action={`/compte/sessions/${s.id}/fermer`} class="inline-form">
                      <button type="submit" class="button button--small button--secondary">
                        {t("sessions.revoke")}
                        <span class="visually-hidden"> ({s.userAgent ?? t("sessions.unknownDevice")})</span>
                      </button>
                    </PostForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PostForm v={v} action="/compte/sessions/fermer-tout">
        <button type="submit" class="button button--danger">
          {t("sessions.revokeAll")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function SecurityPage(props: {
  v: ViewContext;
  actor: Actor;
  enrolment?: { secret: string; qrSvg: string } | undefined;
  recoveryCodes?: string[] | undefined;
  remainingCodes: number;
  failed?: boolean;
}) {
  const { v, actor } = props;
  const { t } = v.i18n;
  const staff = actor.role !== "member";
  return (
    <Layout v={v} title={t("security.title")}>
      <h1>{t("security.title")}</h1>
      <AccountNav v={v} current="/compte/securite" />
      {props.recoveryCodes && (
        <section aria-labelledby="codes-title" class="card">
          <h2 id="codes-title">{t("security.codes.title")}</h2>
          <Notice kind="success">{t("security.enrolled")}</Notice>
          <p>{t("security.codes.intro")}</p>
          <ul class="recovery-codes">
            {props.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {actor.totpEnabled && !props.recoveryCodes && (
        <section class="card" aria-labelledby="totp-title">
          <h2 id="totp-title">{t("security.totp.title")}</h2>
          <p>{t("security.totp.enabled")}</p>
          <p>{t("security.codes.remaining", { count: props.remainingCodes })}</p>
        </section>
      )}
      {!actor.totpEnabled && props.enrolment && (
        <section class="card" aria-labelledby="totp-title">
          <h2 id="totp-title">{t("security.totp.title")}</h2>
          {staff && <Notice kind="info">{t("security.staffMustEnrol")}</Notice>}
          <ol class="steps">
            <li>{t("security.step.install")}</li>
            <li>
              {t("security.step.scan")}
              <figure class="qr">
                {/* The QR code is SVG generated on the server; the same secret is given as text below. */}
                <div
                  role="img"
                  aria-label={t("security.qrLabel")}
                  dangerouslySetInnerHTML={{ __html: props.enrolment.qrSvg }}
                />
                <figcaption>
                  {t("security.manualKey")} <code class="secret">{props.enrolment.secret}</code>
                </figcaption>
              </figure>
            </li>
            <li>{t("security.step.confirm")}</li>
          </ol>
          <ErrorSummary v={v} errors={props.failed ? { code: "secondFactor.invalid" } : undefined} />
          <PostForm v={v} action="/compte/securite/second-facteur">
            <SecondFactorCodeField v={v} failed={props.failed} />
            <button type="submit" class="button">
              {t("security.confirm")}
            </button>
          </PostForm>
        </section>
      )}
    </Layout>
  );
}

export function DeleteAccountPage({ v, errors }: { v: ViewContext; errors?: FieldErrors | undefined }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("account.delete.title")}>
      <h1>{t("account.delete.title")}</h1>
      <AccountNav v={v} current="/compte/supprimer" />
      <p>{t("account.delete.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/compte/supprimer">
        <CurrentPasswordField v={v} errors={errors} />
        <div class={errors?.confirm ? "field field--error" : "field"}>
          {errors?.confirm && (
            <p class="field__error" id="field-confirm-error">
              {t(errors.confirm)}
            </p>
          )}
          <input
            type="checkbox"
            id="field-confirm"
            name="confirm"
            value="yes"
            aria-describedby={errors?.confirm ? "field-confirm-error" : undefined}
          />{" "}
          <label for="field-confirm">{t("account.delete.confirmLabel")}</label>
        </div>
        <div class="field">
          <input type="checkbox" id="field-withdraw" name="withdraw" value="yes" />{" "}
          <label for="field-withdraw">{t("account.delete.withdrawLabel")}</label>
        </div>
        <button type="submit" class="button button--danger">
          {t("account.delete.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function AccountDeletedPage({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("account.deleted.title")} narrow>
      <h1>{t("account.deleted.title")}</h1>
      <p>{t("account.deleted.body")}</p>
    </Layout>
  );
}
