import assert from "node:assert/strict";
import { test } from "node:test";
import { CREDIT_WARNING } from "./credit-advertising.ts";
import { publicReplyGuard } from "./guard.ts";

test("one verdict says everything wrong with a public reply, in text order, with a reason key", () => {
  const verdict = publicReplyGuard(
    "Votre prêt est accordé. Notre crédit auto est à 3,9 %. Écrivez à jean.dupont@exemple.fr.",
  );
  assert.equal(verdict.ok, false);
  assert.deepEqual(
    verdict.findings.map((f) => [f.check, f.kind, f.reason]),
    [
      ["bank_secrecy", "account_fact", "publicReply.reason.accountFact"],
      ["credit_advertising", "credit_without_warning", "publicReply.reason.creditWithoutWarning"],
      ["personal_data", "email", "publicReply.reason.personalData"],
    ],
  );
});

test("general help with the bank's own number and a credit offer carrying its sentence passes", () => {
  const verdict = publicReplyGuard(
    `Pour bloquer une carte, appelez le 09 69 39 99 99. Notre prêt travaux est à 4,5 %. ${CREDIT_WARNING}`,
    { bankPhoneNumbers: ["+33 9 69 39 99 99"] },
  );
  assert.deepEqual(verdict, { ok: true, findings: [] });
  assert.equal(publicReplyGuard("Appelez le 09 69 39 99 99.").findings[0]?.kind, "phone", "unless declared");
});
