import type { frAnswering } from "./fr-answering.ts";

export const enAnswering: Record<keyof typeof frAnswering, string> = {
  "surveys.answer.number": "Question {number}.",
  "surveys.answer.optional": "(optional)",
  "surveys.answer.missing": "Answer this question to go on.",
  "surveys.answer.invalid": "Choose one of the answers offered.",
  "surveys.answer.tooLong": "Your answer is longer than 2,000 characters: shorten it.",
  "surveys.nps.hint": "From 0 (not at all likely) to 10 (very likely).",
  "surveys.multiple.hint": "Several answers possible.",
  "surveys.text.hint": "{max} characters at most. Do not write an account or card number.",
  "surveys.satisfaction.1": "1 — Very dissatisfied",
  "surveys.satisfaction.2": "2 — Dissatisfied",
  "surveys.satisfaction.3": "3 — Neither satisfied nor dissatisfied",
  "surveys.satisfaction.4": "4 — Satisfied",
  "surveys.satisfaction.5": "5 — Very satisfied",
  "surveys.effort.1": "1 — Very easy",
  "surveys.effort.2": "2 — Easy",
  "surveys.effort.3": "3 — Neither easy nor hard",
  "surveys.effort.4": "4 — Hard",
  "surveys.effort.5": "5 — Very hard",
  "surveys.profile.title": "Finally, about you",
  "surveys.profile.intro":
    "These three answers are optional. They only serve to weight the results so that they represent the clientele well.",
  "surveys.profile.unsaid": "I prefer not to say",
  "surveys.profile.ageBand": "{band} years",
  "surveys.progress": "Page {page} of {pages}",
  "surveys.page.next": "Next page",
  "surveys.page.previous": "Previous page",
  "surveys.page.save": "Save and finish later",
  "surveys.page.submit": "Send my answers",
  "surveys.page.comeBack":
    "Your answers are kept at every page. You may leave and come back to this page's address until the survey closes; do not share it.",
  "surveys.landing.length":
    "{count, plural, one {One question} other {# questions}}, open until {closesOn} included.",
  "surveys.landing.repeats":
    "To limit repeated answers without setting a cookie, we count the surveys begun from one network address: {limit, plural, one {one a day} other {# a day}} at most. We do not keep that address, only a keyed fingerprint, forgotten after 24 hours.",
  "surveys.landing.start": "Begin",
  "surveys.outcome.thanks.title": "Thank you for your answers",
  "surveys.outcome.thanks.text":
    "Your answers are recorded. They help us measure what we do best, or less well.",
  "surveys.outcome.saved.title": "Answers saved",
  "surveys.outcome.saved.text":
    "Your answers are kept. Come back to the survey's address to go on, until {closesOn} included.",
  "surveys.outcome.saved.continue": "Go on now",
  "surveys.outcome.unknown.title": "Survey not found",
  "surveys.outcome.unknown.text":
    "This address leads to no survey in progress: it is incomplete, or your answers have already been sent.",
  "surveys.outcome.closed.title": "Survey closed",
  "surveys.outcome.closed.text":
    "This survey closed on {closesOn}: it takes no more answers. If you had begun, your answers were not sent.",
  "surveys.outcome.scheduled.title": "Survey not open yet",
  "surveys.outcome.scheduled.text": "This survey opens on {opensOn}. Come back from that date.",
  "surveys.outcome.limited.title": "Too many responses from this connection",
  "surveys.outcome.limited.text":
    "{limit, plural, one {One survey has already been begun} other {# surveys have already been begun}} today from your network address, the most for this link. Try again tomorrow, or go on with the survey already begun at its address.",
  "surveys.outcome.staff.title": "For the people the bank asks",
  "surveys.outcome.staff.text":
    "You are signed in with an account of the bank's team: its members do not answer the bank's surveys, through any channel.",
  "surveys.outcome.home": "Back to the home page",
};
