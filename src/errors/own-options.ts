/**
 * A null-prototype copy of an options object's own enumerable members, so
 * that an option left out reads as `undefined` even when something has
 * added that name to `Object.prototype` (an `expose: true` found there would
 * otherwise show a 5xx's detail to the client).
 */
export function ownOptions<Options extends object>(options: Options | undefined): Partial<Options> {
  return Object.assign(Object.create(null), options) as Partial<Options>;
}
