import { PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";

export const AVAILABILITY_PATH = "/admin/boite/disponibilite";

/**
 * The small control by which an advisor says whether they take new conversations now (in every
 * team they are in). The inbox's pages may show it as it is: it posts back to where it was shown.
 */
export function AvailabilityForm(props: { v: ViewContext; available: boolean; back?: string }) {
  const { v, available } = props;
  const { t } = v.i18n;
  return (
    <PostForm v={v} action={AVAILABILITY_PATH} class="inline-form">
      <input type="hidden" name="available" value={available ? "0" : "1"} />
      {props.back && <input type="hidden" name="back" value={props.back} />}
      <span>{available ? t("inbox.availability.youAreAvailable") : t("inbox.availability.youAreAway")}</span>{" "}
      <button type="submit" class="button button--secondary button--small">
        {available ? t("inbox.availability.goAway") : t("inbox.availability.comeBack")}
      </button>
    </PostForm>
  );
}

export function AvailabilityPage(props: {
  v: ViewContext;
  teams: { teamId: number; nameFr: string; nameEn: string; available: boolean }[];
}) {
  const { v, teams } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.availability.title")} narrow>
      <h1>{t("inbox.availability.title")}</h1>
      <p>{t("inbox.availability.intro")}</p>
      {teams.length === 0 ? (
        <p>{t("inbox.availability.noTeam")}</p>
      ) : (
        <>
          <ul>
            {teams.map((team) => (
              <li key={team.teamId}>
                {v.i18n.locale === "en" ? team.nameEn : team.nameFr} —{" "}
                {team.available ? t("inbox.availability.available") : t("inbox.availability.away")}
              </li>
            ))}
          </ul>
          <AvailabilityForm v={v} available={teams.some((team) => team.available)} />
        </>
      )}
    </Layout>
  );
}
