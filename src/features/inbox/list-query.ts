import type { FastifyRequest } from "fastify";
import { queryParam } from "../../platform/http/forms.ts";
import { pageAsked } from "../../platform/http/paging.ts";
import { INBOX_VIEWS, type InboxFilters, type InboxView } from "./lists.ts";
import { SENTIMENTS } from "./schema.ts";
import { registeredSources } from "./sources.ts";

/** The inbox's address; a conversation's is below it. */
export const INBOX_PATH = "/admin/boite";
export const conversationHref = (id: number) => `${INBOX_PATH}/${id}`;

/** Each view's name in the address (French, like every address of the site). */
export const VIEW_SLUGS: Record<InboxView, string> = {
  unassigned: "non-assignees",
  mine: "les-miennes",
  myTeams: "mes-equipes",
  all: "toutes",
  overdue: "en-retard",
  complaints: "reclamations",
  waiting: "attente-client",
  snoozed: "reportees",
  resolved: "resolues",
};

/** A list as its address asks for it: the view, what narrows it, the page. */
export interface InboxQuery {
  view: InboxView;
  filters: InboxFilters;
  page: number;
}

/** The filters' names in the address, in the order links write them. */
const PARAMS: [keyof InboxFilters, string][] = [
  ["search", "q"],
  ["source", "source"],
  ["team", "equipe"],
  ["language", "langue"],
  ["sentiment", "ton"],
  ["category", "categorie"],
  ["tag", "etiquette"],
];

const SLUG = /^[a-z0-9][a-z0-9_-]{0,79}$/;

/** Reads a list's address; what is not a known value narrows nothing. */
export function inboxQuery(request: FastifyRequest): InboxQuery {
  const asked = queryParam(request, "vue");
  const view = INBOX_VIEWS.find((v) => VIEW_SLUGS[v] === asked) ?? "all";
  const value = (name: string) => queryParam(request, name).trim();
  const filters: InboxFilters = {};
  const search = value("q").slice(0, 200);
  if (search) filters.search = search;
  const source = value("source");
  if (registeredSources().includes(source)) filters.source = source;
  const team = value("equipe");
  if (SLUG.test(team)) filters.team = team;
  const language = value("langue");
  if (language === "fr" || language === "en") filters.language = language;
  const sentiment = SENTIMENTS.find((s) => s === value("ton"));
  if (sentiment) filters.sentiment = sentiment;
  const category = value("categorie");
  if (SLUG.test(category)) filters.category = category;
  const tag = value("etiquette").slice(0, 50);
  if (tag) filters.tag = tag;
  return { view, filters, page: pageAsked(request) };
}

/** The address of a list: only what differs from the defaults is written. */
export function inboxHref(query: InboxQuery): string {
  const params = new URLSearchParams();
  if (query.view !== "all") params.set("vue", VIEW_SLUGS[query.view]);
  for (const [field, name] of PARAMS) {
    const value = query.filters[field];
    if (value) params.set(name, value);
  }
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `${INBOX_PATH}?${search}` : INBOX_PATH;
}
