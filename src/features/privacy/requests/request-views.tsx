import type { MessageKey } from "../../../platform/i18n/index.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostForm,
  RadioGroup,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { ConsentProof } from "../../consent/index.ts";
import { REQUEST_KINDS } from "../schema.ts";
import { clockOf, type PrivacyRequest } from "./requests.ts";

export interface RequestValues {
  email?: string;
  kind: string;
  details: string;
}

/** The rights, each with one line saying what it gets the person. */
export function RequestFields(props: {
  v: ViewContext;
  values: RequestValues;
  errors?: FieldErrors | undefined;
}) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  return (
    <>
      <RadioGroup
        v={v}
        name="kind"
        legend={t("privacyRequest.kind.legend")}
        value={values.kind}
        errors={errors}
        options={REQUEST_KINDS.map((kind) => ({
          value: kind,
          label: `${t(`privacyRequest.kind.${kind}`)} — ${t(`privacyRequest.kindHint.${kind}`)}`,
        }))}
      />
      <TextArea
        v={v}
        name="details"
        label={t("privacyRequest.details.label")}
        hint={t("privacyRequest.details.hint")}
        value={values.details}
        errors={errors}
        maxLength={4000}
        rows={5}
      />
    </>
  );
}

/** A person's requests, with what was asked, when it is due, and where it stands. */
export function RequestList({ v, requests, now }: { v: ViewContext; requests: PrivacyRequest[]; now: Date }) {
  const { t } = v.i18n;
  if (requests.length === 0) return <p>{t("privacyRequest.none")}</p>;
  return (
    <ul>
      {requests.map((request) => {
        const clock = clockOf(request, now);
        return (
          <li key={request.id}>
            {t("privacyRequest.summary", {
              id: request.id,
              kind: t(`privacyRequest.kind.${request.kind}`),
              date: v.i18n.date(request.receivedAt ?? request.createdAt),
            })}{" "}
            {t(`privacyRequest.status.${request.status}`)}
            {clock && request.answeredAt === null && (
              <> — {t("privacyRequest.dueOn", { date: v.i18n.date(clock.dueUntil) })}</>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The privacy centre for people without an account (or not signed in): rights, and a request by e-mail. */
export function RightsPage(props: {
  v: ViewContext;
  values: RequestValues;
  errors?: FieldErrors;
  dpoContact: string;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("rights.title")} narrow>
      <h1>{t("rights.title")}</h1>
      <p>{t("rights.intro")}</p>
      {!v.actor && (
        <p>
          {t("rights.members")} <a href="/connexion">{t("nav.signIn")}</a>
        </p>
      )}
      <ErrorSummary v={v} errors={errors} />
      {/* No CSRF token: the request counts only once the link sent to the address is followed. */}
      <form method="post" action="/mes-droits" novalidate>
        <Field
          v={v}
          name="email"
          type="email"
          label={t("rights.email")}
          hint={t("rights.emailHint")}
          value={props.values.email ?? ""}
          errors={errors}
          required
          autocomplete="email"
        />
        <RequestFields v={v} values={props.values} errors={errors} />
        <button type="submit" class="button">
          {t("rights.submit")}
        </button>
      </form>
      <p>{t("privacy.info.rights", { contact: props.dpoContact })}</p>
    </Layout>
  );
}

export function RightsSentPage({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("rights.sent.title")} narrow>
      <h1>{t("rights.sent.title")}</h1>
      <p>{t("rights.sent.body")}</p>
    </Layout>
  );
}

/**
 * What the e-mailed link opens: the request, confirmed with a button (mail scanners follow
 * links), then the consents given from this address and the objection to marketing.
 */
export function PrivacySpacePage(props: {
  v: ViewContext;
  token: string;
  request: PrivacyRequest | undefined;
  consents: ConsentProof[];
  objected: boolean;
  now: Date;
  message?: MessageKey;
}) {
  const { v, request } = props;
  const { t } = v.i18n;
  const action = (what: string) =>
    `/mes-droits/espace?jeton=${encodeURIComponent(props.token)}&action=${what}`;
  return (
    <Layout v={v} title={t("rights.space.title")} narrow>
      <h1>{t("rights.space.title")}</h1>
      {!request && <Notice kind="error">{t("rights.space.invalid")}</Notice>}
      {props.message && <Notice kind="success">{t(props.message)}</Notice>}
      {request?.status === "unconfirmed" && (
        <form method="post" action={action("confirm")}>
          <p>{t("rights.space.confirmAsk", { kind: t(`privacyRequest.kind.${request.kind}`) })}</p>
          <button type="submit" class="button">
            {t("rights.space.confirm")}
          </button>
        </form>
      )}
      {request && request.status !== "unconfirmed" && (
        <>
          <h2>{t("rights.space.request")}</h2>
          <RequestList v={v} requests={[request]} now={props.now} />
          <h2>{t("rights.space.consents")}</h2>
          <ConsentHistory v={v} consents={props.consents} />
          <h2>{t("objection.title")}</h2>
          <p>{t("objection.text")}</p>
          {props.objected ? (
            <p>{t("objection.done")}</p>
          ) : (
            <form method="post" action={action("object")}>
              <button type="submit" class="button">
                {t("objection.submit")}
              </button>
            </form>
          )}
        </>
      )}
    </Layout>
  );
}

export function ConsentHistory({ v, consents }: { v: ViewContext; consents: ConsentProof[] }) {
  const { t } = v.i18n;
  if (consents.length === 0) return <p>{t("rights.space.noConsents")}</p>;
  return (
    <ul>
      {consents.map((c) => (
        <li key={`${c.at.toISOString()}-${c.purpose}`}>
          {v.i18n.dateTime(c.at)} — {t(`consents.decision.${c.decision}`)} : « {c.wording.text} »
        </li>
      ))}
    </ul>
  );
}

/** The member's part of "My data": their requests and a new one, and the objection to marketing. */
export function MemberRequests(props: {
  v: ViewContext;
  requests: PrivacyRequest[];
  values: RequestValues;
  errors?: FieldErrors | undefined;
  objected: boolean;
  now: Date;
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <>
      <h2 id="demandes">{t("myData.requests.title")}</h2>
      <p>{t("myData.requests.intro")}</p>
      <RequestList v={v} requests={props.requests} now={props.now} />
      <ErrorSummary v={v} errors={props.errors} />
      <PostForm v={v} action="/compte/demandes">
        <RequestFields v={v} values={props.values} errors={props.errors} />
        <button type="submit" class="button">
          {t("myData.requests.submit")}
        </button>
      </PostForm>
      <h2>{t("objection.title")}</h2>
      <p>{t("objection.text")}</p>
      {props.objected ? (
        <p>{t("objection.done")}</p>
      ) : (
        <PostForm v={v} action="/compte/opposition">
          <button type="submit" class="button">
            {t("objection.submit")}
          </button>
        </PostForm>
      )}
    </>
  );
}
