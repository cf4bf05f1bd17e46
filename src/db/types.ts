import { customType } from "drizzle-orm/pg-core";

/** Case-insensitive text (the citext extension): e-mail addresses compare as people expect. */
export const citext = customType<{ data: string }>({
  dataType() {
    return "citext";
  },
});

/** A full-text search document (searched with the confiance_fr, confiance_en and confiance_simple configurations). */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

/** Bytes kept in the database (images, attachments). */
export const bytea = customType<{ data: Buffer }>({
  dataType() {
    return "bytea";
  },
});
