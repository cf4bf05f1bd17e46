import assert from "node:assert/strict";
import { test } from "node:test";
import {
  findingsToConfirm,
  maskedForPublication,
  maskedKeeping,
  publishable,
} from "./personal-data-masking.ts";

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

test("the bank's own public numbers are nobody's personal data; any other number still is", () => {
  const words = { t: (key: string) => `[${key.split(".").at(-1)}]` };
  const text = "Appelez-nous au 09 69 39 99 99 (ou +33 9 69 39 99 99 de l'étranger), pas le 06 12 34 56 78.";
  const masked = maskedForPublication(words, text, { publicNumbers: ["09 69 39 99 99"] });
  assert.equal(
    masked,
    "Appelez-nous au 09 69 39 99 99 (ou +33 9 69 39 99 99 de l'étranger), pas le [phone].",
  );
  assert.equal(
    maskedForPublication(words, text),
    "Appelez-nous au [phone] (ou [phone] de l'étranger), pas le [phone].",
    "without the list, every number is masked",
  );
});
