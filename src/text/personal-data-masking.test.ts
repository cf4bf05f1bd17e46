import assert from "node:assert/strict";
import { test } from "node:test";
import { findingsToConfirm, maskedKeeping, publishable } from "./personal-data-masking.ts";

// Words that show which message was asked for, so the tests need no catalogue.
const publish = { t: (key: string) => `[${key}]` };
const reader = { t: (key: string) => `<${key}>` };
const LEAKY = "IBAN FR76 3000 6000 0112 3456 7890 189, appelez le 06 12 34 56 78.";

test("personal data is replaced by the publishing language's mark, and labelled in the reader's", () => {
  const { text, findings } = publishable(LEAKY, { publish, reader });
  assert.equal(text, "IBAN [personalData.mask.iban], appelez le [personalData.mask.phone].");
  assert.deepEqual(
    findings.map((f) => f.label),
    ["<personalData.kind.iban>", "<personalData.kind.phone>"],
  );
});

test("private text keeps the kinds it exists to carry", () => {
  assert.equal(
    maskedKeeping(publish, LEAKY, ["phone"]),
    "IBAN [personalData.mask.iban], appelez le 06 12 34 56 78.",
  );
});

test("the author is asked once: nothing to confirm once confirmed, or when nothing is found", () => {
  assert.equal(findingsToConfirm(false, { publish, reader }, "Bonjour", "rien ici"), undefined);
  assert.equal(findingsToConfirm(true, { publish, reader }, LEAKY), undefined);
  assert.equal(findingsToConfirm(false, { publish, reader }, "Bonjour", LEAKY)?.length, 2);
});
