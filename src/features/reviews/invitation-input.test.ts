import assert from "node:assert/strict";
import { test } from "node:test";
import {
  INVITATIONS_MAX_ROWS,
  readInvitationRows,
  readInvitationsCsv,
  satisfactionFilterIn,
} from "./invitation-input.ts";

/** The pure part of inviting a batch: reading the file or the API's list, before any database. */

const now = new Date("2026-12-01T10:00:00Z");

test("a CSV batch is read with French or English headers; each row keeps its line; bad rows are named by line, the others invited", () => {
  const read = readInvitationsCsv(
    [
      "\uFEFFEmail;Prénom;Nom;Date_expérience;Référence;Langue",
      "julie.moreau@exemple.fr;Julie;Moreau;2026-11-20;RDV-1;fr",
      "",
      "pas-une-adresse;Paul;Durand;2026-11-20;RDV-2;fr",
      "paul@exemple.fr;Paul;Durand;2027-01-02;RDV-3;fr",
      "anne@exemple.fr;Anne;Petit;2025-11-30;RDV-4;fr",
      "JULIE.MOREAU@exemple.fr;Julie;Moreau;2026-11-21;RDV-5;fr",
      "marc@exemple.fr;Marc;Leroy;;RDV-6;fr",
      "lea@exemple.fr;Léa;Roux;20/11/2026;RDV-7;fr",
      "tom@exemple.fr;Tom;Bas;2025-12-01;RDV-8;de",
      "eve@exemple.fr;Ève;Marin Dupont;2025-12-01;;en",
    ].join("\n"),
    { now },
  );
  assert.ok(read.ok);
  assert.deepEqual(
    read.rows.map((row) => [row.line, row.email, row.firstName, row.lastName, row.reference, row.locale]),
    [
      [2, "julie.moreau@exemple.fr", "Julie", "Moreau", "RDV-1", "fr"],
      [11, "eve@exemple.fr", "Ève", "Marin Dupont", null, "en"],
    ],
  );
  assert.deepEqual(read.rows[0]!.experienceOn, { year: 2026, month: 11, day: 20 });
  assert.deepEqual(read.refused, [
    { line: 4, problem: "reviews.invitations.row.email" },
    { line: 5, problem: "reviews.invitations.row.dateFuture" },
    { line: 6, problem: "reviews.invitations.row.dateTooOld" },
    { line: 7, problem: "reviews.invitations.row.duplicate" },
    { line: 8, problem: "reviews.invitations.row.dateMissing" },
    { line: 9, problem: "reviews.invitations.row.dateInvalid" },
    { line: 10, problem: "reviews.invitations.row.locale" },
  ]);
});

test("a full name is split into the first name and the rest; a product outside the list is refused", () => {
  const read = readInvitationRows(
    [
      {
        line: 1,
        fields: {
          email: "a@exemple.fr",
          name: "  Jean   Charles  Martin ",
          experienceDate: "2026-11-30",
          product: "livret_a",
        },
      },
      { line: 2, fields: { email: "b@exemple.fr", experienceDate: "2026-11-30", product: "cryptomonnaie" } },
    ],
    { now, products: ["livret_a", "credit_immobilier"] },
  );
  assert.ok(read.ok);
  assert.deepEqual(
    read.rows.map((row) => [row.firstName, row.lastName, row.product]),
    [["Jean", "Charles Martin", "livret_a"]],
  );
  assert.deepEqual(read.refused, [{ line: 2, problem: "reviews.invitations.row.product" }]);
});

test("anything that looks like a satisfaction filter refuses the whole batch, whatever its spelling", () => {
  for (const name of [
    "note",
    "Satisfaction",
    "score_nps",
    "minRating",
    "CSAT",
    "étoiles",
    "Note client",
    "filtre",
  ])
    assert.equal(satisfactionFilterIn(["email", name]), name, name);
  assert.equal(
    satisfactionFilterIn(["email", "prenom", "nom", "date_experience", "reference", "produit"]),
    undefined,
  );
  const csv = readInvitationsCsv("email,date_experience,satisfaction\na@exemple.fr,2026-11-30,5\n", { now });
  assert.deepEqual(csv, { ok: false, error: "reviews.invitations.filterRefused", filter: "satisfaction" });
  const api = readInvitationRows(
    [{ line: 1, fields: { email: "a@exemple.fr", experienceDate: "2026-11-30", npsScore: 9 } }],
    { now },
  );
  assert.deepEqual(api, { ok: false, error: "reviews.invitations.filterRefused", filter: "npsScore" });
});

test("a file that cannot be read as a batch is refused whole, saying why", () => {
  assert.deepEqual(readInvitationsCsv("", { now }), { ok: false, error: "reviews.invitations.empty" });
  assert.deepEqual(readInvitationsCsv("email\n", { now }), { ok: false, error: "reviews.invitations.empty" });
  assert.deepEqual(readInvitationsCsv("prenom,nom\nAnne,Petit\n", { now }), {
    ok: false,
    error: "reviews.invitations.noEmail",
  });
  assert.deepEqual(readInvitationsCsv('email\n"jamais fermé', { now }), {
    ok: false,
    error: "reviews.invitations.unreadable",
  });
  assert.deepEqual(readInvitationsCsv("email\nanne\u0007@exemple.fr\n", { now }), {
    ok: false,
    error: "reviews.invitations.unreadable",
  });
  const many = `email,date\n${"a@exemple.fr,2026-11-30\n".repeat(INVITATIONS_MAX_ROWS + 1)}`;
  assert.deepEqual(readInvitationsCsv(many, { now }), { ok: false, error: "reviews.invitations.tooMany" });
});
