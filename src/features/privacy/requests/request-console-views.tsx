import type { Page } from "../../../platform/http/paging.ts";
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  PageCount,
  Pagination,
  PostForm,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { clockOf, type PrivacyRequest } from "./requests.ts";

function ClockText({ v, request, now }: { v: ViewContext; request: PrivacyRequest; now: Date }) {
  const { t } = v.i18n;
  const clock = clockOf(request, now);
  if (!clock) return null;
  if (request.answeredAt)
    return <>{t(clock.overdue ? "console.requests.answeredLate" : "console.requests.answeredInTime")}</>;
  return (
    <>
      {v.i18n.date(clock.dueUntil)}{" "}
      {clock.overdue ? (
        <strong>{t("console.requests.overdue")}</strong>
      ) : (
        t("console.requests.daysLeft", { days: clock.daysLeft })
      )}
      {clock.extended && <> · {t("console.requests.extended")}</>}
    </>
  );
}

/** Every request with its legal clock: the oldest first, the late ones said in words. */
export function RequestConsolePage(props: {
  v: ViewContext;
  requests: Page<PrivacyRequest>;
  which: "open" | "closed";
  now: Date;
}) {
  const { v } = props;
  const requests = props.requests.items;
  const { t } = v.i18n;
  const base = props.which === "open" ? "/admin/demandes" : "/admin/demandes?etat=closes";
  return (
    <Layout v={v} title={t("console.requests.title")}>
      <h1>{t("console.requests.title")}</h1>
      <p>{t("console.requests.intro")}</p>
      <p>
        <a href="/admin/deces">{t("death.title")}</a> · <a href="/admin/registre">{t("register.title")}</a>
      </p>
      <nav aria-label={t("console.requests.filter")} class="tabs">
        <ul>
          <li>
            <a href="/admin/demandes" aria-current={props.which === "open" ? "page" : undefined}>
              {t("console.requests.open")}
            </a>
          </li>
          <li>
            <a
              href="/admin/demandes?etat=closes"
              aria-current={props.which === "closed" ? "page" : undefined}
            >
              {t("console.requests.closed")}
            </a>
          </li>
        </ul>
      </nav>
      {requests.length === 0 ? (
        <p>{t("console.requests.none")}</p>
      ) : (
        <>
          <PageCount v={v} page={props.requests} />
          <table class="data-table">
            <caption class="visually-hidden">{t("console.requests.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("console.requests.number")}</th>
                <th scope="col">{t("console.requests.received")}</th>
                <th scope="col">{t("console.requests.kind")}</th>
                <th scope="col">{t("console.requests.person")}</th>
                <th scope="col">{t("console.requests.status")}</th>
                <th scope="col">{t("console.requests.due")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.id}>
                  <th scope="row">
                    <a href={`/admin/demandes/${request.id}`}>#{request.id}</a>
                  </th>
                  <td>{request.receivedAt ? v.i18n.date(request.receivedAt) : "—"}</td>
                  <td>{t(`privacyRequest.kind.${request.kind}`)}</td>
                  <td>{request.email}</td>
                  <td>{t(`privacyRequest.status.${request.status}`)}</td>
                  <td>
                    <ClockText v={v} request={request} now={props.now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            v={v}
            page={props.requests.page}
            pageCount={props.requests.pageCount}
            href={(p) => (p > 1 ? `${base}${base.includes("?") ? "&" : "?"}page=${p}` : base)}
          />
        </>
      )}
    </Layout>
  );
}

/** One request: what was asked, its clock, and the DPO's three moves — identity, extension, answer. */
export function RequestDetailPage(props: {
  v: ViewContext;
  request: PrivacyRequest;
  now: Date;
  isMember: boolean;
  restricted: boolean;
  errors?: FieldErrors | undefined;
  values?: { message?: string; reasons?: string; answer?: string; lift?: string };
}) {
  const { v, request, errors } = props;
  const { t } = v.i18n;
  const clock = clockOf(request, props.now)!;
  const open = request.status === "open" || request.status === "identity_check";
  const canExtend = open && !clock.extended && props.now.getTime() <= clock.extendableUntil.getTime();
  const base = `/admin/demandes/${request.id}`;
  return (
    <Layout v={v} title={t("console.request.title", { id: request.id })}>
      <h1>{t("console.request.title", { id: request.id })}</h1>
      <p>
        <a href="/admin/demandes">{t("console.request.back")}</a>
      </p>
      <ErrorSummary v={v} errors={errors} />
      <dl class="statement">
        <dt>{t("console.requests.kind")}</dt>
        <dd>{t(`privacyRequest.kind.${request.kind}`)}</dd>
        <dt>{t("console.requests.person")}</dt>
        <dd>
          {request.email} · {props.isMember ? t("console.request.member") : t("console.request.notMember")}
        </dd>
        <dt>{t("console.requests.received")}</dt>
        <dd>{v.i18n.dateTime(request.receivedAt!)}</dd>
        <dt>{t("console.requests.status")}</dt>
        <dd>{t(`privacyRequest.status.${request.status}`)}</dd>
        <dt>{t("console.requests.due")}</dt>
        <dd>
          <ClockText v={v} request={request} now={props.now} />
        </dd>
        {clock.extended && (
          <>
            <dt>{t("console.request.extensionReasons")}</dt>
            <dd>{request.extensionReasons}</dd>
          </>
        )}
        <dt>{t("console.request.details")}</dt>
        <dd class="pre-line">{request.details || "—"}</dd>
        {request.answer && (
          <>
            <dt>{t("console.request.answer")}</dt>
            <dd class="pre-line">{request.answer}</dd>
          </>
        )}
      </dl>
      {(props.restricted ||
        (open && ["restriction", "rectification", "objection"].includes(request.kind))) && (
        <>
          <h2>{t("console.request.restrictTitle")}</h2>
          <p>{props.restricted ? t("console.request.restricted") : t("console.request.restrictRule")}</p>
          {props.restricted ? (
            <PostForm v={v} action={`${base}/lever`}>
              <TextArea
                v={v}
                name="lift"
                label={t("console.request.liftLabel")}
                hint={t("console.request.liftHint")}
                value={props.values?.lift}
                errors={errors}
                rows={3}
              />
              <button type="submit" class="button button--secondary">
                {t("console.request.liftSend")}
              </button>
            </PostForm>
          ) : (
            <PostForm v={v} action={`${base}/restreindre`}>
              <button type="submit" class="button button--secondary">
                {t("console.request.restrictSend")}
              </button>
            </PostForm>
          )}
        </>
      )}
      {open && (
        <>
          <h2>{t("console.request.answerTitle")}</h2>
          <PostForm v={v} action={`${base}/repondre`}>
            <TextArea
              v={v}
              name="answer"
              label={t("console.request.answerLabel")}
              hint={t("console.request.answerHint")}
              value={props.values?.answer}
              errors={errors}
              required
              rows={6}
            />
            {(request.kind === "access" || request.kind === "portability") && (
              <label class="checkbox">
                <input type="checkbox" name="attach" value="1" checked /> {t("console.request.attach")}
              </label>
            )}
            {request.kind === "erasure" && (
              <>
                <label class="checkbox">
                  <input type="checkbox" name="erase" value="1" /> {t("console.request.erase")}
                </label>
                <label class="checkbox">
                  <input type="checkbox" name="withdraw" value="1" /> {t("console.request.withdraw")}
                </label>
              </>
            )}
            <div class="toolbar">
              <button type="submit" name="outcome" value="answered" class="button">
                {t("console.request.send")}
              </button>
              <button type="submit" name="outcome" value="refused" class="button button--secondary">
                {t("console.request.refuse")}
              </button>
            </div>
          </PostForm>
          <h2>{t("console.request.identityTitle")}</h2>
          {request.status === "identity_check" && (
            <Notice kind="info">
              {t("console.request.identityAsked", { date: v.i18n.dateTime(request.identityRequestedAt!) })}
            </Notice>
          )}
          <PostForm v={v} action={`${base}/identite`}>
            <TextArea
              v={v}
              name="message"
              label={t("console.request.identityLabel")}
              value={props.values?.message}
              errors={errors}
              rows={3}
            />
            <button type="submit" class="button button--secondary">
              {t("console.request.identitySend")}
            </button>
          </PostForm>
          <h2>{t("console.request.extendTitle")}</h2>
          {canExtend ? (
            <PostForm v={v} action={`${base}/prolonger`}>
              <p>{t("console.request.extendRule", { date: v.i18n.dateTime(clock.extendableUntil) })}</p>
              <TextArea
                v={v}
                name="reasons"
                label={t("console.request.extendLabel")}
                value={props.values?.reasons}
                errors={errors}
                rows={3}
              />
              <button type="submit" class="button button--secondary">
                {t("console.request.extendSend")}
              </button>
            </PostForm>
          ) : (
            <p>{clock.extended ? t("console.request.alreadyExtended") : t("console.request.extendLate")}</p>
          )}
        </>
      )}
    </Layout>
  );
}
