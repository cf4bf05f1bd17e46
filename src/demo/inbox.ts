import { sql } from "drizzle-orm";
import { topicUrl } from "../features/community/paths.ts";
import { answer } from "../features/inbox/answers.ts";
import { saveCannedReply } from "../features/inbox/canned-replies.ts";
import { acknowledgeComplaint } from "../features/inbox/complaints/acknowledgement.ts";
import { mediatorBlock, sendFinalAnswer } from "../features/inbox/complaints/final-answer.ts";
import { sendHoldingReply } from "../features/inbox/complaints/holding-reply.ts";
import { changeConversation } from "../features/inbox/conversation-actions.ts";
import { reviewLabels } from "../features/inbox/labels.ts";
import { addNote } from "../features/inbox/notes.ts";
import { receive } from "../features/inbox/receive.ts";
import { hearPublicPost, type PublicPostJob } from "../features/inbox/sources/community-posts.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";
import { i18nFor } from "../platform/i18n/index.ts";
import { DEMO_INBOX, type DemoInboxItem, type DemoTeam } from "./inbox-content.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The bank's two teams in the demo, who works in each, and who is new (their answers wait for approval). */
const TEAMS: Record<DemoTeam, { fr: string; en: string; members: string[] }> = {
  particuliers: { fr: "Particuliers", en: "Personal banking", members: ["thomas", "camille"] },
  "credit-immobilier": { fr: "Crédit immobilier", en: "Home loans", members: ["lea", "hugo"] },
};
const NEW_ADVISORS = ["camille"];

/** Which community categories need the bank, and how (the rest the community answers among itself). */
const RULES: {
  category: string;
  mode: "every_topic" | "unanswered_after";
  hours?: number;
  team: DemoTeam;
}[] = [
  { category: "frais-bancaires", mode: "every_topic", team: "particuliers" },
  { category: "securite-et-fraude", mode: "every_topic", team: "particuliers" },
  { category: "credit-immobilier", mode: "every_topic", team: "credit-immobilier" },
  { category: "comptes-et-cartes", mode: "every_topic", team: "particuliers" },
  { category: "epargne-et-placements", mode: "every_topic", team: "particuliers" },
  { category: "application-mobile", mode: "unanswered_after", hours: 24, team: "particuliers" },
  { category: "actualites", mode: "every_topic", team: "particuliers" },
];

/** The same context at another moment: what the demo did on that day, it did at that time. */
const at = (ctx: AppContext, when: Date): AppContext => ({ ...ctx, clock: { now: () => when } });

/**
 * The demo inbox, written through the inbox's own commands as the days went: teams and rules,
 * the community's questions heard as they were posted, and the private conversations of
 * inbox-content.ts with their answers, notes, complaints (confirmed, acknowledged, held, answered
 * — some late) and follow-ups. Runs once, into an empty inbox.
 */
export async function seedInbox(ctx: AppContext, who: (key: string) => Actor, now: Date): Promise<number> {
  const { rows } = await ctx.db.execute<{ n: number }>(
    sql`select count(*)::int as n from inbox_conversations`,
  );
  if (Number(rows[0]!.n) > 0) return 0;
  const teams = await seedTeams(ctx, who);
  await seedCannedReplies(ctx, who("karim"));
  const heard = await hearCommunity(ctx);
  let written = 0;
  for (const [index, item] of [...DEMO_INBOX].sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
    await seedConversation(ctx, who, teams, item, index, now);
    written++;
  }
  // Seven clients in ten answered the question sent when their conversation was resolved, a day
  // later, mostly satisfied: the barometer's satisfaction after resolution, and each advisor's own.
  await ctx.db.execute(sql`
    update inbox_satisfaction
       set rating = case when id % 10 < 5 then 5 when id % 10 < 8 then 4 when id % 10 < 9 then 3 else 2 end,
           answered_at = sent_at + interval '1 day'
     where rating is null and (id * 7) % 10 < 7 and sent_at + interval '1 day' < ${now}`);
  return heard + written;
}

/** The team's canned replies, in French and English ({prenom}, {conseiller} filled in by the composer). */
const CANNED: { shortcut: string; locale: "fr" | "en"; title: string; body: string }[] = [
  {
    shortcut: "bonjour",
    locale: "fr",
    title: "Prise en charge",
    body: "Bonjour {prenom},\n\nMerci pour votre message. Je m'en occupe et reviens vers vous dans la journée.\n\n{conseiller}",
  },
  {
    shortcut: "opposition",
    locale: "fr",
    title: "Carte perdue ou volée",
    body: "Bonjour {prenom},\n\nPour bloquer votre carte tout de suite : application, rubrique Cartes, « Faire opposition », ou le 09 69 39 99 99, jour et nuit. Une nouvelle carte part sous 48 heures.\n\n{conseiller}",
  },
  {
    shortcut: "plafond",
    locale: "fr",
    title: "Relever un plafond",
    body: "Bonjour {prenom},\n\nVous pouvez relever votre plafond de paiement pour 30 jours dans l'application, rubrique Cartes puis Plafonds. Dites-moi s'il faut aller au-delà.\n\n{conseiller}",
  },
  {
    shortcut: "prive",
    locale: "fr",
    title: "Poursuivre en privé",
    body: "Bonjour {prenom},\n\nPour examiner votre situation sans rien exposer en public, je vous réponds dans « Mes messages ».\n\n{conseiller}",
  },
  {
    shortcut: "hello",
    locale: "en",
    title: "Taking it in hand",
    body: "Hello {prenom},\n\nThank you for your message. I am looking into it and will come back to you today.\n\n{conseiller}",
  },
  {
    shortcut: "lost-card",
    locale: "en",
    title: "Lost or stolen card",
    body: 'Hello {prenom},\n\nTo block your card at once: in the app, Cards, then "Block my card", or call +33 9 69 39 99 99, day and night. A new card is sent within 48 hours.\n\n{conseiller}',
  },
];

async function seedCannedReplies(ctx: AppContext, manager: Actor): Promise<void> {
  for (const reply of CANNED) {
    const refused = await saveCannedReply(ctx, manager, null, reply);
    if (refused) throw new Error(`Demo canned reply ${reply.shortcut} refused: ${JSON.stringify(refused)}`);
  }
}

async function seedTeams(ctx: AppContext, who: (key: string) => Actor): Promise<Record<DemoTeam, string[]>> {
  const members = {} as Record<DemoTeam, string[]>;
  for (const [slug, team] of Object.entries(TEAMS) as [DemoTeam, (typeof TEAMS)[DemoTeam]][]) {
    const { rows } = await ctx.db.execute<{ id: number }>(sql`
      insert into inbox_teams (slug, name_fr, name_en) values (${slug}, ${team.fr}, ${team.en})
      on conflict (slug) do update set slug = excluded.slug returning id`);
    const teamId = Number(rows[0]!.id);
    for (const key of team.members)
      await ctx.db.execute(sql`
        insert into inbox_team_members (team_id, account_id, capacity)
        values (${teamId}, ${who(key).id}, ${NEW_ADVISORS.includes(key) ? 6 : 40})
        on conflict do nothing`);
    // Service levels in business time: the home-loan team answers within a day, personal banking within 4 hours.
    const targets = slug === "particuliers" ? [240, 540, 5 * 540] : [540, 540, 10 * 540];
    for (const [priority, factor] of [
      ["urgent", 0.25],
      ["high", 0.5],
      ["normal", 1],
      ["low", 2],
    ] as const)
      await ctx.db.execute(sql`
        insert into inbox_service_levels (team_id, priority, first_response_minutes, next_response_minutes, resolution_minutes)
        values (${teamId}, ${priority}, ${Math.round(targets[0]! * factor)}, ${Math.round(targets[1]! * factor)},
                ${Math.round(targets[2]! * factor)})
        on conflict do nothing`);
    members[slug] = team.members;
  }
  for (const key of NEW_ADVISORS)
    await ctx.db.execute(sql`
      insert into inbox_advisors (account_id, needs_approval) values (${who(key).id}, true) on conflict do nothing`);
  for (const rule of RULES)
    await ctx.db.execute(sql`
      insert into inbox_source_rules (category_slug, mode, hours, team_id)
      values (${rule.category}, ${rule.mode}, ${rule.hours ?? null}, (select id from inbox_teams where slug = ${rule.team}))
      on conflict do nothing`);
  return members;
}

/**
 * The demo community was written as history (nobody notified, nothing heard): the inbox now
 * hears, in the order they were posted, the posts of the topics its rules take, and of the topics
 * that name the bank, exactly as its job hears a new post.
 */
async function hearCommunity(ctx: AppContext): Promise<number> {
  const { rows } = await ctx.db.execute<{
    post_id: number;
    topic_id: number;
    title: string;
    slug: string;
    category: string;
    author_id: number;
    display_name: string;
    locale: string | null;
    role: string;
    body: string;
    created_at: Date;
    mode: string | null;
    team: string | null;
  }>(sql`
    select p.id as post_id, t.id as topic_id, t.title, t.slug, c.slug as category, a.id as author_id,
           a.display_name, a.locale, a.role, p.body_markdown as body, p.created_at, r.mode, tm.slug as team
    from community_posts p
    join community_topics t on t.id = p.topic_id
    join community_categories c on c.id = t.category_id
    join accounts a on a.id = p.author_id
    left join inbox_source_rules r on r.category_slug = c.slug
    left join inbox_teams tm on tm.id = r.team_id
    where r.mode = 'every_topic'
    order by p.created_at, p.id`);
  const topics = new Set<number>();
  for (const post of rows) {
    const staff = post.role !== "member";
    // A topic the bank opened itself (an announcement) is not a client speaking.
    if (!topics.has(Number(post.topic_id)) && staff) continue;
    topics.add(Number(post.topic_id));
    const job: PublicPostJob = {
      source: post.category === "actualites" ? "newsroom_comment" : "community",
      postId: Number(post.post_id),
      topicId: Number(post.topic_id),
      topicTitle: post.title,
      categorySlug: post.category,
      author: {
        id: Number(post.author_id),
        displayName: post.display_name,
        locale: post.locale === "en" || post.locale === "fr" ? post.locale : null,
        staff,
      },
      body: post.body,
      path: topicUrl({ slug: post.slug, id: Number(post.topic_id) }),
      at: new Date(post.created_at).toISOString(),
      teamSlug: post.team,
    };
    await hearPublicPost(at(ctx, new Date(post.created_at)), job);
  }
  return topics.size;
}

async function seedConversation(
  ctx: AppContext,
  who: (key: string) => Actor,
  teams: Record<DemoTeam, string[]>,
  item: DemoInboxItem,
  index: number,
  now: Date,
): Promise<void> {
  const receivedAt = new Date(now.getTime() - item.daysAgo * DAY + ((index * 7) % 9) * HOUR);
  const member = typeof item.from === "string" ? who(item.from) : undefined;
  const from = member
    ? { accountId: member.id, name: member.displayName }
    : { email: (item.from as { email: string }).email, name: (item.from as { name: string }).name };
  const threadKey =
    item.source === "email"
      ? `<demo-${index}@${from.email?.split("@")[1] ?? "exemple.fr"}>`
      : `demo-${index}`;
  const received = await receive(at(ctx, receivedAt), {
    source: item.source,
    threadKey,
    subject: item.subject,
    body: item.body,
    from,
    receivedAt,
    externalId: item.source === "email" ? threadKey : `demo-${item.source}-${index}`,
    teamSlug: item.team,
  });
  const id = received.conversationId;
  const { rows } = await ctx.db.execute<{ assignee_id: number | null }>(
    sql`select assignee_id from inbox_conversations where id = ${id}`,
  );
  // The advisor who works it: the one it was given to, or the team's first; a new advisor's
  // conversations are answered by a colleague here (their own answers would wait for approval).
  const advisorKey =
    teams[item.team].find(
      (key) => who(key).id === Number(rows[0]?.assignee_id) && !NEW_ADVISORS.includes(key),
    ) ?? teams[item.team].find((key) => !NEW_ADVISORS.includes(key))!;
  const advisor = who(advisorKey);
  const later = (hours: number) =>
    new Date(Math.min(receivedAt.getTime() + hours * HOUR, now.getTime() - HOUR));

  if (item.note) await addNote(at(ctx, later(1)), advisor, id, item.note);
  const complaint = item.complaint;
  if (complaint && complaint.stage !== "suggested")
    await reviewLabels(at(ctx, later(2)), advisor, id, {
      complaint: true,
      paymentService: ["Carte bancaire", "Prélèvement", "Virement", "Retrait d'espèces"].includes(
        complaint.product,
      ),
    });
  if (complaint && ["acknowledged", "holding", "answered"].includes(complaint.stage))
    await acknowledgeComplaint(at(ctx, later(20)), advisor, id);
  if (complaint?.stage === "holding" && item.answer) {
    await sendHoldingReply(at(ctx, later(70)), advisor, id, item.answer);
  } else if (complaint?.stage === "answered" && item.answer) {
    const rejects = complaint.outcome !== "upheld";
    const i18n = i18nFor(
      typeof item.from === "string" ? "fr" : /@example\./.test(from.email ?? "") ? "en" : "fr",
    );
    const outcome = await sendFinalAnswer(at(ctx, later(48)), advisor, id, {
      body: rejects ? `${item.answer}\n\n${mediatorBlock(i18n, ctx.config.mediatorContact)}` : item.answer,
      outcome: complaint.outcome ?? "upheld",
      compensation:
        complaint.compensationEuros === undefined
          ? ""
          : String(complaint.compensationEuros).replace(".", ","),
      product: complaint.product,
      category: complaint.product,
      rootCause: complaint.cause,
      level: "advisor",
    });
    if (!outcome.ok)
      throw new Error(`Demo final answer to "${item.subject}" refused: ${JSON.stringify(outcome.errors)}`);
  } else if (item.answer) {
    await answer(at(ctx, later(item.daysAgo > 20 ? 5 : 26)), advisor, id, {
      body: item.answer,
      public: false,
      statusAfter: item.rest === "resolved" && !item.followUp ? "resolved" : "waiting_on_client",
    });
  }
  if (item.followUp) {
    const followed = later(60);
    await receive(at(ctx, followed), {
      source: item.source,
      threadKey,
      subject: item.subject,
      body: item.followUp,
      from,
      receivedAt: followed,
      externalId:
        item.source === "email" ? `<demo-${index}-suite@exemple.fr>` : `demo-${item.source}-${index}-suite`,
    });
  }
  const settle = at(ctx, later(72));
  if (item.rest === "resolved" && (item.followUp || !item.answer || complaint?.stage === "answered"))
    await changeConversation(settle, advisor, id, { action: "status", status: "resolved" }, "");
  if (item.rest === "waiting" && item.followUp)
    await changeConversation(settle, advisor, id, { action: "status", status: "waiting_on_client" }, "");
  if (item.rest === "snoozed") {
    const until = new Date(now.getTime() + 3 * DAY).toISOString().slice(0, 10);
    await changeConversation(settle, advisor, id, { action: "snooze", until: `${until}T09:00` }, "");
  }
}
