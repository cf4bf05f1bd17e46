import { frAnswering } from "./fr-answering.ts";
import { frCore } from "./fr-core.ts";
import { frEditor } from "./fr-editor.ts";
import { frInvitations } from "./fr-invitations.ts";

/**
 * The surveys' messages, in French: the source of their keys. Each part keeps its own file
 * (fr-<part>.ts, with its en-<part>.ts), gathered here.
 */
export const fr = {
  ...frCore,
  ...frEditor,
  ...frAnswering,
  ...frInvitations,
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
