/**
 * The bounds a status server keeps, so that no request can make it hang,
 * crash or hold resources without end. Deeply frozen.
 *
 * - `maximumSleepMilliseconds`: the largest `?sleep=` and
 *   `?sleep_after_headers=` (one minute); a larger one is a 400.
 * - `maximumDelayedResponses`: how many responses may be waiting (sleeping or
 *   dribbling) at once; one more gets a 503 with `Retry-After`.
 * - `maximumTargetLength`: the longest request target (path and query), in
 *   characters; a longer one is a 400.
 * - `maximumHeaderBytes`: the most header bytes a request may send; more is a 431.
 * - `maximumBodyBytes`: the most request content read (and thrown away); more
 *   is a 413 and the connection closes.
 * - `maximumCodesInList`: the most entries in a `/status/` or `/random/` list,
 *   and the most steps in a `/sequence/`.
 * - `maximumSequenceKeys`: how many `/sequence/` keys may be live at once; a
 *   request for one more gets a 503 with `Retry-After`.
 * - `sequenceIdleMilliseconds`: how long a `/sequence/` key lives after its
 *   last request (ten minutes); after that it starts again from its first step.
 * - `maximumSequenceKeyLength`: the longest `?key=`, in characters.
 * - `maximumEchoedHeaders`: the most `X-Statuskit-Response-*` headers a request may send.
 * - `dribbleIntervalMilliseconds`: the pause between the bytes of a `?dribble=1` body.
 * - `headersTimeoutMilliseconds`: how long a client may take to send its headers.
 *
 * @example
 * ```ts
 * import { serveLimits } from "statuskit/serve";
 * serveLimits.maximumSleepMilliseconds; // 60000
 * ```
 */
export const serveLimits = Object.freeze({
  maximumSleepMilliseconds: 60_000,
  maximumDelayedResponses: 256,
  maximumTargetLength: 2048,
  maximumHeaderBytes: 16_384,
  maximumBodyBytes: 1_048_576,
  maximumCodesInList: 100,
  maximumSequenceKeys: 10_000,
  sequenceIdleMilliseconds: 600_000,
  maximumSequenceKeyLength: 128,
  maximumEchoedHeaders: 32,
  dribbleIntervalMilliseconds: 10,
  headersTimeoutMilliseconds: 10_000,
});
