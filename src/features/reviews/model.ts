import { ASPECTS, type Aspect, REFUSAL_REASONS, type RefusalReason, type ReviewStatus } from "./schema.ts";

export { ASPECTS, type Aspect, REFUSAL_REASONS, type RefusalReason, type ReviewStatus };

/** What a review may be about: the bank's products and services, as clients name them. */
export const PRODUCTS = [
  "compte",
  "carte",
  "epargne",
  "credit-immobilier",
  "credit-consommation",
  "assurance",
  "banque-en-ligne",
  "conseiller",
  "autre",
] as const;
export type Product = (typeof PRODUCTS)[number];

/** Limits of what a review holds (the shortest text is a setting: `minTextLength`). */
export const TITLE_MAX = 120;
export const BODY_MAX = 5000;
/** An experience older than this many months cannot be reviewed (NF ISO 20488: a recent, real experience). */
export const EXPERIENCE_MONTHS = 12;
/** The score is the average of the reviews published over this many months. */
export const SCORE_MONTHS = 12;
/** A review rated this or lower is negative: its author may have it held for the bank to contact them first. */
export const NEGATIVE_AT_MOST = 2;
/** Reviews on one page of /avis. */
export const REVIEWS_PER_PAGE = 20;

/** The settings the procedure follows (reviews_settings), and the disclosure page states. */
export interface ReviewSettings {
  moderationDelayDays: number;
  holdDelayDays: number;
  anonymityMonths: number;
  retentionMonths: number;
  minTextLength: number;
  invitationValidityDays: number;
}

export const DEFAULT_SETTINGS: ReviewSettings = {
  moderationDelayDays: 7,
  holdDelayDays: 7,
  anonymityMonths: 18,
  retentionMonths: 60,
  minTextLength: 50,
  invitationValidityDays: 60,
};

/** The score shown on /avis and the badge: average over the window, to one decimal, with its count and stars. */
export interface Score {
  /** Null when no review was published in the window. */
  average: number | null;
  count: number;
  /** How many reviews gave 1, 2, 3, 4 and 5 stars (index 0 is one star). */
  distribution: [number, number, number, number, number];
}
