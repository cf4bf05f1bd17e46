/** Moderation's view pieces other features embed. */
export { MaskingNotice } from "./masking-notice.tsx";
