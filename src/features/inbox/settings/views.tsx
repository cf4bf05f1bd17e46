import { may } from "../../../platform/auth/access.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  PostForm,
  Select,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { CANNED_REPLIES_PATH } from "../canned-reply-views.tsx";
import { inbox } from "../policy.ts";
import { PRIORITIES } from "../schema.ts";
import type { Team, TeamMember } from "./teams.ts";
import { CAPACITY_MAX, TARGET_KINDS, TEAM_NAME_MAX, targetField, WEEKDAYS } from "./typed.ts";

export const SETTINGS_PATH = "/admin/boite/reglages";
export const teamPath = (id: number) => `${SETTINGS_PATH}/equipes/${id}`;
export const HOURS_PATH = `${SETTINGS_PATH}/horaires`;

const teamName = (v: ViewContext, team: Pick<Team, "nameFr" | "nameEn">) =>
  v.i18n.locale === "en" ? team.nameEn : team.nameFr;

function SettingsNav({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  return (
    <nav aria-label={t("inbox.settings.title")} class="tabs">
      <ul>
        <li>
          <a href={SETTINGS_PATH} aria-current={v.currentUrl === SETTINGS_PATH ? "page" : undefined}>
            {t("inbox.settings.teams")}
          </a>
        </li>
        <li>
          <a href={HOURS_PATH} aria-current={v.currentUrl === HOURS_PATH ? "page" : undefined}>
            {t("inbox.settings.hours.title")}
          </a>
        </li>
        <li>
          <a href={CANNED_REPLIES_PATH}>{t("inbox.canned.title")}</a>
        </li>
        {may(v.actor, inbox.reports) && (
          <li>
            <a href="/admin/boite/rapports">{t("inbox.reports.title")}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export interface NewTeamValues {
  slug: string;
  nameFr: string;
  nameEn: string;
}

/** The settings' home: the teams, a new team, and whose replies wait for approval. */
export function SettingsPage(props: {
  v: ViewContext;
  teams: Team[];
  advisors: { id: number; displayName: string; role: Role; needsApproval: boolean }[];
  values?: NewTeamValues;
  errors?: FieldErrors;
}) {
  const { v, errors } = props;
  const { t } = v.i18n;
  const values = props.values ?? { slug: "", nameFr: "", nameEn: "" };
  return (
    <Layout v={v} title={t("inbox.settings.title")}>
      <h1>{t("inbox.settings.title")}</h1>
      <SettingsNav v={v} />
      <h2>{t("inbox.settings.teams")}</h2>
      {props.teams.length === 0 ? (
        <p>{t("inbox.settings.team.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("inbox.settings.teams")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("inbox.settings.team.name")}</th>
              <th scope="col">{t("inbox.settings.team.slug")}</th>
            </tr>
          </thead>
          <tbody>
            {props.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">
                  <a href={teamPath(team.id)}>{teamName(v, team)}</a>
                </th>
                <td>
                  <code>{team.slug}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("inbox.settings.team.create")}</h2>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={`${SETTINGS_PATH}/equipes`}>
        <Field
          v={v}
          name="slug"
          label={t("inbox.settings.team.slug")}
          hint={t("inbox.settings.team.slugHint")}
          value={values.slug}
          errors={errors}
          required
          maxLength={40}
        />
        <TeamNameFields v={v} values={values} errors={errors} />
        <button type="submit" class="button">
          {t("inbox.settings.team.create")}
        </button>
      </PostForm>
      <h2 id="approbation">{t("inbox.settings.approval.title")}</h2>
      <p>{t("inbox.settings.approval.intro")}</p>
      {props.advisors.length === 0 ? (
        <p>{t("inbox.settings.approval.none")}</p>
      ) : (
        <PostForm v={v} action={`${SETTINGS_PATH}/approbation`}>
          <fieldset class="choices">
            <legend>{t("inbox.settings.approval.legend")}</legend>
            {props.advisors.map((advisor) => (
              <label key={advisor.id}>
                <input type="hidden" name="shown" value={String(advisor.id)} />
                <input
                  type="checkbox"
                  name="needsApproval"
                  value={String(advisor.id)}
                  checked={advisor.needsApproval}
                />{" "}
                {advisor.displayName} ({t(`role.${advisor.role}`)})
              </label>
            ))}
          </fieldset>
          <button type="submit" class="button">
            {t("inbox.settings.save")}
          </button>
        </PostForm>
      )}
    </Layout>
  );
}

function TeamNameFields(props: {
  v: ViewContext;
  values: { nameFr: string; nameEn: string };
  errors: FieldErrors | undefined;
}) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  return (
    <>
      <Field
        v={v}
        name="nameFr"
        label={t("inbox.settings.team.nameFr")}
        value={values.nameFr}
        errors={errors}
        required
        maxLength={TEAM_NAME_MAX}
      />
      <Field
        v={v}
        name="nameEn"
        label={t("inbox.settings.team.nameEn")}
        value={values.nameEn}
        errors={errors}
        required
        maxLength={TEAM_NAME_MAX}
      />
    </>
  );
}

/** One team: its names, its members, a member to add, its service-level targets. */
export function TeamPage(props: {
  v: ViewContext;
  team: Team;
  members: TeamMember[];
  candidates: { id: number; displayName: string }[];
  /** What each form shows: the saved values, or what was typed when it was refused. */
  names: { nameFr: string; nameEn: string };
  added: { accountId: string; capacity: string };
  targets: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { v, team, errors } = props;
  const { t } = v.i18n;
  const others = props.candidates.filter((c) => !props.members.some((m) => m.accountId === c.id));
  return (
    <Layout v={v} title={t("inbox.settings.team.title", { name: teamName(v, team) })}>
      <p>
        <a href={SETTINGS_PATH}>{t("inbox.settings.back")}</a>
      </p>
      <h1>{t("inbox.settings.team.title", { name: teamName(v, team) })}</h1>
      <ErrorSummary v={v} errors={errors} />
      <h2>{t("inbox.settings.team.rename")}</h2>
      <PostForm v={v} action={teamPath(team.id)}>
        <TeamNameFields v={v} values={props.names} errors={errors} />
        <button type="submit" class="button">
          {t("inbox.settings.team.rename")}
        </button>
      </PostForm>

      <h2>{t("inbox.settings.member.title")}</h2>
      {props.members.length === 0 ? (
        <p>{t("inbox.settings.member.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("inbox.settings.member.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("inbox.settings.member.name")}</th>
              <th scope="col">{t("inbox.settings.member.settings")}</th>
              <th scope="col">{t("inbox.settings.member.remove")}</th>
            </tr>
          </thead>
          <tbody>
            {props.members.map((member) => {
              const capacityField = `capacity-${member.accountId}`;
              const errorKey = errors?.[capacityField];
              return (
                <tr key={member.accountId}>
                  <th scope="row">
                    {member.displayName} ({t(`role.${member.role}`)})
                  </th>
                  <td>
                    <PostForm
                      v={v}
                      action={`${teamPath(team.id)}/membres/${member.accountId}`}
                      class="inline-form"
                    >
                      <label>
                        <input type="checkbox" name="available" value="1" checked={member.available} />{" "}
                        {t("inbox.settings.member.available")}
                        <span class="visually-hidden"> ({member.displayName})</span>
                      </label>{" "}
                      <label for={`field-${capacityField}`}>
                        {t("inbox.settings.member.capacity")}
                        <span class="visually-hidden"> ({member.displayName})</span>
                      </label>{" "}
                      <input
                        id={`field-${capacityField}`}
                        name="capacity"
                        type="number"
                        min={0}
                        max={CAPACITY_MAX}
                        inputMode="numeric"
                        class="input--short"
                        value={String(member.capacity)}
                        aria-invalid={errorKey ? "true" : undefined}
                        aria-describedby={errorKey ? `field-${capacityField}-error` : undefined}
                      />{" "}
                      {errorKey && (
                        <span class="field__error" id={`field-${capacityField}-error`}>
                          {t(errorKey)}
                        </span>
                      )}
                      <button type="submit" class="button button--secondary">
                        {t("inbox.settings.save")}
                        <span class="visually-hidden"> ({member.displayName})</span>
                      </button>
                    </PostForm>
                  </td>
                  <td>
                    <PostForm
                      v={v}
                      action={`${teamPath(team.id)}/membres/${member.accountId}/retirer`}
                      class="inline-form"
                    >
                      <button type="submit" class="button button--secondary">
                        {t("inbox.settings.member.remove")}
                        <span class="visually-hidden"> ({member.displayName})</span>
                      </button>
                    </PostForm>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{t("inbox.settings.member.add")}</h3>
      {others.length === 0 ? (
        <p>{t("inbox.settings.member.noneToAdd")}</p>
      ) : (
        <PostForm v={v} action={`${teamPath(team.id)}/membres`}>
          <Select
            v={v}
            name="accountId"
            label={t("inbox.settings.member.who")}
            value={props.added.accountId}
            errors={errors}
            options={others.map((c) => ({ value: String(c.id), label: c.displayName }))}
          />
          <Field
            v={v}
            name="capacity"
            type="number"
            inputMode="numeric"
            label={t("inbox.settings.member.capacity")}
            hint={t("inbox.settings.member.capacityHint", { max: CAPACITY_MAX })}
            value={props.added.capacity}
            errors={errors}
          />
          <button type="submit" class="button">
            {t("inbox.settings.member.add")}
          </button>
        </PostForm>
      )}

      <h2>{t("inbox.settings.targets.title")}</h2>
      <p>{t("inbox.settings.targets.intro")}</p>
      <PostForm v={v} action={`${teamPath(team.id)}/niveaux`}>
        <table class="data-table">
          <caption class="visually-hidden">{t("inbox.settings.targets.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("inbox.settings.targets.priority")}</th>
              {TARGET_KINDS.map((kind) => (
                <th scope="col" key={kind}>
                  {t(`inbox.settings.targets.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PRIORITIES.map((priority) => (
              <tr key={priority}>
                <th scope="row">{t(`inbox.settings.priority.${priority}`)}</th>
                {TARGET_KINDS.map((kind) => (
                  <td key={kind}>
                    <DurationInput
                      v={v}
                      name={targetField(kind, priority)}
                      legend={t("inbox.settings.targets.legend", {
                        target: t(`inbox.settings.targets.${kind}`),
                        priority: t(`inbox.settings.priority.${priority}`),
                      })}
                      typed={props.targets}
                      errors={errors}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" class="button">
          {t("inbox.settings.targets.save")}
        </button>
      </PostForm>
    </Layout>
  );
}

/** Hours and minutes of one target, under a legend only screen readers need (the table says it). */
function DurationInput(props: {
  v: ViewContext;
  name: string;
  legend: string;
  typed: Record<string, string>;
  errors: FieldErrors | undefined;
}) {
  const { v, name } = props;
  const { t } = v.i18n;
  const errorKey = props.errors?.[name];
  const described = errorKey ? `field-${name}-error` : undefined;
  return (
    <fieldset class={errorKey ? "duration field--error" : "duration"}>
      <legend class="visually-hidden">{props.legend}</legend>
      {errorKey && (
        <p class="field__error" id={`field-${name}-error`}>
          <span class="visually-hidden">{t("form.errorPrefix")} </span>
          {t(errorKey)}
        </p>
      )}
      <input
        id={`field-${name}`}
        name={`${name}-h`}
        type="text"
        inputMode="numeric"
        class="input--short"
        value={props.typed[`${name}-h`] ?? ""}
        aria-invalid={errorKey ? "true" : undefined}
        aria-describedby={described}
        aria-label={t("inbox.settings.targets.hours")}
      />{" "}
      <span aria-hidden="true">{t("inbox.settings.targets.h")}</span>{" "}
      <input
        name={`${name}-m`}
        type="text"
        inputMode="numeric"
        class="input--short"
        value={props.typed[`${name}-m`] ?? ""}
        aria-invalid={errorKey ? "true" : undefined}
        aria-describedby={described}
        aria-label={t("inbox.settings.targets.minutes")}
      />{" "}
      <span aria-hidden="true">{t("inbox.settings.targets.min")}</span>
    </fieldset>
  );
}

/** The bank's opening hours per weekday, in Paris time. */
export function OpeningHoursPage(props: {
  v: ViewContext;
  typed: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { v, typed, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.settings.hours.title")}>
      <h1>{t("inbox.settings.hours.title")}</h1>
      <SettingsNav v={v} />
      <p>{t("inbox.settings.hours.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={HOURS_PATH}>
        <table class="data-table" id="field-jours">
          <caption>{t("inbox.settings.hours.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("inbox.settings.hours.day")}</th>
              <th scope="col">{t("inbox.settings.hours.open")}</th>
              <th scope="col">{t("inbox.settings.hours.opens")}</th>
              <th scope="col">{t("inbox.settings.hours.closes")}</th>
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day) => {
              const dayName = t(`inbox.settings.weekday.${day}`);
              const errorKey = errors?.[`jour-${day}`];
              const described = errorKey ? `field-jour-${day}-error` : undefined;
              return (
                <tr key={day}>
                  <th scope="row">{dayName}</th>
                  <td>
                    <label>
                      <input
                        type="checkbox"
                        name={`ouvert-${day}`}
                        value="1"
                        checked={typed[`ouvert-${day}`] === "1"}
                      />
                      <span class="visually-hidden">
                        {t("inbox.settings.hours.openOn", { day: dayName })}
                      </span>
                    </label>
                  </td>
                  <td>
                    <input
                      id={`field-jour-${day}`}
                      type="time"
                      name={`ouvre-${day}`}
                      value={typed[`ouvre-${day}`] ?? ""}
                      aria-label={t("inbox.settings.hours.opensOn", { day: dayName })}
                      aria-invalid={errorKey ? "true" : undefined}
                      aria-describedby={described}
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      name={`ferme-${day}`}
                      value={typed[`ferme-${day}`] ?? ""}
                      aria-label={t("inbox.settings.hours.closesOn", { day: dayName })}
                      aria-invalid={errorKey ? "true" : undefined}
                      aria-describedby={described}
                    />
                    {errorKey && (
                      <p class="field__error" id={`field-jour-${day}-error`}>
                        {t(errorKey)}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="submit" class="button">
          {t("inbox.settings.save")}
        </button>
      </PostForm>
    </Layout>
  );
}
