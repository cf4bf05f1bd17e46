import assert from "node:assert/strict";
import { test } from "node:test";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.ts";
import { SecretBox } from "./secret-box.ts";
import { truncateIp } from "./tokens.ts";

test("password rules: length only, common and personal passwords refused", () => {
  assert.equal(passwordProblem("1234567"), "password.tooShort");
  assert.equal(passwordProblem("azertyuiop"), "password.common");
  assert.equal(passwordProblem("Password1"), "password.common", "case does not hide a common password");
  assert.equal(
    passwordProblem("camille.martin", { email: "camille.martin@exemple.fr" }),
    "password.personal",
  );
  assert.equal(passwordProblem("x".repeat(64)), null, "64 characters allowed");
  assert.equal(passwordProblem("🔒🔒🔒🔒🔒🔒🔒"), "password.tooShort", "counted as characters people see");
  assert.equal(passwordProblem("trois mots simples"), null, "no composition rules");
});

test("argon2id hashes verify only the right password", async () => {
  const hash = await hashPassword("une phrase secrète");
  assert.match(hash, /^\$argon2id\$/);
  assert.equal(await verifyPassword(hash, "une phrase secrète"), true);
  assert.equal(await verifyPassword(hash, "une phrase secrete"), false);
  assert.equal(await verifyPassword(null, "x"), false);
});

test("addresses are truncated before being stored", () => {
  assert.equal(truncateIp("192.168.12.34"), "192.168.12.0");
  assert.equal(truncateIp("::ffff:10.1.2.3"), "10.1.2.0");
  assert.equal(truncateIp("2001:db8:abcd:12:1:2:3:4"), "2001:db8:abcd::");
});

test("sealed secrets open only with the same master secret", () => {
  const box = new SecretBox("a".repeat(32));
  const sealed = box.seal("JBSWY3DPEHPK3PXP");
  assert.notEqual(sealed, "JBSWY3DPEHPK3PXP");
  assert.equal(box.open(sealed), "JBSWY3DPEHPK3PXP");
  assert.throws(() => new SecretBox("b".repeat(32)).open(sealed));
});
