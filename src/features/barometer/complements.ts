import type { WaveRows } from "./figures.ts";
import { type DashboardFilters, NO_FILTERS } from "./filters.ts";

/**
 * The minimum-n guard against differencing: a filtered group is shown only when the answers
 * outside it, within every less filtered population, are also at least the minimum — otherwise
 * the hidden rest is one allowed figure minus another. These are the populations (each filter
 * dropped in turn, and all of them) and, per cell, the fewest answers outside the group.
 */
type FilterName = "source" | "client" | "messages" | "product";

/** The filters with each non-empty subset of `names` set back to "everyone", the period kept. */
export function lessFiltered(filters: DashboardFilters, names: readonly FilterName[]): DashboardFilters[] {
  const set = names.filter((name) => filters[name] !== NO_FILTERS[name]);
  const out: DashboardFilters[] = [];
  for (let mask = 1; mask < 1 << set.length; mask++) {
    const wider: DashboardFilters = { ...filters };
    set.forEach((name, i) => {
      if (mask & (1 << i)) Object.assign(wider, { [name]: NO_FILTERS[name] });
    });
    out.push(wider);
  }
  return out;
}

/** The fewest answers outside the group across the populations (undefined when unfiltered). */
const fewestOutside = (n: number, populations: readonly (number | undefined)[]) =>
  populations.length === 0 ? undefined : Math.min(...populations.map((total) => (total ?? n) - n));

/** The waves' trust and NPS cells with the answers outside them in each wider population. */
export function wavesWithComplements(
  waves: readonly WaveRows[],
  populations: readonly WaveRows[][],
): WaveRows[] {
  return waves.map((wave) => {
    const around = populations.map((population) => population.find((w) => w.id === wave.id));
    const npsN = (w: WaveRows | undefined) => w && w.nps.promoters + w.nps.passives + w.nps.detractors;
    const complementN = {
      trust: fewestOutside(
        wave.trust.n,
        around.map((w) => w?.trust.n),
      ),
      nps: fewestOutside(npsN(wave) ?? 0, around.map(npsN)),
    };
    return {
      ...wave,
      trust: {
        ...wave.trust,
        ...(complementN.trust === undefined ? {} : { complementN: complementN.trust }),
      },
      nps: { ...wave.nps, ...(complementN.nps === undefined ? {} : { complementN: complementN.nps }) },
    };
  });
}

/** Periods' counts with the messages outside them in each wider population (sentiment by source or product). */
export function periodsWithComplements<P extends { key: string; n: number }>(
  periods: readonly P[],
  populations: readonly (readonly { key: string; n: number }[])[],
): (P & { complementN?: number })[] {
  return periods.map((period) => {
    const complementN = fewestOutside(
      period.n,
      populations.map((population) => population.find((p) => p.key === period.key)?.n),
    );
    return complementN === undefined ? period : { ...period, complementN };
  });
}
