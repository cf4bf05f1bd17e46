/**
 * The barometer's statistics, pure (no I/O): every figure on the dashboards, the public trust
 * report and `confiance stats` comes from these functions (docs/barometer.md gives the methods).
 */
export { belowMinimum, type Change, MINIMUM_N_DEFAULT, type Verdict, verdictOf } from "./change.ts";
export { ALPHA, Z95 } from "./distributions.ts";
export { answerStatsLine } from "./lines.ts";
export { type Driver, logOddsDrivers } from "./log-odds.ts";
export { compareMeans, type Description, describe, type Moments } from "./means.ts";
export { compareNps, type NpsCounts, nps, npsBucket } from "./nps.ts";
export { type Count, compareProportions, type Estimate, proportion } from "./proportion.ts";
export {
  type Cells,
  checkTargets,
  kish,
  type Raking,
  rake,
  type TargetProblem,
  type Targets,
} from "./weighting.ts";
