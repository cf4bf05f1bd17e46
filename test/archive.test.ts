import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { someCategories } from "./helpers/community.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await someCategories(t.ctx);
});
after(() => t.close());

interface Entry {
  id: number;
  action: string;
  authorRole: string;
  authorName: string;
  placeType: string;
  placePath: string;
  body: string;
  prevHash: string;
  hash: string;
}

describe("the archive of what the bank said (ACPR 2016-R-01)", () => {
  test("staff posts, edits and withdrawals are archived word for word; compliance and the DPO search and export them", async () => {
    const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
    await member.get("/nouveau-sujet");
    const path = (
      await member.post("/nouveau-sujet", {
        category: "comptes-et-cartes",
        kind: "question",
        title: "Frais de dossier sur un prêt personnel",
        body: "Bonjour, sont-ils négociables ?",
      })
    ).headers.location as string;
    const id = path.split("/").at(-1)!;

    const advisor = await signedIn(t.app, await createPerson(t.ctx, "advisor", undefined, "Nora Archive"));
    await advisor.get(path);
    await advisor.post(`/t/${id}/repondre`, { body: "Oui, ils se discutent avec votre conseiller." });
    const replyId = (
      await t.ctx.database.pool.query("select id from community_posts where topic_id = $1 and position = 2", [
        id,
      ])
    ).rows[0].id;
    await advisor.get(`/messages/${replyId}/modifier`);
    await advisor.post(`/messages/${replyId}/modifier`, {
      body: "Oui, ils se négocient avec votre conseiller, jusqu'à la signature.",
    });
    const moderator = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    await moderator.get(path);
    await moderator.post(`/messages/${replyId}/supprimer`);

    const compliance = await signedIn(t.app, await createPerson(t.ctx, "compliance_officer"));
    const page = await compliance.get("/admin/archives?q=conseiller");
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Oui, ils se discutent avec votre conseiller\./);
    assert.match(page.body, /jusqu&#39;à la signature|jusqu'à la signature/);
    assert.match(page.body, /Nora Archive \(Conseiller\)|Nora Archive \(/);
    assert.doesNotMatch(page.body, /sont-ils négociables/, "members' posts are not the bank's word");

    const exported = await compliance.get("/admin/archives?q=conseiller&format=json");
    assert.match(
      exported.headers["content-disposition"] as string,
      /attachment; filename="archive-publications-/,
    );
    const { entries } = JSON.parse(exported.body) as { entries: Entry[] };
    assert.deepEqual(
      entries.map((e) => e.action),
      ["published", "edited", "deleted"],
    );
    assert.equal(entries[2]!.authorRole, "community_manager");
    assert.match(entries[0]!.placePath, new RegExp(`^${path}#message-2$`));
    const csv = await compliance.get("/admin/archives?format=csv&auteur=Nora");
    assert.match(csv.headers["content-type"] as string, /text\/csv/);
    assert.match(csv.body, /,"?published"?,/);
    assert.match(csv.body, /,prevHash,hash\r\n/, "the hash chain is exported");

    const dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
    assert.equal((await dpo.get("/admin/archives")).statusCode, 200);
    assert.equal((await advisor.get("/admin/archives")).statusCode, 403);
    assert.equal((await member.get("/admin/archives")).statusCode, 403);
    assert.equal((await new Agent(t.app).get("/admin/archives")).statusCode, 303);
    assert.match(
      (await compliance.get("/admin/archives?verifier=1")).body,
      /La chaîne d'intégrité est intacte/,
    );
  });

  test("nobody can change or remove an entry; archive-verify finds a tampered one", async () => {
    const manager = await signedIn(t.app, await createPerson(t.ctx, "community_manager"));
    await manager.get("/nouveau-sujet");
    await manager.post("/nouveau-sujet", {
      category: "annonces",
      kind: "discussion",
      title: "Nouveaux horaires du service client",
      body: "Dès lundi, le service client répond de 8 h à 20 h.",
    });
    await assert.rejects(
      t.ctx.database.pool.query("update archive_staff_publications set body = 'autre chose'"),
      /append-only/,
    );
    await assert.rejects(t.ctx.database.pool.query("delete from archive_staff_publications"), /append-only/);

    const cli = (args: string[]) =>
      spawnSync(process.execPath, ["bin/confiance.js", ...args], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: t.databaseUrl },
      });
    const intact = cli(["archive-verify"]);
    assert.equal(intact.status, 0, intact.stderr);
    assert.match(intact.stdout, /Archive intact: \d+ entries checked/);

    await manager.post("/nouveau-sujet", {
      category: "annonces",
      kind: "discussion",
      title: "Fermeture exceptionnelle le 24 décembre",
      body: "Les agences ferment à 16 h le 24 décembre.",
    });
    const head = /Head: (\S+)/.exec(cli(["archive-verify"]).stdout)?.[1];
    assert.ok(head, "the head is printed, to be kept outside the database");
    assert.equal(cli(["archive-verify", "--anchor", head]).status, 0);

    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    await client.query("alter table archive_staff_publications disable trigger archive_append_only");
    // Cutting the end leaves a valid, shorter chain: only a head kept outside reveals it.
    await client.query(
      "delete from archive_staff_publications where id = (select max(id) from archive_staff_publications)",
    );
    assert.equal(cli(["archive-verify"]).status, 0);
    const truncated = cli(["archive-verify", "--anchor", head]);
    assert.equal(truncated.status, 1);
    assert.match(truncated.stderr, /is not in the chain .* removed from its end/);
    await client.query(
      "update archive_staff_publications set body = 'Texte réécrit' where id = (select max(id) from archive_staff_publications)",
    );
    const { rows } = await client.query("select max(id) as id from archive_staff_publications");
    await client.end();
    const broken = cli(["archive-verify"]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, new RegExp(`BROKEN at entry ${rows[0].id} \\(hash_mismatch\\)`));
  });
});
