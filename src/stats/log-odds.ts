/**
 * What drives a sentiment: the words over-represented in one set of messages (this period's
 * negative ones) against another (last period's), by the weighted log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", §3.5).
 * The prior is the words' frequency in both sets together, scaled to `priorSize` pseudo-counts;
 * it shrinks rare words towards no difference, so a word seen twice cannot top the list.
 */
export interface Driver {
  word: string;
  /** The log-odds ratio divided by its standard deviation: > 1.96 is over-represented at 5 %. */
  z: number;
  /** The log-odds ratio itself (current versus previous). */
  delta: number;
  current: number;
  previous: number;
}

export interface DriverOptions {
  /** Total pseudo-counts of the prior (α0); the default is the size of both sets together. */
  priorSize?: number;
  /** Words seen fewer times than this in the current set are not listed. */
  minimumCount?: number;
  limit?: number;
}

export function logOddsDrivers(
  current: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, number>,
  options: DriverOptions = {},
): Driver[] {
  const words = new Set([...current.keys(), ...previous.keys()]);
  const sizeCurrent = sum(current.values());
  const sizePrevious = sum(previous.values());
  const sizeBoth = sizeCurrent + sizePrevious;
  if (sizeCurrent === 0 || sizePrevious === 0) return [];
  const priorSize = options.priorSize ?? sizeBoth;
  const drivers: Driver[] = [];
  for (const word of words) {
    const yi = current.get(word) ?? 0;
    const yj = previous.get(word) ?? 0;
    if (yi < (options.minimumCount ?? 1)) continue;
    const alpha = (priorSize * (yi + yj)) / sizeBoth;
    const delta =
      Math.log((yi + alpha) / (sizeCurrent + priorSize - yi - alpha)) -
      Math.log((yj + alpha) / (sizePrevious + priorSize - yj - alpha));
    const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
    drivers.push({ word, z: delta / Math.sqrt(variance), delta, current: yi, previous: yj });
  }
  drivers.sort((x, y) => y.z - x.z || x.word.localeCompare(y.word));
  return options.limit === undefined ? drivers : drivers.slice(0, options.limit);
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
