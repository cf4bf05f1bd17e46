/**
 * The time, asked from one place: the legal clocks (a cookie choice's six months, a request's
 * month) read it, and tests move it forward instead of waiting.
 */
export interface Clock {
  now(): Date;
}

export function systemClock(): Clock {
  return { now: () => new Date() };
}
