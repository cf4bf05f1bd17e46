/** The community's view pieces other features embed (the newsroom's comments). */

export { Author, DateTime } from "./views/parts.tsx";
export { withdrawnText } from "./views/topic-page.tsx";
