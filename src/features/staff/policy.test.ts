import assert from "node:assert/strict";
import { test } from "node:test";
import { whoMay } from "../../platform/auth/personas.ts";
import { staffConsole } from "./policy.ts";

test("the staff console: each ability for its roles, second factor given, nobody else", () => {
  const table: [keyof typeof staffConsole, string[]][] = [
    ["open", ["advisor", "community_manager", "compliance_officer", "dpo", "administrator"]],
    ["manageAccounts", ["administrator"]],
    ["readAuditLog", ["compliance_officer", "administrator"]],
    ["readMailbox", ["administrator"]],
    ["readOutbox", ["administrator"]],
  ];
  assert.deepEqual(
    table.map(([name]) => name).sort(),
    Object.keys(staffConsole).sort(),
    "every ability listed",
  );
  for (const [name, expected] of table) assert.deepEqual(whoMay(staffConsole[name]), expected, name);
});
