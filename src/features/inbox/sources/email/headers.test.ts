import assert from "node:assert/strict";
import { test } from "node:test";
import { conversationSubject, messageIdsIn, senderChecks } from "./headers.ts";
import { mimeShape } from "./mime-shape.ts";
import { newText } from "./new-text.ts";

test("a conversation's subject loses its reply and forward prefixes, however many and however written", () => {
  assert.equal(conversationSubject("RE : TR: Fwd: Re[2]: Mon prêt"), "Mon prêt");
  assert.equal(conversationSubject("Réf. : dossier"), "dossier");
  assert.equal(conversationSubject("Retrait refusé"), "Retrait refusé", "a word starting with re is kept");
});

test("Message-IDs are read from In-Reply-To and References, each once, in order", () => {
  assert.deepEqual(messageIdsIn("<a@x> <b@y>\r\n <a@x>"), ["<a@x>", "<b@y>"]);
  assert.deepEqual(messageIdsIn(["<a@x>", "<c@z>"]), ["<a@x>", "<c@z>"]);
  assert.deepEqual(messageIdsIn(undefined), []);
});

test("SPF, DKIM and DMARC come from the topmost Authentication-Results, or the relay's own when named", () => {
  const headers = [
    { key: "received", value: "from mx" },
    {
      key: "authentication-results",
      value: " mx.banque.fr; spf=softfail (sender not allowed) smtp.mailfrom=x.fr; dkim=none; dmarc=fail",
    },
    { key: "authentication-results", value: " mx.banque.fr; spf=pass; dkim=pass; dmarc=pass" },
    { key: "received-spf", value: " Pass (forged)" },
  ];
  assert.deepEqual(senderChecks(headers), {
    by: "mx.banque.fr",
    spf: "softfail",
    dkim: "none",
    dmarc: "fail",
  });
  assert.deepEqual(senderChecks(headers, "relais.banque.fr"), {}, "nothing from another server is believed");
  assert.deepEqual(senderChecks([{ key: "received-spf", value: " Pass (mx: domain of x.fr)" }]), {
    spf: "pass",
  });
});

test("the shape of a message counts its parts and their nesting, embedded messages included", () => {
  const message = [
    "From: a@x.fr",
    'Content-Type: multipart/mixed; boundary="out"',
    "",
    "--out",
    "Content-Type: multipart/alternative;",
    ' boundary="in"',
    "",
    "--in",
    "Content-Type: text/plain",
    "",
    "bonjour",
    "--in--",
    "--out",
    "Content-Type: message/rfc822",
    "",
    "From: b@y.fr",
    "",
    "transféré",
    "--out--",
    "",
  ].join("\r\n");
  assert.deepEqual(mimeShape(Buffer.from(message)), { parts: 5, depth: 3, headerBytes: 63 });
});

test("a reply's new words are kept without the history its mail program quoted", () => {
  assert.equal(
    newText("Merci.\n\nOn Mon, Mar 3, 2025 at 10:00 AM Banque <sc@banque.fr>\nwrote:\n> Bonjour"),
    "Merci.",
  );
  assert.equal(newText("Merci.\n\nDe : Banque\nEnvoyé : lundi\nObjet : frais\n\nBonjour"), "Merci.");
  assert.equal(
    newText("Mon conseiller m'a écrit :\nvotre dossier avance.\nMais rien depuis."),
    "Mon conseiller m'a écrit :\nvotre dossier avance.\nMais rien depuis.",
    "a client's own words are not a quotation",
  );
  assert.equal(newText("> seulement une citation"), "> seulement une citation");
});
