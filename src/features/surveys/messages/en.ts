import { enAnswering } from "./en-answering.ts";
import { enCore } from "./en-core.ts";
import { enEditor } from "./en-editor.ts";
import { enInvitations } from "./en-invitations.ts";
import type { fr } from "./fr.ts";

/** The surveys' messages, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  ...enCore,
  ...enEditor,
  ...enAnswering,
  ...enInvitations,
};
