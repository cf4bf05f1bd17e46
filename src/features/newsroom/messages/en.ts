import type { fr } from "./fr.ts";

/** The newsroom's messages, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "newsroom.title": "News",
  "newsroom.lead":
    "What the bank changes, explains or corrects, written plainly. Every article is open to comments, and the team answers them.",
  "newsroom.empty": "No articles yet.",
  "newsroom.new": "Write an article",
  "newsroom.edit": "Edit the article",
  "newsroom.updated": "updated on",
  "newsroom.comments": "Comments: {count}",
  "newsroom.allComments": "Read all comments in the community",
  "newsroom.comment.label": "Your comment",
  "newsroom.comment.submit": "Post the comment",
  "newsroom.comment.signIn": "Sign in to comment",
  "newsroom.form.intro":
    "Write as you would speak to a client: short sentences, what changes for them, and what to do. The text is published when sent and every version is kept in the log.",
  "newsroom.form.submit": "Publish",
  "newsroom.field.excerpt": "Standfirst",
  "newsroom.field.excerptHint":
    "One or two sentences that sum up the article ({min} to {max} characters). They show in the list and the feeds.",
  "newsroom.field.body": "Article text",
  "newsroom.field.cover": "Cover image (optional)",
  "newsroom.field.coverHint": "PNG, JPEG or WebP, at least 600 pixels wide, 2 MB at most.",
  "newsroom.field.coverKeep": "An image is already in place. Choose a file only to replace it.",
  "newsroom.field.coverAlt": "Image description",
  "newsroom.field.coverAltHint":
    "What the image shows, for people who cannot see it. Required with an image.",
  "newsroom.title.missing": "Enter a title.",
  "newsroom.excerpt.tooShort": "The standfirst is too short: write at least 20 characters.",
  "newsroom.excerpt.tooLong": "The standfirst is too long: 300 characters at most.",
  "newsroom.cover.missing": "The image file is empty. Choose another one.",
  "newsroom.cover.tooLarge": "The image is over 2 MB. Make it smaller and send it again.",
  "newsroom.cover.tooSmall": "The image is too small: at least 600 pixels wide.",
  "newsroom.cover.notAnImage": "This file is not a PNG, JPEG or WebP image.",
  "newsroom.cover.tooManyPixels":
    "The image is too large: at most 8,000 pixels on a side and 40 million pixels in all. Make it smaller and send it again.",
  "newsroom.cover.altMissing": "Describe the image in a few words (at least 5 characters).",
};
