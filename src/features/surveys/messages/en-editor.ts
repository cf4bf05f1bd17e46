import type { frEditor } from "./fr-editor.ts";

export const enEditor: Record<keyof typeof frEditor, string> = {};
