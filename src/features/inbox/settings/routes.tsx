import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, guardRoutes } from "../../../platform/auth/access.ts";
import { sendRedirect } from "../../../platform/auth/guards.ts";
import type { AppContext } from "../../../platform/context.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { field, fields, idParam, positiveId } from "../../../platform/http/forms.ts";
import { sendHtml, setFlash, viewContext } from "../../../platform/http/render.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { inbox } from "../policy.ts";
import { PRIORITIES } from "../schema.ts";
import { bankOpeningHours } from "../service-levels.ts";
import { saveOpeningHours, saveTargets, teamTargets } from "./service-level-settings.ts";
import {
  addMember,
  allTeams,
  approvalSettings,
  createTeam,
  inboxStaff,
  membersOf,
  removeMember,
  renameTeam,
  setApprovals,
  teamNamed,
  updateMember,
} from "./teams.ts";
import { TARGET_KINDS, targetField, typedHours, typedTargets, WEEKDAYS } from "./typed.ts";
import { HOURS_PATH, OpeningHoursPage, SETTINGS_PATH, SettingsPage, TeamPage, teamPath } from "./views.tsx";

/** The inbox's settings (`inbox.configure`): teams and their members, approvals, service levels, opening hours. */
export async function settingsRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  guardRoutes(app, inbox.configure);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);
  const memberParam = (request: FastifyRequest<{ Params: { member: string } }>) => {
    const id = positiveId(request.params.member);
    if (!id) throw notFound();
    return id;
  };

  const settingsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { values: { slug: string; nameFr: string; nameEn: string }; errors: FieldErrors },
  ) =>
    sendHtml(
      reply,
      <SettingsPage
        v={v(request, reply)}
        teams={await allTeams(ctx)}
        advisors={await approvalSettings(ctx)}
        {...refused}
      />,
      refused ? 422 : 200,
    );

  app.get(SETTINGS_PATH, (request, reply) => settingsPage(request, reply));

  app.post(`${SETTINGS_PATH}/equipes`, async (request, reply) => {
    const values = {
      slug: field(request, "slug"),
      nameFr: field(request, "nameFr"),
      nameEn: field(request, "nameEn"),
    };
    const outcome = await createTeam(ctx, authorizedActor(request), values);
    if (!outcome.ok) return settingsPage(request, reply, { values, errors: outcome.errors });
    setFlash(ctx, reply, "inbox.settings.team.created");
    return sendRedirect(reply, teamPath(outcome.id));
  });

  app.post(`${SETTINGS_PATH}/approbation`, async (request, reply) => {
    const ids = (name: string) => fields(request, name).flatMap((raw) => positiveId(raw) ?? []);
    await setApprovals(ctx, authorizedActor(request), ids("shown"), ids("needsApproval"));
    setFlash(ctx, reply, "inbox.settings.saved");
    return sendRedirect(reply, `${SETTINGS_PATH}#approbation`);
  });

  /** A team's page, with what a refused form typed kept in it. */
  const teamPage = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    refused: {
      names?: { nameFr: string; nameEn: string };
      added?: { accountId: string; capacity: string };
      targets?: Record<string, string>;
      errors?: FieldErrors;
    } = {},
  ) => {
    const team = await teamNamed(ctx, idParam(request));
    return sendHtml(
      reply,
      <TeamPage
        v={v(request, reply)}
        team={team}
        members={await membersOf(ctx, team.id)}
        candidates={await inboxStaff(ctx)}
        names={refused.names ?? { nameFr: team.nameFr, nameEn: team.nameEn }}
        added={refused.added ?? { accountId: "", capacity: "25" }}
        targets={refused.targets ?? typedTargets(await teamTargets(ctx, team.id))}
        errors={refused.errors}
      />,
      refused.errors ? 422 : 200,
    );
  };

  app.get<{ Params: { id: string } }>(`${SETTINGS_PATH}/equipes/:id`, (request, reply) =>
    teamPage(request, reply),
  );

  app.post<{ Params: { id: string } }>(`${SETTINGS_PATH}/equipes/:id`, async (request, reply) => {
    const names = { nameFr: field(request, "nameFr"), nameEn: field(request, "nameEn") };
    const outcome = await renameTeam(ctx, authorizedActor(request), idParam(request), names);
    if (!outcome.ok) return teamPage(request, reply, { names, errors: outcome.errors });
    setFlash(ctx, reply, "inbox.settings.saved");
    return sendRedirect(reply, teamPath(outcome.id));
  });

  app.post<{ Params: { id: string } }>(`${SETTINGS_PATH}/equipes/:id/membres`, async (request, reply) => {
    const added = { accountId: field(request, "accountId"), capacity: field(request, "capacity") };
    const outcome = await addMember(ctx, authorizedActor(request), idParam(request), {
      accountId: positiveId(added.accountId),
      capacity: added.capacity,
    });
    if (!outcome.ok) return teamPage(request, reply, { added, errors: outcome.errors });
    setFlash(ctx, reply, "inbox.settings.member.added");
    return sendRedirect(reply, teamPath(outcome.id));
  });

  app.post<{ Params: { id: string; member: string } }>(
    `${SETTINGS_PATH}/equipes/:id/membres/:member`,
    async (request, reply) => {
      const member = memberParam(request);
      const outcome = await updateMember(ctx, authorizedActor(request), idParam(request), member, {
        available: field(request, "available") === "1",
        capacity: field(request, "capacity"),
      });
      if (!outcome.ok)
        return teamPage(request, reply, { errors: { [`capacity-${member}`]: outcome.errors.capacity } });
      setFlash(ctx, reply, "inbox.settings.saved");
      return sendRedirect(reply, teamPath(outcome.id));
    },
  );

  app.post<{ Params: { id: string; member: string } }>(
    `${SETTINGS_PATH}/equipes/:id/membres/:member/retirer`,
    async (request, reply) => {
      const teamId = idParam(request);
      await removeMember(ctx, authorizedActor(request), teamId, memberParam(request));
      setFlash(ctx, reply, "inbox.settings.member.removed");
      return sendRedirect(reply, teamPath(teamId));
    },
  );

  app.post<{ Params: { id: string } }>(`${SETTINGS_PATH}/equipes/:id/niveaux`, async (request, reply) => {
    const typed: Record<string, string> = {};
    for (const priority of PRIORITIES)
      for (const kind of TARGET_KINDS)
        for (const unit of ["h", "m"]) {
          const name = `${targetField(kind, priority)}-${unit}`;
          typed[name] = field(request, name);
        }
    const teamId = idParam(request);
    const outcome = await saveTargets(ctx, authorizedActor(request), teamId, typed);
    if (!outcome.ok) return teamPage(request, reply, { targets: typed, errors: outcome.errors });
    setFlash(ctx, reply, "inbox.settings.targets.saved");
    return sendRedirect(reply, teamPath(teamId));
  });

  app.get(HOURS_PATH, async (request, reply) =>
    sendHtml(
      reply,
      <OpeningHoursPage v={v(request, reply)} typed={typedHours(await bankOpeningHours(ctx))} />,
    ),
  );

  app.post(HOURS_PATH, async (request, reply) => {
    const typed: Record<string, string> = {};
    for (const day of WEEKDAYS)
      for (const name of [`ouvert-${day}`, `ouvre-${day}`, `ferme-${day}`])
        typed[name] = field(request, name);
    const outcome = await saveOpeningHours(ctx, authorizedActor(request), typed);
    if (!outcome.ok)
      return sendHtml(
        reply,
        <OpeningHoursPage v={v(request, reply)} typed={typed} errors={outcome.errors} />,
        422,
      );
    setFlash(ctx, reply, "inbox.settings.hours.saved");
    return sendRedirect(reply, HOURS_PATH);
  });
}
