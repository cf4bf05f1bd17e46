import assert from "node:assert/strict";
import { test } from "node:test";
import { ATTACHMENT_MAX_BYTES, checkAttachment, safeFilename } from "./attachments.ts";

const png = (width: number, height: number) => {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12, "latin1");
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
};

test("an attachment is what its bytes say, not what its name says", () => {
  const pdf = checkAttachment("releve.pdf", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
  assert.ok(pdf.ok && pdf.attachment.mediaType === "application/pdf");
  const lying = checkAttachment("releve.pdf", Buffer.from("<html><script>alert(1)</script></html>"));
  assert.deepEqual(lying, { ok: false, problem: "inbox.attachment.type" });
  const exe = checkAttachment("photo.jpg", Buffer.from("MZ\x90\x00\x03\x00\x00\x00"));
  assert.deepEqual(exe, { ok: false, problem: "inbox.attachment.type" });
  const shot = checkAttachment("capture.pdf", png(800, 600));
  assert.ok(shot.ok && shot.attachment.mediaType === "image/png", "a PNG named .pdf is kept as a PNG");
  assert.deepEqual(checkAttachment("bombe.png", png(60_000, 60_000)), {
    ok: false,
    problem: "inbox.attachment.tooManyPixels",
  });
  assert.deepEqual(checkAttachment("vide.pdf", Buffer.alloc(0)), {
    ok: false,
    problem: "inbox.attachment.empty",
  });
  assert.deepEqual(
    checkAttachment("gros.pdf", Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(ATTACHMENT_MAX_BYTES)])),
    {
      ok: false,
      problem: "inbox.attachment.tooLarge",
    },
  );
});

test("a file name keeps no path and no control characters", () => {
  assert.equal(safeFilename("C:\\Users\\x\\relevé\u202Efdp.exe"), "relevéfdp.exe");
  assert.equal(safeFilename("../../etc/passwd"), "passwd");
  assert.equal(safeFilename(".htaccess"), "piece-jointe.htaccess");
  assert.equal(safeFilename(""), "piece-jointe");
});
