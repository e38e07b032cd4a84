/**
 * The optimal-string-alignment distance between `a` and `b`: how many
 * insertions, deletions, substitutions or swaps of two neighbouring
 * characters turn one into the other ("fuond" is 1 from "found").
 *
 * Stops early and returns `limit + 1` as soon as the distance must exceed
 * `limit`, so that comparing a long input against many names stays cheap.
 *
 * @example
 * ```ts
 * editDistance("not fuond", "not found"); // 1
 * editDistance("teapot", "timeout", 2); // 3 (more than the limit)
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the classic table: the one before last (for swaps), the
  // last, and the one being filled.
  let beforeLast: number[] = [];
  let last: number[] = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((last[j] as number) + 1, (current[j - 1] as number) + 1, (last[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforeLast[j - 2] as number) + 1);
      }
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    beforeLast = last;
    last = current;
  }
  const distance = last[b.length] as number;
  return distance > limit ? limit + 1 : distance;
}
