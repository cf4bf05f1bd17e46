/**
 * pg-boss 10's worker records a job's outcome (done, or failed and to be retried) without
 * waiting for the statement (reported upstream as timgit/pg-boss#577; the later majors need
 * Node 22, see jobs.ts). If the database is away at that moment (the embedded PostgreSQL dying
 * and being restarted, a failover), nobody handles the statement's error and Node ends the whole
 * process, where the app should answer 503s until the database is back. These are those two
 * statements, told by their SQL: test/jobs-database-away.test.ts runs pg-boss's own worker
 * against them, so an upgrade that rewords them fails there.
 */
const OUTCOME_STATEMENTS = [
  // Manager.complete: plans.completeJobs.
  /UPDATE \w+\.job\s+SET completed_on = now\(\),\s+state = 'completed'/,
  // Manager.fail: plans.failJobsById (the maintenance's fail by timeout is awaited, and differs).
  /DELETE FROM \w+\.job\s+WHERE name = \$1 AND id IN \(SELECT UNNEST\(\$2::uuid\[\]\)\)/,
];

export function isJobOutcome(sqlText: string): boolean {
  return OUTCOME_STATEMENTS.some((statement) => statement.test(sqlText));
}

/** What both statements answer when they change nothing: the job stays active as it was. */
export const NOTHING_RECORDED = { rows: [{ count: "0" }] };
