/**
 * Tables keyed by status code, read without ever reaching a prototype.
 *
 * A table is a packed array indexed by the code itself, with a slot for every
 * integer from 0 to 599 (`undefined` where there is no entry), so a read at an
 * integer index in range never consults `Array.prototype` or
 * `Object.prototype`, however they have been polluted; every other key is
 * refused before it reaches the array. V8 reads a packed array as fast as an
 * object with numbered keys.
 * @internal
 */
export type TableByCode<Value> = readonly (Value | undefined)[];

/** Builds a table from an object keyed by code (up to 599), reading only its own keys. @internal */
export function tableByCode<Values extends object>(values: Values): TableByCode<Values[keyof Values]> {
  const table: (Values[keyof Values] | undefined)[] = [];
  for (let code = 0; code < 600; code++) {
    table.push(Object.hasOwn(values, code) ? values[code as keyof Values] : undefined);
  }
  return table;
}

/** Builds a table that holds `true` for each of `codes` (up to 599), in one pass over them. @internal */
export function setOfCodes(codes: readonly number[]): TableByCode<true> {
  const table: (true | undefined)[] = [];
  for (let code = 0; code < 600; code++) table.push(undefined);
  for (const code of codes) table[code] = true;
  return table;
}

/**
 * The entry for `code`, or `undefined` unless `code` is an integer up to 599
 * with an entry. Never coerces: `"404"`, `404n` and objects are refused
 * before any arithmetic could call their `valueOf`; `code >>> 0 === code`
 * holds only for integers from 0 to 2^32 - 1, so it refuses fractions, NaN,
 * infinities and negative numbers in one compare.
 * @internal
 */
export function atCode<Value>(table: TableByCode<Value>, code: unknown): Value | undefined {
  return typeof code === "number" && code >>> 0 === code && code < 600 ? table[code] : undefined;
}
