/**
 * Where the platform holds data about a person, and what erasure and export do with each place:
 * one source of truth for the right of access (art. 15), portability (art. 20) and erasure
 * (art. 17). A test lists every column that can point to a person and fails when one is missing
 * here, so a new table holding personal data must say how it is erased and exported.
 */
/** address_hash: the keyed hash of an address (newsletter/suppression.ts), computed from the person's addresses. */
export type Key = "account" | "email" | "subscriber" | "address_hash";

export type Treatment =
  /** The rows are the person's own: deleted, and exported. */
  | "delete"
  /** The rows stay (others' content, shared records); the link to the person is cut. */
  | "unlink"
  /** The law or a legitimate need keeps them; the reason is told to the person. */
  | { keep: KeepReason };

export type KeepReason =
  | "consent_proof"
  | "security_log"
  | "moderation_record"
  | "bank_archive"
  | "request_record"
  | "marketing_objection";

export interface Holding {
  table: string;
  column: string;
  key: Key;
  treatment: Treatment;
  /** Included in the person's export. */
  exported: boolean;
}

export const HOLDINGS: readonly Holding[] = [
  { table: "accounts", column: "email", key: "email", treatment: "delete", exported: true },
  {
    table: "account_email_tokens",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: false,
  },
  { table: "account_email_tokens", column: "new_email", key: "email", treatment: "delete", exported: false },
  {
    table: "account_recovery_codes",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: false,
  },
  { table: "account_sessions", column: "account_id", key: "account", treatment: "delete", exported: true },
  { table: "community_topics", column: "author_id", key: "account", treatment: "unlink", exported: true },
  { table: "community_posts", column: "author_id", key: "account", treatment: "unlink", exported: true },
  { table: "community_posts", column: "deleted_by", key: "account", treatment: "unlink", exported: false },
  {
    table: "community_post_revisions",
    column: "replaced_by",
    key: "account",
    treatment: "unlink",
    exported: false,
  },
  {
    table: "community_topic_search",
    column: "author_id",
    key: "account",
    treatment: "unlink",
    exported: false,
  },
  { table: "community_reactions", column: "account_id", key: "account", treatment: "delete", exported: true },
  { table: "community_bookmarks", column: "account_id", key: "account", treatment: "delete", exported: true },
  {
    table: "community_topic_subscriptions",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: true,
  },
  {
    table: "community_notifications",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: true,
  },
  {
    table: "community_notifications",
    column: "actor_id",
    key: "account",
    treatment: "unlink",
    exported: false,
  },
  {
    table: "community_notification_settings",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: true,
  },
  {
    table: "moderation_held_posts",
    column: "author_id",
    key: "account",
    treatment: "delete",
    exported: true,
  },
  {
    table: "moderation_fingerprints",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: false,
  },
  { table: "moderation_reports", column: "reporter_id", key: "account", treatment: "unlink", exported: true },
  {
    table: "moderation_reports",
    column: "reporter_email",
    key: "email",
    treatment: "unlink",
    exported: true,
  },
  {
    table: "moderation_decisions",
    column: "account_id",
    key: "account",
    treatment: { keep: "moderation_record" },
    exported: true,
  },
  { table: "newsletter_subscribers", column: "email", key: "email", treatment: "delete", exported: true },
  {
    table: "newsletter_subscribers",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: true,
  },
  {
    table: "newsletter_deliveries",
    column: "subscriber_id",
    key: "subscriber",
    treatment: "delete",
    exported: true,
  },
  {
    table: "newsletter_clicks",
    column: "subscriber_id",
    key: "subscriber",
    treatment: "delete",
    exported: true,
  },
  {
    table: "newsletter_list_members",
    column: "subscriber_id",
    key: "subscriber",
    treatment: "delete",
    exported: true,
  },
  // The suppression list: an objection, unsubscribe, bounce or complaint must outlive the person's
  // other data, or the next import or sign-up by someone else would write to them again. Only a
  // keyed hash of the address is kept (no address in clear, nothing else about them): what is
  // needed to honour the objection (GDPR art. 17(3)(b) and (e), 21(2)-(3); CNIL's guidance on
  // opposition lists, "liste repoussoir"). It lifts only when the owner confirms a new sign-up.
  {
    table: "newsletter_suppressions",
    column: "address_hash",
    key: "address_hash",
    treatment: { keep: "marketing_objection" },
    exported: true,
  },
  {
    table: "privacy_consent_events",
    column: "account_id",
    key: "account",
    treatment: { keep: "consent_proof" },
    exported: true,
  },
  {
    table: "privacy_consent_events",
    column: "email",
    key: "email",
    treatment: { keep: "consent_proof" },
    exported: true,
  },
  // A request and its answer prove the right was honoured in time (art. 5(2), 12): kept.
  {
    table: "privacy_requests",
    column: "email",
    key: "email",
    treatment: { keep: "request_record" },
    exported: true,
  },
  {
    table: "privacy_requests",
    column: "account_id",
    key: "account",
    treatment: { keep: "request_record" },
    exported: true,
  },
  {
    table: "privacy_requests",
    column: "answered_by",
    key: "account",
    treatment: { keep: "request_record" },
    exported: false,
  },
  {
    table: "privacy_death_directives",
    column: "account_id",
    key: "account",
    treatment: "delete",
    exported: true,
  },
  // A reported death and what was done stay as the DPO's record of having executed the directives.
  {
    table: "privacy_death_reports",
    column: "account_id",
    key: "account",
    treatment: { keep: "request_record" },
    exported: false,
  },
  {
    table: "privacy_death_reports",
    column: "email",
    key: "email",
    treatment: { keep: "request_record" },
    exported: false,
  },
  {
    table: "audit_log",
    column: "actor_id",
    key: "account",
    treatment: { keep: "security_log" },
    exported: true,
  },
  { table: "mailbox_messages", column: "recipients", key: "email", treatment: "delete", exported: false },
  // E-mails waiting to leave, or kept a month to follow delivery: erased with the person.
  { table: "mail_outbox", column: "recipient", key: "email", treatment: "delete", exported: false },
  // Staff columns: what the bank's people did for the bank is the bank's record.
  {
    table: "archive_staff_publications",
    column: "author_id",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
  {
    table: "newsroom_articles",
    column: "author_id",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
  {
    table: "newsroom_images",
    column: "uploaded_by",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
  {
    table: "newsletter_campaigns",
    column: "author_id",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
  {
    table: "newsletter_campaigns",
    column: "approved_by",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
  {
    table: "moderation_decisions",
    column: "decided_by",
    key: "account",
    treatment: { keep: "moderation_record" },
    exported: false,
  },
  {
    table: "moderation_held_posts",
    column: "decided_by",
    key: "account",
    treatment: { keep: "moderation_record" },
    exported: false,
  },
  {
    table: "moderation_reports",
    column: "decided_by",
    key: "account",
    treatment: { keep: "moderation_record" },
    exported: false,
  },
  {
    table: "moderation_appeals",
    column: "decided_by",
    key: "account",
    treatment: { keep: "moderation_record" },
    exported: false,
  },
  {
    table: "privacy_breaches",
    column: "created_by",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
  {
    table: "moderation_watched_words",
    column: "created_by",
    key: "account",
    treatment: { keep: "bank_archive" },
    exported: false,
  },
];

/** Columns whose names look personal but are not, with what they hold (the schema test skips them). */
export const NOT_PERSONAL: Readonly<Record<string, string>> = {
  "community_notification_settings.email":
    "the chosen e-mail rhythm (immediate, daily or off), not an address",
  "privacy_processing_register.recipients": "categories of recipients described in words, not addresses",
};
