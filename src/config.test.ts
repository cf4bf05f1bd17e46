import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ConfigError, loadConfig } from "./config.ts";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "confiance-config-"));

test("defaults give a working local setup and keep a generated session secret", () => {
  const dir = dataDir();
  const config = loadConfig({ DATA_DIR: dir });
  assert.equal(config.port, 3000);
  assert.equal(config.defaultLocale, "fr");
  assert.equal(config.secureCookies, false);
  assert.equal(config.databaseUrl, undefined);
  assert.equal(readFileSync(path.join(dir, "session-secret"), "utf8").trim(), config.sessionSecret);
  assert.equal(
    loadConfig({ DATA_DIR: dir }).sessionSecret,
    config.sessionSecret,
    "the same secret after a restart",
  );
});

test("a wrong value stops with one sentence naming the variable and what is expected", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: "http" }, /^PORT must be a whole number between 1 and 65535/],
    [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL must start with postgres: or postgresql:/],
    [{ BASE_URL: "pas une url" }, /^BASE_URL must be a full URL/],
    [{ DEFAULT_LOCALE: "de" }, /^DEFAULT_LOCALE must be one of fr, en/],
    [{ SESSION_SECRET: "court" }, /^SESSION_SECRET must be at least 32 characters/],
    [{ TRUST_PROXY: "peut-être" }, /^TRUST_PROXY must be/],
    [{ SMTP_URL: "http://mail" }, /^SMTP_URL must start with smtp: or smtps:/],
    [{ OIDC_ISSUER: "https://idp.banque.fr" }, /^OIDC_CLIENT_ID must be set/],
    [{ INBOUND_SMTP_PORT: "25" }, /^INBOUND_SMTP_RECIPIENTS must be set with INBOUND_SMTP_PORT/],
    [
      { INBOUND_SMTP_PORT: "2525", INBOUND_SMTP_RECIPIENTS: "banque.fr,tout le monde" },
      /^INBOUND_SMTP_RECIPIENTS must be a comma-separated list of domains or addresses/,
    ],
    [{ INBOUND_SMTP_PORT: "smtp" }, /^INBOUND_SMTP_PORT must be a whole number between 1 and 65535/],
  ];
  for (const [env, message] of cases) {
    assert.throws(
      () => loadConfig({ DATA_DIR: dataDir(), ...env }),
      (error: unknown) => error instanceof ConfigError && message.test(error.message),
    );
  }
});

test("an https BASE_URL turns on secure cookies", () => {
  assert.equal(
    loadConfig({ DATA_DIR: dataDir(), BASE_URL: "https://communaute.banque.fr" }).secureCookies,
    true,
  );
});

test("the inbound SMTP listener is off unless INBOUND_SMTP_PORT is set, and listens on the loopback by default", () => {
  assert.equal(loadConfig({ DATA_DIR: dataDir() }).inboundSmtp, undefined);
  const config = loadConfig({
    DATA_DIR: dataDir(),
    INBOUND_SMTP_PORT: "2525",
    INBOUND_SMTP_RECIPIENTS: "Banque.fr, reclamations@groupe-banque.fr",
  });
  assert.deepEqual(config.inboundSmtp, {
    port: 2525,
    host: "127.0.0.1",
    recipients: ["banque.fr", "reclamations@groupe-banque.fr"],
    perSenderPerHour: 30,
    perClientPerMinute: 3000,
    authservId: undefined,
  });
  assert.equal(
    config.inboxReplyTo,
    "reclamations@groupe-banque.fr",
    "replies come back to the first address heard",
  );
  assert.equal(
    loadConfig({ DATA_DIR: dataDir(), INBOX_REPLY_TO: "clients@banque.fr" }).inboxReplyTo,
    "clients@banque.fr",
  );
  assert.equal(loadConfig({ DATA_DIR: dataDir() }).inboxReplyTo, undefined);
  assert.throws(() => loadConfig({ DATA_DIR: dataDir(), INBOX_REPLY_TO: "clients" }), /INBOX_REPLY_TO/);
});
