import type { aroundFr } from "./around-fr.ts";

/** What surrounds the reviews, in English: a key missing here fails the type-check. */
export const aroundEn: Record<keyof typeof aroundFr, string> = {
  "reviews.invitations.title": "Invitations to review",
  "reviews.invitations.intro":
    "After a real interaction (a conversation resolved, an appointment, a subscription), every client in the batch receives a single-use link by e-mail; the review they write is published as a “Verified review” with the date of their experience.",
  "reviews.invitations.everyone":
    "The whole batch is invited: a satisfaction column or field (rating, NPS, “satisfied”…) gets the whole batch refused, and the refusal is written in the register. Choosing happy clients would be a misleading practice.",
  "reviews.invitations.upload.title": "Invite from a CSV file",
  "reviews.invitations.upload.columns":
    "One line per client. Columns: email (required), experience_date (YYYY-MM-DD, within the last 12 months, required), first_name and last_name (or name), reference (your case reference), product, locale (fr or en). The report says, line by line, what was refused and why.",
  "reviews.invitations.upload.file": "CSV file (2 MB at most)",
  "reviews.invitations.upload.label": "Batch name",
  "reviews.invitations.upload.labelHint":
    "Kept in the register, for example “November appointments, Lyon branch”.",
  "reviews.invitations.upload.submit": "Invite the whole batch",
  "reviews.invitations.missing": "Choose a CSV file.",
  "reviews.invitations.tooBig": "The file is over 2 MB: split it.",
  "reviews.invitations.unreadable": "This file cannot be read as a CSV.",
  "reviews.invitations.empty": "The batch has no line.",
  "reviews.invitations.noEmail": "The batch has no “email” column.",
  "reviews.invitations.tooMany": "The batch is over 5,000 lines: split it.",
  "reviews.invitations.filterRefused":
    "Batch refused: it carries “{filter}”, which looks like a satisfaction filter or measure. Every client in a batch is invited, satisfied or not: remove that column and send the whole batch. The refusal is written in the register.",
  "reviews.invitations.row.email": "invalid e-mail address",
  "reviews.invitations.row.duplicate": "address already earlier in the batch",
  "reviews.invitations.row.dateMissing": "experience date missing",
  "reviews.invitations.row.dateInvalid": "experience date unreadable (YYYY-MM-DD)",
  "reviews.invitations.row.dateFuture": "experience date in the future",
  "reviews.invitations.row.dateTooOld": "experience older than 12 months: it can no longer be reviewed",
  "reviews.invitations.row.nameTooLong": "name too long (80 characters at most)",
  "reviews.invitations.row.referenceTooLong": "reference too long (120 characters at most)",
  "reviews.invitations.row.product": "unknown product",
  "reviews.invitations.row.locale": "unknown language: fr or en",
  "reviews.invitations.row.objected": "this person objected to the bank's messages: not invited",
  "reviews.invitations.row.staff":
    "an address of the bank or of one of its staff: staff do not review, not invited",
  "reviews.invitations.report.title": "Invitation report",
  "reviews.invitations.report.summary":
    "{invited, plural, one {# client invited} other {# clients invited}} · {refused, plural, one {# line refused} other {# lines refused}}.",
  "reviews.invitations.report.line": "Line",
  "reviews.invitations.report.problem": "Refused because",
  "reviews.invitations.back": "Back to invitations",
  "reviews.invitations.register.title": "Register of invitation batches",
  "reviews.invitations.register.empty": "No batch yet.",
  "reviews.invitations.register.date": "Date",
  "reviews.invitations.register.origin": "Origin",
  "reviews.invitations.register.label": "Batch",
  "reviews.invitations.register.invited": "Invited",
  "reviews.invitations.register.used": "Reviews received",
  "reviews.invitations.register.filter": "Satisfaction filter",
  "reviews.invitations.register.noFilter": "none: the whole batch invited",
  "reviews.invitations.register.refused": "“{filter}” refused: batch not sent",
  "reviews.invitations.origin.inbox": "resolved conversation",
  "reviews.invitations.origin.csv": "CSV file",
  "reviews.invitations.origin.api": "API",
  "reviews.invitations.api.forbidden": "API key missing or invalid.",
  "reviews.invitations.api.off": "The invitations API is not enabled (REVIEWS_API_KEY).",
  "reviews.invitations.mail.subject": "Your review of {bank}",
  "reviews.invitations.mail.greeting": "Hello {name},",
  "reviews.invitations.mail.greetingNoName": "Hello,",
  "reviews.invitations.mail.body":
    "You were in touch with {bank} on {date}. Would you tell other clients how it went, good or bad? Your review will be published as a “Verified review”, with the date of your experience, signed with your first name and the initial of your last name.",
  "reviews.invitations.mail.nothingGiven":
    "We give nothing in exchange for a review, and we publish every review that follows our rules, favourable or not.",
  "reviews.invitations.mail.action": "Write my review",
  "reviews.invitations.mail.footnote":
    "This link works once and stays valid for {days} days. If you do not wish to write a review, ignore this message.",
  "audit.reviews.invitations_sent": "Batch of invitations to review sent",
  "audit.reviews.invitations_filter_refused": "Batch of invitations refused (satisfaction filter)",
  "reviews.inbox.subject": "Review {rating}/5: {title}",
  "reviews.inbox.body": "{title}\n\n{body}\n\nRating: {rating}/5 · product: {product} · experience of {date}",
  "reviews.inbox.updated":
    "The author updated their review (version {version}):\n\n{title}\n\n{body}\n\nRating: {rating}/5",
  "reviews.inbox.alreadyAnswered": "The bank has already answered this review: one public answer per review.",
  "reviews.inbox.notPublished":
    "This review is not published: the bank's answer will wait for its publication.",
  "reviews.inbox.gone": "This review was withdrawn by its author.",
  "reviews.inbox.answerMail.subject": "{bank} answered your review",
  "reviews.inbox.answerMail.body": "{bank} answered your review “{title}” in public.",
  "reviews.inbox.answerMail.update":
    "You may update your review after this answer: both versions will stay public.",
  "reviews.inbox.answerMail.action": "Read the answer",
  "reviews.disclosure.title": "How we handle reviews",
  "reviews.disclosure.intro":
    "What article L111-7-2 and articles D111-16 to D111-19 of the French consumer code, and the NF ISO 20488 standard on online reviews, provide, as our platform applies them today. This page is generated from the settings in force.",
  "reviews.disclosure.updated": "Settings in force since {date}.",
  "reviews.disclosure.back": "Read the reviews",
  "reviews.disclosure.checked.heading": "Are reviews checked?",
  "reviews.disclosure.checked.how":
    "Yes. Every review is read by {bank}'s community team before it is published, in order of arrival, and published or refused within {days} days of its receipt.",
  "reviews.disclosure.checked.masking":
    "Before anything is published, personal data (IBANs, card numbers, phone numbers, e-mail addresses, social security numbers) is masked automatically; the author is told what was masked.",
  "reviews.disclosure.verified.heading": "Are authors verified?",
  "reviews.disclosure.verified.invited":
    "“Verified review”: the review was written from a personal single-use link, sent by e-mail after a real interaction with the bank (a conversation resolved with our advisors, an appointment, a subscription). The date of that experience is shown with the review.",
  "reviews.disclosure.verified.spontaneous":
    "“Spontaneous review”: the review was written by a registered member whose e-mail address is confirmed; we have not checked that they are a client.",
  "reviews.disclosure.verified.staff": "The bank's employees cannot write reviews.",
  "reviews.disclosure.invitations.heading": "Who is invited to review?",
  "reviews.disclosure.invitations.everyone":
    "Every client concerned by an interaction, not chosen by their satisfaction: our tools refuse any batch of invitations filtered on satisfaction, and every batch is written in a register.",
  "reviews.disclosure.invitations.link": "The invitation link works once and stays valid for {days} days.",
  "reviews.disclosure.delay.heading": "How soon is a review published?",
  "reviews.disclosure.delay.max": "{days} days at most after it is received.",
  "reviews.disclosure.delay.hold":
    "The author of a 1- or 2-star review may choose to give the bank time to contact them first: the review is then published {days} days later at the latest, whatever happens.",
  "reviews.disclosure.delay.noHold": "No review is held before publication.",
  "reviews.disclosure.order.heading": "In what order are reviews shown?",
  "reviews.disclosure.order.newest":
    "Newest first, by date of publication. You may filter by product and by rating; each review shows its date of publication, the date of the experience and, if it was edited, the date of its update.",
  "reviews.disclosure.order.score":
    "The overall score is the average rating of the reviews published over the last 12 months, to one decimal, shown with the number of reviews and the distribution of stars.",
  "reviews.disclosure.counterpart.heading": "Is anything given in exchange for a review?",
  "reviews.disclosure.counterpart.none":
    "No. {bank} pays for, rewards and buys no review, and writes none: the platform offers no way to do so.",
  "reviews.disclosure.refusal.heading": "For what reasons can a review be refused?",
  "reviews.disclosure.refusal.intro":
    "A review is never refused for being negative. It can only be refused for one of the following reasons (a review has at least {chars} characters):",
  "reviews.disclosure.authors.heading": "How are authors told?",
  "reviews.disclosure.authors.told":
    "An author whose review is refused receives by e-mail the reason and its explanation; they may correct their review and submit it again.",
  "reviews.disclosure.authors.edit":
    "The author may edit or withdraw their review at any time, from their account or the link they received; an edited review is checked again before it is published: meanwhile the version already published stays shown; once the update is accepted, both versions stay public, dated.",
  "reviews.disclosure.answer.heading": "Does the bank answer reviews?",
  "reviews.disclosure.answer.once":
    "{bank} may answer each review once, in public and free of charge, within {days} days, by an identified advisor; the answer never confirms that the author is a client.",
  "reviews.disclosure.duration.heading": "How long do reviews stay online?",
  "reviews.disclosure.duration.kept": "{months} months after their publication; they are then removed.",
  "reviews.disclosure.duration.names":
    "A review is signed with its author's first name and the initial of their last name; after {months} months it is shown without a name.",
  "reviews.conformity.title": "Reviews conformity report",
  "reviews.conformity.intro":
    "One year's figures, for an audit against NF ISO 20488: reviews received, published, refused by reason, delays, the bank's answers, invitations sent and the reviews they brought.",
  "reviews.conformity.year": "Year",
  "reviews.conformity.show": "Show",
  "reviews.conformity.csv": "Download as CSV",
  "reviews.conformity.indicator": "Indicator",
  "reviews.conformity.value": "Value",
  "reviews.conformity.caption": "Reviews received in {year}",
  "reviews.conformity.received": "Reviews received",
  "reviews.conformity.verified": "of which verified reviews (invited)",
  "reviews.conformity.spontaneous": "of which spontaneous reviews",
  "reviews.conformity.published": "Published",
  "reviews.conformity.refused": "Refused (not corrected since)",
  "reviews.conformity.withdrawn": "Withdrawn by their author",
  "reviews.conformity.waiting": "Waiting (checking, or the time the author chose)",
  "reviews.conformity.refusals": "Refusals, by reason",
  "reviews.conformity.refusal": "Refusal: {reason}",
  "reviews.conformity.medianDecision": "Median delay before decision (hours)",
  "reviews.conformity.beyond": "Decided after the published delay of {days} days",
  "reviews.conformity.answered": "Published reviews the bank answered",
  "reviews.conformity.answeredShare": "Share of published reviews answered (%)",
  "reviews.conformity.medianAnswer": "Median delay of the answer after publication (hours)",
  "reviews.conformity.invitationsSent": "Invitations sent",
  "reviews.conformity.invitationsUsed": "Reviews received from these invitations",
  "reviews.conformity.responseRate": "Response rate to invitations (%)",
  "reviews.conformity.filtersRefused": "Batches refused for a satisfaction filter",
  "reviews.conformity.none": "—",
};
