import type { Holders } from "./model.ts";

const registered: Partial<Holders> = {};

/**
 * A feature that holds people's data tells privacy how to act on it (model.ts, Holders), from
 * its index.ts, once per process when the application loads its features.
 */
export function holdPersonalData(parts: Partial<Holders>): void {
  Object.assign(registered, parts);
}

/** The registered holder; none means the application was put together without that feature. */
export function holder<K extends keyof Holders>(name: K): Holders[K] {
  const found = registered[name];
  if (!found) throw new Error(`No ${name} registered with privacy: the feature registers them when it loads`);
  return found;
}
