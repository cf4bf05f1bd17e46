import { type Channel, PROFILE_DIMENSIONS, type ProfileDimension } from "../surveys/index.ts";

/**
 * The dimensions the bank sets target margins for, and their categories: the respondents'
 * profile answers (features/surveys), to which every wave is raked.
 */
export const WEIGHTING_DIMENSIONS = PROFILE_DIMENSIONS;
export type WeightingDimension = ProfileDimension;
export const DIMENSIONS = Object.keys(WEIGHTING_DIMENSIONS) as WeightingDimension[];
export type { Channel };
