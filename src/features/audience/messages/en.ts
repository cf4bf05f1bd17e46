import type { fr } from "./fr.ts";

/** The audience's messages, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "audience.title": "Site audience",
  "audience.summary": "Page views, visitors and referring sites, measured without third-party trackers.",
  "audience.intro":
    "The site's own measurement, exempt from consent: no account, no address, nothing shared. Visitors who object, or whose browser sends the Global Privacy Control signal, are not counted.",
  "audience.period": "Period",
  "audience.days": "{days} days",
  "audience.totals": "{views} page views by {visitors} visitors over the last {days} days.",
  "audience.pages": "Most viewed pages",
  "audience.page": "Page",
  "audience.views": "Page views",
  "audience.referrers": "Referring sites",
  "audience.site": "Site",
  "audience.visits": "Visits",
  "audience.byDay": "Day by day",
  "audience.day": "Day",
  "audience.visitors": "Visitors",
  "audience.none": "Nothing measured over this period.",
};
