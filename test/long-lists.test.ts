import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PAGE_SIZE } from "../src/platform/http/paging.ts";
import type { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";

/**
 * Staff lists longer than a page say how many there are and link to the next pages; walking the
 * pages shows every row once (issue 13, "Also": they were cut at 100 to 500 rows without a word).
 * The rows are inserted with the same date, so only a total order keeps them from slipping
 * between pages.
 */
let t: TestApp;
let dpo: Agent;
let manager: Agent;
let managerId: number;
before(async () => {
  t = await startTestApp();
  dpo = await signedIn(t.app, await createPerson(t.ctx, "dpo"));
  const person = await createPerson(t.ctx, "community_manager");
  managerId = person.id;
  manager = await signedIn(t.app, person);
});
after(() => t.close());

const ROWS = PAGE_SIZE + 7;
const insert = (text: string, values: unknown[] = []) => t.ctx.database.pool.query(text, values);

/** Reads every page of a list the way a person would: following the "next page" link. */
async function walk(agent: Agent, url: string, ids: RegExp) {
  const seen: string[] = [];
  const pages: string[] = [];
  for (let next: string | undefined = url; next; ) {
    const page = await agent.get(next);
    assert.equal(page.statusCode, 200, next);
    pages.push(page.body);
    seen.push(...[...page.body.matchAll(ids)].map((m) => m[1]!));
    next = /<a href="([^"]+)" rel="next">/.exec(page.body)?.[1]?.replaceAll("&amp;", "&");
  }
  return { seen, pages };
}

function assertPaged(pages: string[], seen: string[], expected: string[]) {
  assert.equal(pages.length, 2, "two pages");
  assert.match(pages[0]!, new RegExp(`Affichage de 1 à ${PAGE_SIZE} sur ${ROWS}`), "the count is shown");
  assert.match(pages[0]!, /<nav aria-label="Pages" class="pagination">/);
  assert.match(pages[0]!, /<span aria-current="page">Page 1<\/span>/);
  assert.match(pages[1]!, new RegExp(`Affichage de ${PAGE_SIZE + 1} à ${ROWS} sur ${ROWS}`));
  assert.match(pages[1]!, /rel="prev"/);
  assert.deepEqual([...seen].sort(), [...expected].sort(), "every row once, none lost");
}

test("the DPO's open and closed requests paginate, and nothing is lost", async () => {
  const open = await insert(
    `insert into privacy_requests (kind, email, locale, status, received_at)
     select 'access', 'demandeur' || i || '@exemple.fr', 'fr', 'open', now() from generate_series(1, $1) i
     returning id`,
    [ROWS],
  );
  const { seen, pages } = await walk(dpo, "/admin/demandes", /href="\/admin\/demandes\/(\d+)"/g);
  assertPaged(
    pages,
    seen,
    open.rows.map((row) => String(row.id)),
  );
  const closed = await insert(
    `insert into privacy_requests (kind, email, locale, status, received_at, answered_at, answer)
     select 'access', 'ancien' || i || '@exemple.fr', 'fr', 'answered', now(), now(), 'Voici vos données.'
       from generate_series(1, $1) i returning id`,
    [ROWS],
  );
  const answered = await walk(dpo, "/admin/demandes?etat=closes", /href="\/admin\/demandes\/(\d+)"/g);
  assert.match(answered.pages[0]!, /href="\/admin\/demandes\?etat=closes&amp;page=2" rel="next"/);
  assertPaged(
    answered.pages,
    answered.seen,
    closed.rows.map((row) => String(row.id)),
  );
});

test("the breach register paginates", async () => {
  const { rows } = await insert(
    `insert into privacy_breaches (title, aware_at, nature, created_by)
     select 'Violation ' || i, now(), 'Envoi par erreur', $2 from generate_series(1, $1) i returning id`,
    [ROWS, managerId],
  );
  const { seen, pages } = await walk(dpo, "/admin/violations", /href="\/admin\/violations\/(\d+)"/g);
  assertPaged(
    pages,
    seen,
    rows.map((row) => String(row.id)),
  );
});

test("the campaigns list paginates", async () => {
  const { rows } = await insert(
    `insert into newsletter_campaigns (subject_fr, body_fr, subject_en, body_en, author_id)
     select 'Lettre ' || i, 'Texte', 'Letter ' || i, 'Text', $2 from generate_series(1, $1) i returning id`,
    [ROWS, managerId],
  );
  const { seen, pages } = await walk(manager, "/admin/lettres", /href="\/admin\/lettres\/(\d+)"/g);
  assertPaged(
    pages,
    seen,
    rows.map((row) => String(row.id)),
  );
});

test("the contacts list paginates, and a search keeps its words from page to page", async () => {
  const { rows } = await insert(
    `insert into newsletter_subscribers (email, locale, status)
     select 'contact' || lpad(i::text, 3, '0') || '@exemple.fr', 'fr', 'active' from generate_series(1, $1) i
     returning email::text as email`,
    [ROWS],
  );
  await insert(`insert into newsletter_subscribers (email, locale) values ('autre@exemple.fr', 'fr')`);
  const { seen, pages } = await walk(manager, "/admin/contacts?q=contact", /(contact\d{3}@exemple\.fr)/g);
  assert.match(pages[0]!, /href="\/admin\/contacts\?q=contact&amp;page=2" rel="next"/);
  assertPaged(
    pages,
    seen,
    rows.map((row) => row.email),
  );
  const all = await manager.get("/admin/contacts");
  assert.match(all.body, new RegExp(`Affichage de 1 à ${PAGE_SIZE} sur ${ROWS + 1}`));
});
