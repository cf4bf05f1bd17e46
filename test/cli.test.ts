import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import pg from "pg";
import { freshDatabaseUrl } from "./helpers/app.ts";

/** The `confiance` command as an operator types it, against a real database. */

let databaseUrl: string;
before(async () => {
  databaseUrl = await freshDatabaseUrl();
});

function confiance(args: string[], stdin = ""): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/confiance.js", ...args], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "confiance-cli-")),
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("--help lists the commands; an unknown command says so", async () => {
  const help = await confiance(["--help"]);
  assert.equal(help.code, 0);
  for (const command of ["serve", "migrate", "seed-demo", "create-admin", "audit-verify"])
    assert.match(help.output, new RegExp(command));
  const unknown = await confiance(["bogus"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.output, /Unknown command "bogus"/);
});

test("create-admin refuses a common password, then creates the administrator from standard input", async () => {
  const weak = await confiance([
    "create-admin",
    "--email",
    "dsi@banque.fr",
    "--name",
    "DSI",
    "--password",
    "password123",
  ]);
  assert.equal(weak.code, 1);
  assert.match(weak.output, /one of the most used/);
  const missing = await confiance(["create-admin", "--email", "dsi@banque.fr"]);
  assert.equal(missing.code, 2);
  const created = await confiance(
    ["create-admin", "--email", "dsi@banque.fr", "--name", "DSI"],
    "une phrase vraiment secrète\n",
  );
  assert.equal(created.code, 0, created.output);
  assert.match(created.output, /Administrator created: dsi@banque.fr/);
});

test("audit-verify passes on an intact log and fails, naming the entry, on a tampered one", async () => {
  const intact = await confiance(["audit-verify"]);
  assert.equal(intact.code, 0);
  assert.match(intact.output, /Audit log intact: \d+ entries checked/);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("alter table audit_log disable trigger audit_log_append_only");
  await client.query("update audit_log set subject_id = '999' where id = (select min(id) from audit_log)");
  const { rows } = await client.query("select min(id) as id from audit_log");
  await client.end();
  const broken = await confiance(["audit-verify"]);
  assert.equal(broken.code, 1);
  assert.match(broken.output, new RegExp(`BROKEN at entry ${rows[0].id} \\(hash_mismatch\\)`));
});

test("deadlines prints the legal clocks of a day of receipt as one JSON line, and refuses a day that does not exist", async () => {
  const run = await confiance(["deadlines", "--received", "2026-12-24"]);
  assert.equal(run.code, 0);
  assert.deepEqual(JSON.parse(run.output), {
    received: "2026-12-24",
    acknowledgeBy: "2027-01-07",
    answerBy: "2027-02-24",
    paymentAnswerBy: "2027-01-18",
    paymentFinalAnswerBy: "2027-02-15",
    dataRequestAnswerBy: "2027-01-24",
    dataRequestExtendedBy: "2027-03-24",
  });
  for (const bad of [["--received", "2026-02-30"], ["--received"], []]) {
    const refused = await confiance(["deadlines", ...bad]);
    assert.equal(refused.code, 2);
    assert.match(refused.output, /--received YYYY-MM-DD/);
  }
});

test("sentiment-backfill records what is not yet counted, once", async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    "insert into inbox_correspondents (email, display_name) values ('ines@exemple.fr', 'Inès') returning id",
  );
  const { rows: conversations } = await client.query(
    `insert into inbox_conversations (correspondent_id, source, thread_key, subject, created_at, updated_at,
       last_client_message_at, last_message_at)
     values ($1, 'email', 'cli-1', 'Frais', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z',
       '2026-01-05T10:00:00Z') returning id`,
    [rows[0].id],
  );
  await client.query(
    `insert into inbox_messages (conversation_id, direction, body, sentiment, sentiment_score, created_at)
     values ($1, 'incoming', 'Des frais injustifiés, encore !', 'negative', -0.8, '2026-01-05T10:00:00Z')`,
    [conversations[0].id],
  );
  await client.end();
  const first = await confiance(["sentiment-backfill"]);
  assert.equal(first.code, 0, first.output);
  assert.match(first.output, /Sentiment recorded for 1 new message\./);
  const again = await confiance(["sentiment-backfill"]);
  assert.match(again.output, /Sentiment recorded for 0 new messages/);
});
