import { accountsFeature } from "./features/accounts/index.ts";
import { archiveFeature } from "./features/archive/index.ts";
import { audienceFeature } from "./features/audience/index.ts";
import { barometerFeature } from "./features/barometer/index.ts";
import { communityFeature } from "./features/community/index.ts";
import { consentFeature } from "./features/consent/index.ts";
import { contactsFeature } from "./features/contacts/index.ts";
import { cookiesFeature } from "./features/cookies/index.ts";
import { inboxFeature } from "./features/inbox/index.ts";
import { moderationFeature } from "./features/moderation/index.ts";
import { newsletterFeature } from "./features/newsletter/index.ts";
import { newsroomFeature } from "./features/newsroom/index.ts";
import { pagesFeature } from "./features/pages/index.ts";
import { privacyFeature } from "./features/privacy/index.ts";
import { reviewsFeature } from "./features/reviews/index.ts";
import { sentimentFeature } from "./features/sentiment/index.ts";
import { staffFeature } from "./features/staff/index.ts";
import { surveysFeature } from "./features/surveys/index.ts";
import type { Feature } from "./platform/feature.ts";
import { addCatalogues } from "./platform/i18n/index.ts";

/**
 * Every feature, in the order the server installs them: accounts first, since the other
 * features' hooks and the access check read who is signed in.
 */
export const FEATURES: readonly Feature[] = [
  accountsFeature,
  consentFeature,
  cookiesFeature,
  pagesFeature,
  communityFeature,
  moderationFeature,
  newsletterFeature,
  contactsFeature,
  privacyFeature,
  audienceFeature,
  archiveFeature,
  newsroomFeature,
  staffFeature,
  inboxFeature,
  surveysFeature,
  sentimentFeature,
  reviewsFeature,
  barometerFeature,
];

/** Every feature's messages join the platform's, before any page or e-mail is written. */
addCatalogues(FEATURES.flatMap((feature) => (feature.messages ? [feature.messages] : [])));
