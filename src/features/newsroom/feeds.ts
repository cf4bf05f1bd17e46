import { Feed } from "feed";
import { addFeedEntry } from "../../platform/http/feeds.ts";
import type { I18n } from "../../platform/i18n/index.ts";
import { type ArticleView, articleUrl } from "./service.ts";

/** RSS 2.0 and Atom 1.0 of the newest articles. */
export function newsFeed(options: {
  i18n: I18n;
  baseUrl: URL;
  bankName: string;
  articles: ArticleView[];
}): Feed {
  const { i18n, baseUrl, articles } = options;
  const absolute = (path: string) => new URL(path, baseUrl).href;
  const feed = new Feed({
    title: `${i18n.t("newsroom.title")} · ${options.bankName}`,
    description: i18n.t("newsroom.lead"),
    id: absolute("/actualites"),
    link: absolute("/actualites"),
    language: i18n.locale,
    copyright: options.bankName,
    updated: articles[0]?.publishedAt ?? new Date(0),
    generator: "Confiance",
    feedLinks: { rss: absolute("/actualites/flux.rss"), atom: absolute("/actualites/flux.atom") },
  });
  for (const article of articles) {
    const link = absolute(articleUrl(article));
    addFeedEntry(feed, {
      title: article.title,
      link,
      date: article.publishedAt,
      summaryText: article.excerpt,
      contentHtml: article.bodyHtml,
      author: article.author?.displayName ?? options.bankName,
      ...(article.cover ? { image: absolute(article.cover.url) } : {}),
    });
  }
  return feed;
}
