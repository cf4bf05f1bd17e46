import { customType } from "drizzle-orm/pg-core";

/** Case-insensitive text (the citext extension): e-mail addresses compare as people expect. */
export const citext = customType<{ data: string }>({
  dataType() {
    return "citext";
  },
});
