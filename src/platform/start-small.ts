import v8 from "node:v8";

/**
 * Start-up keeps V8's young generation at its smallest (the entry point asks before it loads the
 * commands, main.ts). Loading the code, migrating and building the routes
 * keep most of what they allocate, so each scavenge doubled the young generation, and start-up left
 * it at its largest (two semi-spaces of 16 MB, some 30 MB of RSS). Only V8's memory reducer gave it
 * back, 30 to 60 s later, at the next scavenge after it judged the process idle; the idle process
 * measured 170 MB instead of 140 (docs/performance.md, issue 17 tenth pass).
 *
 * Each command lets it grow again once started (`startedSmall`), so the load it then meets sizes it
 * as before. V8 reads this setting at each scavenge.
 */
export function startSmall(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/** V8's own factor: a semi-space doubles when a scavenge finds it was too small. */
const SEMI_SPACE_GROWTH_FACTOR = 2;

/** Lets the young generation grow again, once the command has started. */
export function startedSmall(): void {
  v8.setFlagsFromString(`--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`);
}
