import type { StatusCategory } from "../types.js";

/**
 * How well the origin of an unofficial meaning is sourced.
 *
 * - `"high"`: the vendor's own documentation or source code says so.
 * - `"medium"`: widely reported, but the vendor's documentation does not show it.
 * - `"low"`: folklore or lists copying each other; no authoritative source found.
 */
export type Confidence = "high" | "medium" | "low";

/**
 * One unofficial meaning of a status code: a code that a product sends (or
 * logs) although no standard registers that meaning. Listed in
 * `unofficialStatuses`, returned by `unofficialStatusInfo(code)`; deeply frozen.
 *
 * @example
 * ```ts
 * import { unofficialStatusInfo } from "statuskit/unofficial";
 * unofficialStatusInfo(499)?.[0]?.origin; // "nginx"
 * ```
 */
export interface UnofficialStatus {
  /** The three-digit code, e.g. `499`. */
  readonly code: number;
  /** The phrase the product (or common usage) gives it, e.g. `"Client Closed Request"`. */
  readonly phrase: string;
  /** Its class, from the first digit. */
  readonly category: StatusCategory;
  /** Who sends it, e.g. `"nginx"` or `"Cloudflare"`. */
  readonly origin: string;
  /** How well that origin is sourced; see {@link Confidence}. */
  readonly confidence: Confidence;
  /** A caveat about the phrase or the source, or `""` when there is none. */
  readonly note: string;
  /** One or two sentences, in statuskit's own words, on when you meet it and what it means. */
  readonly description: string;
}
