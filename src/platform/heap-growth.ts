import v8 from "node:v8";

/**
 * How far V8 lets the old generation grow past what stayed alive at the last full collection,
 * for the processes that run for long (`serve`, `worker`). Left to itself, V8 lets it grow up to
 * four times when collecting is cheap: under a steady stream of replies, with 50 MB alive after
 * each full collection, the old generation reached 240 MB before the next, and the RSS read after
 * a run depended on where in that cycle it fell (+37 % to +63 % over ten write runs). At twice,
 * it stays under 125 MB and the RSS within 240–263 MB from the second run on (three sets), for a
 * full collection every 11 s or so instead of every 30 s (7–16 ms of pause each; the marking runs
 * beside), at no cost to the replies a second that the machine's noise let us see. docs/performance.md, issue 17 fourth pass.
 *
 * Half, since the twelfth pass: after the read scenarios, what stays alive is about 140 MB (the
 * kept fragments and bodies, bounded in characters, are most of it), and at twice the old
 * generation grew from 160 to 247 MB over the writes and kept that room: RSS +20 % from the
 * first write run to the fifth, in two sets. At one and a half times, it stops near 186 MB:
 * +9 % and +14 %, replies a second the same, rendered pages about 3 % slower to render.
 *
 * V8 reads this setting at each collection, so setting it once the process runs takes effect
 * from the next one (it cannot be given in NODE_OPTIONS, and `node dist/main.js serve` must
 * behave as `npm start` does).
 */
const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
