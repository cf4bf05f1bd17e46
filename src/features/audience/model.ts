/** The audience's names other features may know. */
export { AUDIENCE_COOKIE } from "./measure.ts";
