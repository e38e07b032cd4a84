/**
 * Tables keyed by status code, read without ever reaching a prototype.
 *
 * A table is an array indexed by the code itself, with a slot filled for
 * every integer from 0 to 599 (`undefined` where there is no entry) and no
 * holes, so a read at an integer index in range never consults
 * `Array.prototype` or `Object.prototype`, however they have been polluted;
 * every other key is refused before it reaches the array. V8 reads such an
 * array as fast as an object with numbered keys.
 *
 * Each table is built on the first call that reads it, so that importing
 * statuskit builds nothing, and with `fill` (one native call) and one store
 * per entry: a loop of 600 pushes costs about 70 µs before the engine has
 * compiled it.
 * @internal
 */
export type TableByCode<Value> = readonly (Value | undefined)[];

/** Builds a table from an object keyed by code (up to 599), reading only its own keys. @internal */
export function tableByCode<Values extends object>(values: Values): TableByCode<Values[keyof Values]> {
  const table = emptyTable<Values[keyof Values]>();
  for (const key of Object.keys(values)) {
    const code = Number(key);
    if (code >>> 0 === code && code < 600) table[code] = values[key as keyof Values];
  }
  return table;
}

/** Builds a table that holds `true` for each of `codes` (up to 599), in one pass over them. @internal */
export function setOfCodes(codes: readonly number[]): TableByCode<true> {
  const table = emptyTable<true>();
  for (const code of codes) table[code] = true;
  return table;
}

/** 600 slots, each holding `undefined` (none is a hole). */
function emptyTable<Value>(): (Value | undefined)[] {
  return new Array<Value | undefined>(600).fill(undefined);
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
