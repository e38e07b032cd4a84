/** A source of numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * A small, fast pseudo-random generator (Mulberry32): the same seed gives the
 * same sequence on every run and every platform, which is what makes
 * `--seed` replay a test run's random choices. Not for anything secret.
 *
 * @example
 * ```ts
 * import { seededRandom } from "statuskit/serve";
 * const first = seededRandom(42);
 * const second = seededRandom(42);
 * first() === second(); // true
 * ```
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
