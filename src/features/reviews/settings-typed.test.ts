import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_SETTINGS } from "./model.ts";
import { readSettings, typedSettings } from "./settings-typed.ts";

test("the settings read back what the form shows; out of range or not a number, named field by field", () => {
  assert.deepEqual(readSettings(typedSettings(DEFAULT_SETTINGS)), { ok: true, value: DEFAULT_SETTINGS });
  const typed = { ...typedSettings(DEFAULT_SETTINGS), holdDelayDays: "8", moderationDelayDays: "sept" };
  assert.deepEqual(readSettings(typed), {
    ok: false,
    errors: {
      moderationDelayDays: "reviews.settings.outOfRange",
      holdDelayDays: "reviews.settings.outOfRange",
    },
  });
  assert.ok(readSettings({ ...typedSettings(DEFAULT_SETTINGS), holdDelayDays: "0" }).ok, "no hold at all");
});
