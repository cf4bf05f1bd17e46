import { isOneOf } from "../../platform/one-of.ts";

/** The dashboard's filters, as read from its address and written back into its links. */
export const PERIODS = ["12", "24", "tout"] as const;
export type Period = (typeof PERIODS)[number];
export const CLIENT_FILTERS = ["tous", "clients", "non-clients"] as const;
export type ClientFilter = (typeof CLIENT_FILTERS)[number];

export interface DashboardFilters {
  period: Period;
  /** A survey channel (public link, invitation, in-page) or "" for all. */
  source: string;
  client: ClientFilter;
  /** Where messages were said (sentiment: community, private message…) or "" for all. */
  messages: string;
  /** A product (sentiment) or "" for all. */
  product: string;
}

/** Everything: every wave, source, respondent, message and product. */
export const NO_FILTERS: DashboardFilters = {
  period: "tout",
  source: "",
  client: "tous",
  messages: "",
  product: "",
};

export function filtersFrom(query: (name: string) => string): DashboardFilters {
  const period = query("periode");
  const client = query("client");
  return {
    period: isOneOf(PERIODS, period) ? period : "24",
    source: query("source"),
    client: isOneOf(CLIENT_FILTERS, client) ? client : "tous",
    messages: query("messages"),
    product: query("produit"),
  };
}

/** The filters as a query string, for links and CSV addresses (defaults left out). */
export function filtersQuery(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.period !== "24") params.set("periode", filters.period);
  if (filters.source) params.set("source", filters.source);
  if (filters.client !== "tous") params.set("client", filters.client);
  if (filters.messages) params.set("messages", filters.messages);
  if (filters.product) params.set("produit", filters.product);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
