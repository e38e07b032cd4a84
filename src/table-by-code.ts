/**
 * Tables keyed by status code, read without ever reaching a prototype.
 *
 * A table is a packed array with one slot for each code from 100 to 599
 * (`undefined` where the code has no entry), so a read at an integer index in
 * range never consults `Array.prototype` or `Object.prototype`, however they
 * have been polluted; every other key is refused before it reaches the array.
 * V8 reads a packed array as fast as an object with numbered keys.
 * @internal
 */
export type TableByCode<Value> = readonly (Value | undefined)[];

/** Builds a table from an object keyed by code (100..599), reading only its own keys. @internal */
export function tableByCode<Values extends object>(values: Values): TableByCode<Values[keyof Values]> {
  const table: (Values[keyof Values] | undefined)[] = [];
  for (let code = 100; code < 600; code++) {
    table.push(Object.hasOwn(values, code) ? values[code as keyof Values] : undefined);
  }
  return table;
}

/** Builds a table that holds `true` for each of `codes` (100..599). @internal */
export function setOfCodes(codes: readonly number[]): TableByCode<true> {
  const table: (true | undefined)[] = [];
  for (let code = 100; code < 600; code++) table.push(codes.includes(code) || undefined);
  return table;
}

/**
 * The entry for `code`, or `undefined` unless `code` is an integer from 100
 * to 599 with an entry. Never coerces: `"404"`, `404n` and objects are
 * refused before any arithmetic could call their `valueOf`.
 * @internal
 */
export function atCode<Value>(table: TableByCode<Value>, code: unknown): Value | undefined {
  const index = typeof code === "number" ? code - 100 : -1;
  // `index >>> 0 === index` holds only for integers 0..2^32-1: it refuses
  // fractions, NaN, infinities and negative numbers in one compare.
  return index >>> 0 === index && index < 500 ? table[index] : undefined;
}
