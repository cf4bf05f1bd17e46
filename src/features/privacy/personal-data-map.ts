/**
 * Where the platform holds data about a person, and what erasure and export do with each place:
 * one source of truth for the right of access (art. 15), portability (art. 20) and erasure
 * (art. 17).
 *
 * The rule: every column of every table is classified here, one class per column. A test reads
 * the Drizzle schema (and the database behind it) and fails when a column of any table is not
 * classified, when a classified column no longer exists, or when a column the schema shows can
 * point to a person (a foreign key to `accounts.id`, an address in `citext`, a `…_by` account
 * number) is classified as anything but identifying. So a new table or column cannot escape the
 * map: whoever adds it says here how it is erased and whether it is exported.
 *
 * The export is built from this map too: a person's rows are found through the identifying
 * columns marked `exported`, and only the columns not `withheld` are read from them.
 */
/**
 * address_hash: the keyed hash of an address (newsletter/suppression.ts), computed from the
 * person's addresses; correspondent and conversation: the inbox's rows for the person (by their
 * account or address) and their conversations with the bank, found by the inbox's holder.
 */
export type Key = "account" | "email" | "subscriber" | "address_hash" | "correspondent" | "conversation";

export type Treatment =
  /** The rows are the person's own: deleted. */
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
  | "marketing_objection"
  | "death_directive"
  | "complaint_record";

/** A column that identifies a person: erasure and export find the person's rows by it. */
export interface Identifies {
  identifies: Key;
  treatment: Treatment;
  /** The rows found through this column are in the person's export. */
  exported: boolean;
  /** The value itself stays out of the export, with the reason (a keyed hash that is ours, not theirs). */
  withheld?: string;
}

export type ColumnClass =
  | Identifies
  /** Describes a person without being a key: a name, a network prefix, a browser, a relay's answer about an address. */
  | "describes"
  /** Content written by a person: a post, an explanation, an answer. */
  | "written"
  /** Says nothing about anyone on its own: a number, a date, a status, a setting. */
  | "not_personal"
  /** Never in an export, with the reason: secrets, keyed hashes, indexes derived from other columns. */
  | { withheld: string };

type TableMap = Readonly<Record<string, ColumnClass>>;

const own = (key: Key, exported = true): Identifies => ({ identifies: key, treatment: "delete", exported });
const link = (exported: boolean): Identifies => ({ identifies: "account", treatment: "unlink", exported });
const kept = (key: Key, keep: KeepReason, exported: boolean): Identifies => ({
  identifies: key,
  treatment: { keep },
  exported,
});
/** The inbox's rows of a person, found by their correspondent or conversation: only complaints are left at erasure. */
const inboxKept = (key: "correspondent" | "conversation"): Identifies => kept(key, "complaint_record", true);
/** Staff columns: what the bank's people did for the bank is the bank's record. */
const staff = (keep: KeepReason = "bank_archive") => kept("account", keep, false);

const N = "not_personal";
const CREDENTIAL = { withheld: "a credential: carrying it out would only weaken the account" };
const SEARCH_INDEX = { withheld: "a search index computed from the words, which are exported" };

/** Every table, every column, in the schema's order (src/db/schema.ts). */
export const PERSONAL_DATA_MAP: Readonly<Record<string, TableMap>> = {
  accounts: {
    id: own("account"),
    email: own("email"),
    email_verified_at: N,
    display_name: "describes",
    password_hash: CREDENTIAL,
    role: N,
    team: "describes",
    locale: N,
    totp_secret: CREDENTIAL,
    totp_enabled_at: N,
    totp_last_step: N,
    second_factor_failures: N,
    second_factor_locked_until: N,
    oidc_subject: "describes",
    deactivated_at: N,
    silenced_until: N,
    suspended_until: N,
    demo: N,
    created_at: N,
    updated_at: N,
  },
  account_recovery_codes: { id: N, account_id: own("account", false), code_hash: CREDENTIAL, used_at: N },
  account_email_tokens: {
    id: N,
    account_id: own("account", false),
    purpose: N,
    token_hash: CREDENTIAL,
    new_email: own("email", false),
    expires_at: N,
    used_at: N,
    created_at: N,
  },
  account_sessions: {
    id: N,
    token_hash: CREDENTIAL,
    account_id: own("account"),
    complete: N,
    second_factor_at: N,
    user_agent: "describes",
    ip_prefix: "describes",
    created_at: N,
    last_seen_at: N,
    expires_at: N,
  },
  archive_staff_publications: {
    id: N,
    at: N,
    author_id: staff(),
    author_role: N,
    author_name: "describes",
    action: N,
    place_type: N,
    place_id: N,
    place_path: N,
    body: "written",
    prev_hash: N,
    hash: N,
  },
  // Pseudonymous by design (CNIL's exemption): a random number with no link to an account or
  // an address, so nobody's request can find it; purged after 25 months.
  audience_hits: { id: N, at: N, visitor: "describes", path: N, referrer_host: N },
  barometer_settings: { id: N, targets: N, minimum_n: N, updated_at: N, updated_by: staff() },
  barometer_reports: {
    id: N,
    version: N,
    content: N,
    published_at: N,
    published_by: staff(),
    withdrawn_at: N,
    withdrawn_by: staff(),
  },
  community_categories: {
    id: N,
    slug: N,
    name: N,
    description: N,
    colour: N,
    position: N,
    staff_starts_topics: N,
  },
  community_topics: {
    id: N,
    category_id: N,
    author_id: link(true),
    kind: N,
    title: "written",
    slug: "written",
    accepted_post_id: N,
    reply_count: N,
    helpful_total: N,
    created_at: N,
    last_posted_at: N,
    deleted_at: N,
  },
  community_posts: {
    id: N,
    topic_id: N,
    author_id: link(true),
    position: N,
    reply_to_post_id: N,
    body_markdown: "written",
    body_html: "written",
    created_at: N,
    edited_at: N,
    deleted_at: N,
    deleted_by: link(false),
    moderation_note: "written",
    helpful_count: N,
    search_vector: SEARCH_INDEX,
  },
  community_post_revisions: {
    id: N,
    post_id: N,
    body_markdown: "written",
    body_html: "written",
    published_at: N,
    replaced_at: N,
    replaced_by: link(false),
  },
  community_topic_search: {
    topic_id: N,
    essentials: SEARCH_INDEX,
    replies: SEARCH_INDEX,
    category_id: N,
    author_id: link(false),
    unanswered: N,
    solved: N,
    last_posted_at: N,
  },
  community_topic_search_pending: { post_id: N, topic_id: N },
  community_reactions: { post_id: N, account_id: own("account"), created_at: N },
  community_bookmarks: { account_id: own("account"), post_id: N, created_at: N },
  community_topic_subscriptions: {
    account_id: own("account"),
    topic_id: N,
    level: N,
    updated_at: N,
    replies_mailed_at: N,
  },
  community_notifications: {
    id: N,
    account_id: own("account"),
    kind: N,
    topic_id: N,
    post_id: N,
    actor_id: link(false),
    created_at: N,
    read_at: N,
    emailed_at: N,
  },
  // `email` is the chosen rhythm (immediate, daily or off), not an address.
  community_notification_settings: { account_id: own("account"), kind: N, email: N, updated_at: N },
  inbox_teams: { id: N, slug: N, name_fr: N, name_en: N, created_at: N },
  inbox_team_members: {
    team_id: N,
    account_id: staff(),
    available: N,
    capacity: N,
    last_assigned_at: N,
  },
  inbox_advisors: { account_id: staff(), needs_approval: N },
  // The person the bank talks with. Erasure first anonymises every conversation that is not a
  // complaint in the register (inbox/personal-data.ts); what is left is the complaints, kept
  // whole 5 years after they are closed (ACPR 2022-R-01), which the person is told.
  inbox_correspondents: {
    id: inboxKept("correspondent"),
    account_id: kept("account", "complaint_record", true),
    email: kept("email", "complaint_record", true),
    display_name: "describes",
    locale: N,
    created_at: N,
    erased_at: N,
  },
  inbox_conversations: {
    id: N,
    correspondent_id: inboxKept("correspondent"),
    source: N,
    thread_key: "describes",
    source_link: N,
    subject: "written",
    language: N,
    status: N,
    snoozed_until: N,
    priority: N,
    team_id: N,
    assignee_id: staff(),
    category_slug: N,
    tags: "describes",
    sentiment: N,
    sentiment_score: N,
    complaint: N,
    complaint_confirmed: N,
    payment_service: N,
    linked_conversation_id: N,
    first_response_due_at: N,
    next_response_due_at: N,
    resolution_due_at: N,
    first_response_at: N,
    paused_at: N,
    last_client_message_at: N,
    last_message_at: N,
    correspondent_read_at: N,
    unread: N,
    resolved_at: N,
    reopened_count: N,
    search_document: SEARCH_INDEX,
    created_at: N,
    updated_at: N,
  },
  // Their messages, the bank's answers and the team's notes about them (all theirs to read, art. 15).
  inbox_messages: {
    id: N,
    conversation_id: inboxKept("conversation"),
    direction: N,
    author_id: link(false),
    body: "written",
    public: N,
    delivery: N,
    approval_reasons: N,
    approved_by: staff(),
    approved_at: N,
    override_by: staff(),
    override_reason: "written",
    external_id: "describes",
    email_headers: "describes",
    language: N,
    sentiment: N,
    sentiment_score: N,
    complaint_score: N,
    payment_service: N,
    mentions: "describes",
    created_at: N,
    sent_at: N,
  },
  // Files go with their message: deleted when its conversation is anonymised, kept with a complaint.
  inbox_attachments: {
    id: N,
    message_id: N,
    filename: "written",
    media_type: N,
    size: N,
    sha256: N,
    content: "written",
  },
  inbox_label_reviews: {
    id: N,
    conversation_id: N,
    predicted_complaint: N,
    confirmed_complaint: N,
    predicted_payment_service: N,
    confirmed_payment_service: N,
    reviewed_by: staff(),
    reviewed_at: N,
  },
  // The register of complaints holds no one's name or words: it points to the conversation.
  inbox_complaints: {
    id: N,
    conversation_id: N,
    received_at: N,
    received_on: N,
    channel: N,
    source_link: N,
    product: N,
    category: N,
    root_cause: "written",
    level: N,
    payment_service: N,
    acknowledge_by: N,
    answer_by: N,
    acknowledged_at: N,
    holding_reply_at: N,
    holding_reply_reasons: "written",
    answered_at: N,
    outcome: N,
    compensation_cents: N,
    created_at: N,
  },
  inbox_canned_replies: {
    id: N,
    shortcut: N,
    locale: N,
    title: N,
    body: N,
    created_by: staff(),
    updated_at: N,
  },
  inbox_service_levels: {
    team_id: N,
    priority: N,
    first_response_minutes: N,
    next_response_minutes: N,
    resolution_minutes: N,
  },
  inbox_opening_hours: { weekday: N, opens_at: N, closes_at: N },
  inbox_source_rules: { category_slug: N, mode: N, hours: N, team_id: N },
  // A contact-form message waiting for its address to be confirmed (then a conversation).
  inbox_contact_requests: {
    id: N,
    email: own("email"),
    name: "describes",
    subject: "written",
    body: "written",
    locale: N,
    token_hash: CREDENTIAL,
    expires_at: N,
    confirmed_at: N,
    conversation_id: N,
    created_at: N,
  },
  inbox_composing: { conversation_id: N, account_id: staff(), until: N },
  inbox_satisfaction: {
    id: N,
    conversation_id: { identifies: "conversation", treatment: "delete", exported: true },
    token_hash: CREDENTIAL,
    sent_at: N,
    rating: N,
    comment: "written",
    answered_at: N,
  },
  moderation_reports: {
    id: N,
    post_id: N,
    reporter_id: link(true),
    reporter_email: { identifies: "email", treatment: "unlink", exported: true },
    reason: N,
    explanation: "written",
    status: N,
    decided_by: staff("moderation_record"),
    decided_at: N,
    created_at: N,
  },
  moderation_held_posts: {
    id: N,
    author_id: own("account"),
    kind: N,
    category_slug: N,
    topic_kind: N,
    title: "written",
    topic_id: N,
    reply_to_post_id: N,
    body: "written",
    reasons: N,
    signals: N,
    status: N,
    decided_by: staff("moderation_record"),
    decided_at: N,
    published_post_id: N,
    created_at: N,
  },
  moderation_watched_words: {
    id: N,
    pattern: N,
    is_regex: N,
    action: N,
    replacement: N,
    created_by: staff(),
    created_at: N,
  },
  moderation_decisions: {
    id: N,
    account_id: kept("account", "moderation_record", true),
    action: N,
    ground: N,
    explanation: "written",
    automated: N,
    decided_by: staff("moderation_record"),
    post_id: N,
    held_post_id: N,
    excerpt: "written",
    until: N,
    appealable_until: N,
    created_at: N,
  },
  moderation_appeals: {
    id: N,
    decision_id: N,
    statement: "written",
    status: N,
    decided_by: staff("moderation_record"),
    decided_at: N,
    reasons: "written",
    created_at: N,
  },
  moderation_link_domains: { domain: N, first_seen_at: N, uses: N },
  moderation_fingerprints: { id: N, hash: N, account_id: own("account", false), created_at: N },
  newsletter_subscribers: {
    id: N,
    email: own("email"),
    locale: N,
    account_id: own("account"),
    status: N,
    confirm_token_hash: CREDENTIAL,
    confirm_expires_at: N,
    requested_wording: N,
    requested_page: N,
    created_at: N,
    confirmed_at: N,
    unsubscribed_at: N,
    last_action_at: N,
    kind: N,
    lawful_basis: N,
    source: N,
    tags: "describes",
    restricted_at: N,
    repermission_sent_at: N,
  },
  // The suppression list: an objection, unsubscribe, bounce or complaint must outlive the person's
  // other data, or the next import or sign-up by someone else would write to them again. Only a
  // keyed hash of the address is kept (no address in clear, nothing else about them): what is
  // needed to honour the objection (GDPR art. 17(3)(b) and (e), 21(2)-(3); CNIL's guidance on
  // opposition lists, "liste repoussoir"). It lifts only when the owner confirms a new sign-up.
  // Being on it (its reason and date) is what the person holds there; the hash is ours.
  newsletter_suppressions: {
    address_hash: {
      ...kept("address_hash", "marketing_objection", true),
      withheld: "a keyed hash of the address, computed with the bank's secret",
    },
    reason: N,
    created_at: N,
  },
  newsletter_campaigns: {
    id: N,
    subject_fr: "written",
    body_fr: "written",
    subject_en: "written",
    body_en: "written",
    status: N,
    author_id: staff(),
    approved_by: staff(),
    approved_at: N,
    list_ids: N,
    tags: N,
    send_at: N,
    started_at: N,
    finished_at: N,
    created_at: N,
    updated_at: N,
  },
  newsletter_deliveries: {
    id: N,
    campaign_id: N,
    subscriber_id: own("subscriber"),
    status: N,
    attempts: N,
    error: "describes",
    sent_at: N,
  },
  newsletter_lists: { id: N, name: N, created_at: N },
  newsletter_list_members: { list_id: N, subscriber_id: own("subscriber") },
  newsletter_clicks: { id: N, campaign_id: N, subscriber_id: own("subscriber"), url: N, at: N },
  newsroom_images: {
    id: N,
    sha256: N,
    content_type: N,
    width: N,
    height: N,
    bytes: N,
    uploaded_by: staff(),
    created_at: N,
  },
  newsroom_articles: {
    id: N,
    slug: "written",
    title: "written",
    excerpt: "written",
    body_markdown: "written",
    body_html: "written",
    cover_image_id: N,
    cover_alt: "written",
    author_id: staff(),
    comments_topic_id: N,
    published_at: N,
    updated_at: N,
  },
  privacy_consent_wordings: { hash: N, purpose: N, locale: N, text: N, created_at: N },
  privacy_consent_events: {
    id: N,
    account_id: kept("account", "consent_proof", true),
    email: kept("email", "consent_proof", true),
    browser_id: "describes",
    purpose: N,
    decision: N,
    channel: N,
    page: N,
    wording_hash: N,
    ip_prefix: "describes",
    user_agent: "describes",
    at: N,
  },
  // A request and its answer prove the right was honoured in time (art. 5(2), 12): kept.
  privacy_requests: {
    id: N,
    kind: N,
    email: kept("email", "request_record", true),
    account_id: kept("account", "request_record", true),
    locale: N,
    details: "written",
    status: N,
    token_hash: CREDENTIAL,
    token_expires_at: N,
    created_at: N,
    received_at: N,
    identity_requested_at: N,
    extended_at: N,
    extension_reasons: "written",
    reminded_at: N,
    answered_at: N,
    answer: "written",
    answered_by: staff("request_record"),
  },
  // `recipients` are categories of recipients described in words, not addresses.
  privacy_processing_register: {
    key: N,
    name: N,
    purposes: N,
    legal_basis: N,
    data_subjects: N,
    data_categories: N,
    recipients: N,
    transfers: N,
    retention: N,
    retention_months: N,
    security: N,
    updated_at: N,
    updated_by: staff(),
  },
  privacy_breaches: {
    id: N,
    title: "written",
    aware_at: N,
    nature: "written",
    people_concerned: "written",
    consequences: "written",
    measures: "written",
    decision: N,
    decision_reasons: "written",
    notified_at: N,
    people_informed_at: N,
    created_by: staff(),
    created_at: N,
    updated_at: N,
  },
  // The trustee's address is the member's choice (loi Informatique et Libertés, art. 85): it goes
  // with the member's directives, and stays while they stand even if the trustee leaves.
  privacy_death_directives: {
    account_id: own("account"),
    choice: N,
    trustee_name: "describes",
    trustee_email: kept("email", "death_directive", false),
    updated_at: N,
  },
  // A reported death and what was done stay as the DPO's record of having executed the directives.
  privacy_death_reports: {
    id: N,
    account_id: kept("account", "request_record", false),
    email: kept("email", "request_record", false),
    evidence: "written",
    reported_by: staff("request_record"),
    reported_at: N,
    executed_choice: N,
    executed_at: N,
  },
  // Reviews (features/reviews). A review stays public after its author's erasure, unlinked like
  // a community post; the invitation stays counted (invited versus received) without its address.
  reviews_invitation_batches: {
    id: N,
    origin: N,
    created_by: staff(),
    label: N,
    invited: N,
    refused_filter: N,
    created_at: N,
  },
  reviews_invitations: {
    id: N,
    batch_id: N,
    token_hash: CREDENTIAL,
    email: { identifies: "email", treatment: "unlink", exported: true },
    first_name: "describes",
    last_name: "describes",
    account_id: link(true),
    external_reference: "describes",
    conversation_id: N,
    product: N,
    experience_date: N,
    locale: N,
    expires_at: N,
    sent_at: N,
    used_at: N,
    created_at: N,
  },
  reviews: {
    id: N,
    author_account_id: link(true),
    invitation_id: N,
    verified: N,
    author_email: { identifies: "email", treatment: "unlink", exported: true },
    author_name: "describes",
    author_key_hash: CREDENTIAL,
    rating: N,
    rating_advice: N,
    rating_digital: N,
    rating_fees: N,
    rating_availability: N,
    title: "written",
    body: "written",
    product: N,
    experience_date: N,
    language: N,
    status: N,
    version: N,
    hold_until: N,
    refusal_reason: N,
    conversation_id: N,
    submitted_at: N,
    first_published_at: N,
    published_at: N,
    edited_at: N,
    withdrawn_at: N,
    created_at: N,
    // An update waiting for moderation: the author's own words, like the review's (JSON of the fields).
    pending_edit: "written",
    pending_since: N,
  },
  reviews_versions: {
    review_id: N,
    version: N,
    rating: N,
    rating_advice: N,
    rating_digital: N,
    rating_fees: N,
    rating_availability: N,
    title: "written",
    body: "written",
    product: N,
    experience_date: N,
    published_at: N,
    replaced_at: N,
  },
  reviews_decisions: {
    id: N,
    review_id: N,
    version: N,
    decision: N,
    reason: N,
    explanation: "written",
    decided_by: staff("moderation_record"),
    submitted_at: N,
    decided_at: N,
  },
  reviews_answers: {
    review_id: N,
    author_id: staff(),
    body: "written",
    review_version: N,
    conversation_id: N,
    published_at: N,
  },
  reviews_settings: {
    id: N,
    moderation_delay_days: N,
    hold_delay_days: N,
    anonymity_months: N,
    retention_months: N,
    min_text_length: N,
    invitation_validity_days: N,
    updated_by: staff(),
    updated_at: N,
  },
  // The sentiment of clients' messages: no author, no text; a negative message's words with
  // proper nouns, numbers and personal data left out (features/sentiment/terms.ts).
  sentiment_messages: {
    id: N,
    source: N,
    object_id: N,
    at: N,
    day: N,
    category: N,
    product: N,
    sentiment: N,
    score: N,
    terms: { withheld: "words counted for the barometer's drivers, without names, numbers or personal data" },
    link: N,
  },
  sentiment_daily: { day: N, source: N, category: N, product: N, positive: N, neutral: N, negative: N },
  sentiment_daily_terms: { day: N, source: N, category: N, product: N, term: N, messages: N },
  sentiment_cursors: { source: N, last_id: N, gaps: N, updated_at: N },
  // Surveys (features/surveys): what a survey asks is the bank's; a response is a person's only in
  // identified mode (a member's account), where erasure cuts the link and the answers stay in the
  // figures as anonymous ones; anonymous responses hold no person (the day only, no address).
  surveys: { id: N, barometer: N, created_by: staff(), created_at: N, archived_at: N },
  survey_versions: {
    id: N,
    survey_id: N,
    number: N,
    title_fr: N,
    title_en: N,
    intro_fr: N,
    intro_en: N,
    mode: N,
    ask_profile: N,
    created_by: staff(),
    created_at: N,
  },
  survey_questions: {
    id: N,
    version_id: N,
    position: N,
    kind: N,
    wording_fr: N,
    wording_en: N,
    optional: N,
    choices: N,
  },
  survey_waves: {
    id: N,
    survey_id: N,
    version_id: N,
    label: N,
    opens_on: N,
    closes_on: N,
    public_key: N,
    public_daily_limit: N,
    created_by: staff(),
    created_at: N,
  },
  survey_responses: {
    id: N,
    wave_id: N,
    channel: N,
    account_id: link(true),
    locale: N,
    draft_key_hash: CREDENTIAL,
    draft: "written",
    page: N,
    age_band: "describes",
    region: "describes",
    is_client: "describes",
    started_at: N,
    submitted_at: N,
  },
  survey_answers: {
    response_id: N,
    question_id: N,
    wave_id: N,
    account_id: link(true),
    choice: N,
    choices: N,
    score: N,
    text: "written",
  },
  // A wave's invitations: the person's own rows (their address, their account), deleted at
  // erasure; the answer they gave is not among them (nothing kept ties an invitation to it).
  survey_distributions: {
    id: N,
    wave_id: N,
    contacts: N,
    list_ids: N,
    tags: N,
    members: N,
    sent_by: staff(),
    sent_at: N,
    invited: N,
    objected: N,
    answered: N,
    remind_at: N,
    reminded_at: N,
    reminded: N,
  },
  survey_invitations: {
    id: N,
    distribution_id: N,
    wave_id: N,
    email: own("email"),
    account_id: own("account"),
    locale: N,
    token_hash: CREDENTIAL,
    sent_at: N,
    reminder_token_hash: CREDENTIAL,
    reminded_at: N,
    draft_response_id: N,
    draft_key: CREDENTIAL,
    answered_at: N,
  },
  survey_in_page_waves: { wave_id: N, started_by: staff(), started_at: N, stopped_at: N },
  survey_in_page_invitations: {
    wave_id: N,
    account_id: own("account"),
    outcome: N,
    draft_response_id: N,
    draft_key: CREDENTIAL,
    answered: N,
  },
  audit_log: {
    id: N,
    at: N,
    actor_id: kept("account", "security_log", true),
    actor_role: N,
    action: N,
    subject_type: N,
    // An account's number when the entry is about an account; the log is kept whole (security_log).
    subject_id: "describes",
    details: "describes",
    ip_prefix: "describes",
    prev_hash: N,
    hash: N,
  },
  // The key is a hash of the route and the client's address: no address is held.
  rate_limit_counters: { key_hash: N, hits: N, resets_at: N },
  // What kept public pages depend on ("topic:12", "listings") and when it changed: no person.
  public_page_versions: { scope: N, version: N },
  mailbox_messages: {
    id: N,
    received_at: N,
    sender: N,
    recipients: own("email", false),
    subject: "describes",
    text: "describes",
    html: "describes",
    list_headers: N,
  },
  // E-mails waiting to leave, or kept a month to follow delivery: erased with the person.
  mail_outbox: {
    id: N,
    idempotency_key: N,
    category: N,
    recipient: own("email", false),
    subject: "describes",
    text: "describes",
    html: "describes",
    headers: N,
    attachments: "describes",
    status: N,
    attempts: N,
    last_error: "describes",
    claimed_until: N,
    created_at: N,
    sent_at: N,
    updated_at: N,
  },
};

/** A place that holds a person: one identifying column, by the key erasure and export look it up with. */
export interface Holding {
  table: string;
  column: string;
  key: Key;
  treatment: Treatment;
  exported: boolean;
}

const isIdentifying = (value: ColumnClass): value is Identifies =>
  typeof value === "object" && "identifies" in value;

/** Every column that identifies a person: what erasure walks and what the export starts from. */
export const HOLDINGS: readonly Holding[] = Object.entries(PERSONAL_DATA_MAP).flatMap(([table, columns]) =>
  Object.entries(columns).flatMap(([column, value]) =>
    isIdentifying(value)
      ? [{ table, column, key: value.identifies, treatment: value.treatment, exported: value.exported }]
      : [],
  ),
);

/** The columns of a table that go into a person's export: all of them but the withheld. */
export function exportedColumns(table: string): string[] {
  return Object.entries(PERSONAL_DATA_MAP[table] ?? {})
    .filter(([, value]) => typeof value === "string" || !("withheld" in value && value.withheld))
    .map(([column]) => column);
}
