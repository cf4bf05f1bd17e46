import { may } from "../../platform/auth/access.ts";
import { ErrorSummary, Field, type FieldErrors, Notice, PostForm } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { ListChoices } from "../newsletter/components.tsx";
import { ModeNotice } from "./answering-views.tsx";
import type { SendTyped } from "./invitations.ts";
import type { LinkState } from "./invitations-answer.ts";
import { OPT_OUT_PATH } from "./invitations-opt-out.ts";
import { closing, type InvitedWave, opening } from "./invitations-wave.ts";
import { invitationsPagePath, surveyPath } from "./paths.ts";
import { surveysAccess } from "./policy.ts";

/** What an open invitation link shows before anything is written: the survey, its mode, one button. */
export function InvitationPage(props: { v: ViewContext; wave: InvitedWave; action: string }) {
  const { v, wave } = props;
  const { t, locale } = v.i18n;
  const title = t("surveys.invitations.link.title", { title: wave.title[locale] });
  return (
    <Layout v={v} title={title} narrow>
      <h1>{title}</h1>
      <p>{t("surveys.invitations.link.wave", { label: wave.label, date: v.i18n.date(closing(wave)) })}</p>
      <ModeNotice v={v} mode={wave.mode} />
      <p>{t("surveys.invitations.link.once")}</p>
      <PostForm v={v} action={props.action}>
        <button type="submit" class="button">
          {t("surveys.invitations.link.start")}
        </button>
      </PostForm>
    </Layout>
  );
}

/** Why a link asks nothing (altered, unknown, answered, closed, not open yet), and nothing else to do. */
export function InvitationOutcomePage(props: {
  v: ViewContext;
  state: Exclude<LinkState, { kind: "open" }>;
}) {
  const { v, state } = props;
  const { t } = v.i18n;
  const title = t(`surveys.invitations.link.${state.kind}.title`);
  const date =
    state.kind === "closed"
      ? v.i18n.date(closing(state.wave))
      : state.kind === "scheduled"
        ? v.i18n.date(opening(state.wave))
        : "";
  return (
    <Layout v={v} title={title} narrow>
      <h1>{title}</h1>
      <Notice kind={state.kind === "tampered" ? "error" : "info"}>
        <p>{t(`surveys.invitations.link.${state.kind}.text`, { date })}</p>
      </Notice>
      <p>
        <a href="/">{t("surveys.invitations.link.home")}</a>
      </p>
    </Layout>
  );
}

export interface Sending {
  id: number;
  sentAt: Date;
  invited: number;
  objected: number;
  answered: number;
  remindAt: Date | null;
  remindedAt: Date | null;
  reminded: number | null;
}

/** The staff's page of a wave's distribution: who to invite by e-mail, the sendings so far, the site's invitation. */
export function InvitationsPage(props: {
  v: ViewContext;
  wave: InvitedWave;
  lists: { id: number; name: string; members: number }[];
  sendings: Sending[];
  inPage: boolean;
  typed?: SendTyped;
  errors?: FieldErrors;
}) {
  const { v, wave, typed, errors } = props;
  const { t, locale } = v.i18n;
  const mayBuild = may(v.actor, surveysAccess.build);
  const open = wave.state !== "closed";
  return (
    <Layout v={v} title={t("surveys.invitations.page.title", { label: wave.label })}>
      <p>
        <a href={surveyPath(wave.surveyId)}>
          {t("surveys.invitations.page.back", { title: wave.title[locale] })}
        </a>
      </p>
      <h1>{t("surveys.invitations.page.title", { label: wave.label })}</h1>
      <p>
        {t("surveys.invitations.page.wave", {
          title: wave.title[locale],
          from: v.i18n.date(opening(wave)),
          to: v.i18n.date(closing(wave)),
          mode: t(`surveys.mode.${wave.mode}`),
        })}
      </p>
      <ErrorSummary v={v} errors={errors} />
      {mayBuild && open && (
        <section aria-labelledby="send-title">
          <h2 id="send-title">{t("surveys.invitations.send.title")}</h2>
          <p>{t("surveys.invitations.send.intro")}</p>
          <PostForm v={v} action={invitationsPagePath(wave.id)}>
            <fieldset class="choices" id="field-audience">
              <legend>{t("surveys.invitations.audience")}</legend>
              {errors?.audience && <p class="field__error">{t(errors.audience)}</p>}
              <label class="checkbox">
                <input type="checkbox" name="contacts" value="1" checked={typed?.contacts ?? true} />{" "}
                {t("surveys.invitations.contacts")}
              </label>
              <fieldset class="choices">
                <legend>{t("surveys.invitations.lists")}</legend>
                <ListChoices v={v} lists={props.lists} chosen={(typed?.lists ?? []).map(Number)} />
              </fieldset>
              <Field
                v={v}
                name="tags"
                label={t("surveys.invitations.tags")}
                hint={t("surveys.invitations.tagsHint")}
                value={typed?.tags ?? ""}
                errors={errors}
              />
              <label class="checkbox">
                <input type="checkbox" name="members" value="1" checked={typed?.members ?? false} />{" "}
                {t("surveys.invitations.members")}
              </label>
            </fieldset>
            <Field
              v={v}
              name="reminderDays"
              label={t("surveys.invitations.reminderDays")}
              hint={t("surveys.invitations.reminderDaysHint")}
              value={typed?.reminderDays ?? "7"}
              inputMode="numeric"
              maxLength={3}
              errors={errors}
            />
            <button type="submit" class="button">
              {t("surveys.invitations.sendButton")}
            </button>
          </PostForm>
        </section>
      )}
      <Sendings v={v} sendings={props.sendings} />
      <section aria-labelledby="in-page-title">
        <h2 id="in-page-title">{t("surveys.invitations.inPage.title")}</h2>
        <p>{t("surveys.invitations.inPage.intro")}</p>
        <p>{t(props.inPage ? "surveys.invitations.inPage.on" : "surveys.invitations.inPage.off")}</p>
        {mayBuild && (open || props.inPage) && (
          <PostForm v={v} action={`${invitationsPagePath(wave.id)}/site`}>
            <input type="hidden" name="show" value={props.inPage ? "0" : "1"} />
            <button type="submit" class="button button--secondary">
              {t(props.inPage ? "surveys.invitations.inPage.stop" : "surveys.invitations.inPage.start")}
            </button>
          </PostForm>
        )}
      </section>
    </Layout>
  );
}

function Sendings({ v, sendings }: { v: ViewContext; sendings: Sending[] }) {
  const { t } = v.i18n;
  const reminder = (s: Sending) =>
    s.remindedAt
      ? t("surveys.invitations.history.reminderSent", {
          date: v.i18n.date(s.remindedAt),
          count: s.reminded ?? 0,
        })
      : s.remindAt
        ? t("surveys.invitations.history.reminderPlanned", { date: v.i18n.date(s.remindAt) })
        : t("surveys.invitations.history.reminderNone");
  return (
    <section aria-labelledby="sendings-title">
      <h2 id="sendings-title">{t("surveys.invitations.history")}</h2>
      {sendings.length === 0 ? (
        <p>{t("surveys.invitations.history.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("surveys.invitations.history.sentAt")}</th>
              <th scope="col">{t("surveys.invitations.history.invited")}</th>
              <th scope="col">{t("surveys.invitations.history.objected")}</th>
              <th scope="col">{t("surveys.invitations.history.answered")}</th>
              <th scope="col">{t("surveys.invitations.history.reminder")}</th>
            </tr>
          </thead>
          <tbody>
            {sendings.map((s) => (
              <tr key={s.id}>
                <td>{v.i18n.dateTime(s.sentAt)}</td>
                <td>{s.invited}</td>
                <td>{s.objected}</td>
                <td>{s.answered}</td>
                <td>{reminder(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** "Ne plus recevoir nos enquêtes": the address, one button; then what was done. No script needed. */
export function OptOutPage(props: {
  v: ViewContext;
  email: string | undefined;
  token: string;
  done: boolean;
}) {
  const { v, email } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("surveys.invitations.optOut.title")} narrow>
      <h1>{t("surveys.invitations.optOut.title")}</h1>
      {!email ? (
        <Notice kind="error">
          <p>{t("surveys.invitations.optOut.invalid")}</p>
        </Notice>
      ) : props.done ? (
        <Notice kind="success">
          <p>{t("surveys.invitations.optOut.done", { email })}</p>
        </Notice>
      ) : (
        <>
          <p>{t("surveys.invitations.optOut.ask", { email })}</p>
          <form method="post" action={`${OPT_OUT_PATH}?jeton=${encodeURIComponent(props.token)}`}>
            <button type="submit" class="button">
              {t("surveys.invitations.optOut.confirm")}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
