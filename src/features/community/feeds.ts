import { Feed } from "feed";
import { addFeedEntry } from "../../platform/http/feeds.ts";
import type { I18n } from "../../platform/i18n/index.ts";
import { plainText } from "../../text/markdown.ts";
import type { FeedEntry } from "./listings.ts";
import type { Category } from "./model.ts";
import { topicUrl } from "./paths.ts";

/** RSS 2.0 and Atom 1.0 of the newest topics, for the whole community or one category. */
export function communityFeed(options: {
  i18n: I18n;
  baseUrl: URL;
  bankName: string;
  category?: Category | undefined;
  entries: FeedEntry[];
}): Feed {
  const { i18n, baseUrl, category, entries } = options;
  const absolute = (path: string) => new URL(path, baseUrl).href;
  const home = absolute(category ? `/c/${category.slug}` : "/");
  const feedPath = category ? `/c/${category.slug}/flux` : "/flux";
  const feed = new Feed({
    title: category
      ? `${category.name} · ${options.bankName}`
      : i18n.t("community.feed.title", { bank: options.bankName }),
    description: category?.description ?? i18n.t("home.lead"),
    id: home,
    link: home,
    language: i18n.locale,
    copyright: options.bankName,
    updated: entries[0]?.summary.createdAt ?? new Date(0),
    generator: "Confiance",
    feedLinks: { rss: absolute(`${feedPath}.rss`), atom: absolute(`${feedPath}.atom`) },
  });
  for (const { summary, openingHtml, openingText } of entries) {
    const link = absolute(topicUrl(summary));
    addFeedEntry(feed, {
      title: summary.title,
      link,
      date: summary.createdAt,
      summaryText: plainText(openingText, 300),
      contentHtml: openingHtml,
      author: summary.author?.displayName ?? i18n.t("community.formerMember"),
      category: summary.category.name,
    });
  }
  return feed;
}
