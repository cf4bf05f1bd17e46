/** The accounts' view pieces other features embed: the account pages' navigation (a member's own pages). */
export { AccountNav } from "./views/account-pages.tsx";
