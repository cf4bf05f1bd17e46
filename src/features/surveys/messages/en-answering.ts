import type { frAnswering } from "./fr-answering.ts";

export const enAnswering: Record<keyof typeof frAnswering, string> = {};
