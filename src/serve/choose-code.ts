import type { CodeChoice } from "./request-target.js";
import type { RandomSource } from "./seeded-random.js";

/**
 * One code from a choice, each with odds in proportion to its weight. Draws
 * from `random` only when there is a choice to make, so that a seeded run's
 * sequence depends only on the requests that pick at random.
 */
export function chooseCode(choice: CodeChoice, random: RandomSource): number {
  const { codes, weights } = choice;
  if (codes.length === 1) return codes[0] as number;
  let total = 0;
  for (const weight of weights) total += weight;
  let remaining = random() * total;
  let last = codes[0] as number;
  for (let index = 0; index < codes.length; index++) {
    const weight = weights[index] as number;
    if (weight <= 0) continue;
    last = codes[index] as number;
    remaining -= weight;
    if (remaining < 0) return last;
  }
  // Rounding can leave a sliver at the end: it belongs to the last code that has weight.
  return last;
}
