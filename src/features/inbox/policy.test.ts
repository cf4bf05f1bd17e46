import assert from "node:assert/strict";
import { test } from "node:test";
import { PERSONAS, whoMay } from "../../platform/auth/personas.ts";
import { inbox, inScope, scopeOf } from "./policy.ts";

test("the inbox: each ability for its roles, second factor given, nobody else", () => {
  const table: [keyof typeof inbox, string[]][] = [
    ["work", ["advisor", "community_manager", "compliance_officer", "administrator"]],
    ["configure", ["community_manager", "administrator"]],
    ["approve", ["community_manager", "compliance_officer", "administrator"]],
    ["override", ["compliance_officer"]],
    ["complaintsRegister", ["compliance_officer", "administrator"]],
    ["reports", ["community_manager", "compliance_officer", "administrator"]],
  ];
  assert.deepEqual(
    table.map(([name]) => name).sort(),
    Object.keys(inbox)
      .filter((name) => !["ownMessages", "writeMessage"].includes(name))
      .sort(),
  );
  for (const [name, expected] of table) assert.deepEqual(whoMay(inbox[name]), expected, name);
});

test("which conversations each role works", () => {
  const actor = (persona: Parameters<typeof PERSONAS.get>[0]) => PERSONAS.get(persona)!;
  const privateOfTeam2 = { teamId: 2, assigneeId: null, source: "private_message", complaint: false };
  const publicOfTeam9 = { teamId: 9, assigneeId: null, source: "community", complaint: false };
  const complaintOfTeam9 = { teamId: 9, assigneeId: null, source: "email", complaint: true };
  const advisor = scopeOf(actor("advisor"), [2]);
  assert.equal(inScope(advisor, privateOfTeam2), true);
  assert.equal(inScope(advisor, publicOfTeam9), false);
  assert.equal(inScope(advisor, complaintOfTeam9), false);
  assert.equal(
    inScope(advisor, { ...publicOfTeam9, assigneeId: actor("advisor").id }),
    true,
    "assigned to them",
  );
  const manager = scopeOf(actor("community_manager"), []);
  assert.equal(inScope(manager, publicOfTeam9), true);
  assert.equal(inScope(manager, privateOfTeam2), false);
  const compliance = scopeOf(actor("compliance_officer"), []);
  assert.equal(inScope(compliance, complaintOfTeam9), true);
  assert.equal(inScope(compliance, publicOfTeam9), false);
  assert.equal(inScope(scopeOf(actor("administrator"), []), privateOfTeam2), true);
});
