import assert from "node:assert/strict";
import { test } from "node:test";
import { IMPORT_MAX_ROWS, readContactsCsv } from "./csv.ts";

/** The pure part of a contacts import: reading the file, before any database. */

test("a CSV file is read with its header folded, comma or semicolon, a spreadsheet's BOM ignored", () => {
  assert.deepEqual(readContactsCsv("\uFEFF Email ;Tags\nA@exemple.fr;client\n\n"), {
    rows: [{ email: "A@exemple.fr", tags: "client" }],
  });
  assert.deepEqual(readContactsCsv("email,nom\nb@exemple.fr,Bruno\n"), {
    rows: [{ email: "b@exemple.fr", nom: "Bruno" }],
  });
});

test("a file that cannot be read as contacts is refused whole, saying why", () => {
  assert.deepEqual(readContactsCsv(""), { error: "contacts.import.noEmail" });
  assert.deepEqual(readContactsCsv("nom,prenom\nDupont,Anne\n"), { error: "contacts.import.noEmail" });
  assert.deepEqual(readContactsCsv('email\n"jamais fermé'), { error: "contacts.import.unreadable" });
  assert.deepEqual(readContactsCsv("email\nanne\u0007@exemple.fr\n"), {
    error: "contacts.import.unreadable",
  });
  assert.deepEqual(readContactsCsv(`email\n${"a@exemple.fr\n".repeat(IMPORT_MAX_ROWS + 1)}`), {
    error: "contacts.import.tooMany",
  });
  assert.ok("rows" in readContactsCsv(`email\n${"a@exemple.fr\n".repeat(IMPORT_MAX_ROWS)}`));
});
