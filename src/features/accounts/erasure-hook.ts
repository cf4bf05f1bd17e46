import type { AppContext } from "../../platform/context.ts";
import type { KeepReason } from "../privacy/model.ts";

/**
 * How a member's own account is erased, everywhere the platform holds them: privacy knows the
 * places (its personal-data map), accounts does not. Privacy fills this registration point at
 * start-up (its index.ts), so accounts imports nothing of privacy. The eraser runs inside the
 * caller's command (`ctx.db` is its transaction) and returns what the law keeps, to tell the person.
 */
export type AccountEraser = (
  ctx: AppContext,
  person: { accountId: number; email: string },
  options: { withdrawPosts: boolean },
) => Promise<readonly KeepReason[]>;

let registered: AccountEraser | undefined;

/** Privacy's plugin gives accounts its erasure (once per process, before any request). */
export function eraseAccountsWith(eraser: AccountEraser): void {
  registered = eraser;
}

/** The registered erasure; none means the application was put together without privacy. */
export function accountEraser(): AccountEraser {
  if (!registered)
    throw new Error("No account erasure registered: the privacy feature registers it when it loads");
  return registered;
}
