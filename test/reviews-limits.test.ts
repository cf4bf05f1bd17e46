import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Agent } from "./helpers/agent.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createPerson, signedIn } from "./helpers/people.ts";
import { invitation, reviewForm } from "./helpers/reviews.ts";

/** Sending a review is under the shared limit of the public writing forms, per client address. */
let t: TestApp;

before(async () => {
  t = await startTestApp({ limits: { sensitive: 2 } });
});
after(() => t.close());

test("POST /avis/ecrire and POST /avis/invitation/:token answer 429 past the shared limit", async () => {
  const member = await signedIn(t.app, await createPerson(t.ctx, "member"));
  await member.get("/avis/ecrire");
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await member.post("/avis/ecrire", { rating: "9" })).statusCode);
  assert.deepEqual(statuses, [422, 422, 429]);

  const token = await invitation(t.ctx);
  const visitor = new Agent(t.app);
  await visitor.get(`/avis/invitation/${token}`);
  const sent = [];
  for (let i = 0; i < 3; i++)
    sent.push(
      (await visitor.post(`/avis/invitation/${token}`, reviewForm(t.ctx, { rating: "9" }))).statusCode,
    );
  assert.equal(sent.at(-1), 429);
});
