// Every feature's tables, gathered for drizzle-kit and for the typed query builder.
export * from "../features/accounts/schema.ts";
export * from "../features/archive/schema.ts";
export * from "../features/audience/schema.ts";
export * from "../features/community/schema.ts";
export * from "../features/consent/schema.ts";
export * from "../features/inbox/schema.ts";
export * from "../features/moderation/schema.ts";
export * from "../features/newsletter/schema.ts";
export * from "../features/newsroom/schema.ts";
export * from "../features/privacy/schema.ts";
export * from "../features/reviews/schema.ts";
export * from "../features/surveys/invitations-schema.ts";
export * from "../features/surveys/schema.ts";
export * from "../platform/audit/schema.ts";
export * from "../platform/http/public-pages-schema.ts";
export * from "../platform/http/rate-limit-schema.ts";
export * from "../platform/mail/schema.ts";
