/**
 * How much of a body a failure message reads and shows. A body is read only
 * when an assertion fails, and never past `bytes`: a stream is cancelled
 * there, so a huge or endless body costs at most that much memory and work.
 *
 * - `bytes`: the most read from a body (16 KiB);
 * - `lines` and `characters`: the most shown of its text;
 * - `waitMilliseconds`: how long a failure waits for a body that is still
 *   arriving before it shows what came (a server that sends its headers and
 *   then stalls must not hang the test).
 *
 * @example
 * ```ts
 * import { bodyPreviewLimits } from "statuskit/testing";
 * bodyPreviewLimits.bytes; // 16384
 * bodyPreviewLimits.lines; // 20
 * ```
 */
export const bodyPreviewLimits: {
  readonly bytes: number;
  readonly lines: number;
  readonly characters: number;
  readonly waitMilliseconds: number;
} = /* @__PURE__ */ Object.freeze({ bytes: 16_384, lines: 20, characters: 2_000, waitMilliseconds: 5_000 });
