import { type SQL, sql } from "drizzle-orm";
import { type InboxScope, PUBLIC_SOURCES } from "./policy.ts";

/** A list of values as SQL parameters, for `in (…)`. */
function values(list: readonly (string | number)[]): SQL {
  return sql.join(
    list.map((value) => sql`${value}`),
    sql`, `,
  );
}

/**
 * `inScope` (policy.ts) as a SQL condition on `inbox_conversations c`: the one predicate every
 * list and count applies, written once. Each branch is a condition `inScope` has, on a column
 * with its index (team, assignee, source, complaint); test/inbox-views.test.ts checks that both
 * agree on every kind of conversation.
 */
export function scopeCondition(scope: InboxScope): SQL {
  if (scope.all) return sql`true`;
  const branches = [sql`c.assignee_id = ${scope.assigneeId}`];
  if (scope.teamIds.length > 0) branches.push(sql`c.team_id in (${values(scope.teamIds)})`);
  if (scope.publicSources) branches.push(sql`c.source in (${values(PUBLIC_SOURCES)})`);
  if (scope.complaints) branches.push(sql`c.complaint`);
  return sql`(${sql.join(branches, sql` or `)})`;
}

export { values as sqlValues };
