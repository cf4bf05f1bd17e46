import type { fr } from "./fr.ts";

/** The archive's messages, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "archive.title": "Archive of the bank's publications",
  "archive.intro":
    "Everything the team published, edited or withdrew in public, as published, with the author, their role, the date and the place (ACPR recommendation 2016-R-01). Nobody can change or delete an entry; each is chained to the previous one by its hash.",
  "archive.verify": "Check the archive's integrity chain",
  "archive.chainOk":
    "The integrity chain is intact ({count} entries checked). Head: {head}. Note it outside the database; “confiance archive-verify --anchor” will later prove no entry was removed from the end.",
  "archive.chainBroken": "The integrity chain is broken at entry {id}: an entry was changed or removed.",
  "archive.search": "Search",
  "archive.words": "Words of the text",
  "archive.author": "Author",
  "archive.from": "From",
  "archive.to": "To",
  "archive.submit": "Search",
  "archive.export": "Export the result, with the hash chain:",
  "archive.when": "Date",
  "archive.who": "Author",
  "archive.what": "Action and place",
  "archive.text": "Text published",
  "archive.older": "Older entries",
  "archive.action.published": "Published",
  "archive.action.edited": "Edited",
  "archive.action.deleted": "Withdrawn",
  "archive.summary": "Search and export everything the team published in public, with the integrity chain.",
  "archive.dateHint": "As YYYY-MM-DD, for example 2026-03-12.",
};
