/**
 * Whether a value read from a request (or a file) is one of a union's values. The check narrows
 * the value, so what follows uses it as the union's type with no cast: a cast after a check
 * stays silent when the check and the cast drift apart.
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
