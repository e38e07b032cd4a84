/**
 * Freezes `value` and every object and array it holds, so that no exported
 * data can be changed by a caller. Returns the same value, for use in
 * initialisers.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}
