import { retryableCodes } from "./generated/code-lists.js";
import { parseRetryAfter } from "./retry-after.js";

/**
 * Why {@link retryDecision} decided as it did; a stable set a program can
 * switch on.
 *
 * - `"retry-after"`: retry, after the delay the response's `Retry-After` gives.
 * - `"backoff"`: retry, after an exponential backoff with full jitter (no
 *   usable `Retry-After`).
 * - `"not-retryable"`: don't; the status is not one whose spec says the same
 *   request may succeed later (the table's `retryable` fact): a success, a
 *   404, a 500, an unknown code.
 * - `"not-idempotent"`: don't; the method is not idempotent (RFC 9110,
 *   Section 9.2.2), so repeating it could repeat its effect, and the caller
 *   did not set `retryNonIdempotent`.
 * - `"attempts-exhausted"`: don't; this was attempt `maxAttempts`.
 * - `"retry-after-too-long"`: don't; `Retry-After` asks for a longer wait than
 *   `maxDelayMs`, and waiting less would break the server's request.
 */
export type RetryReason =
  | "retry-after"
  | "backoff"
  | "not-retryable"
  | "not-idempotent"
  | "attempts-exhausted"
  | "retry-after-too-long";

/** What {@link retryDecision} answers. */
export interface RetryDecision {
  /** Whether to send the request again. */
  readonly retry: boolean;
  /**
   * How long to wait before the next attempt, in milliseconds: 0 when not
   * retrying, except for `"retry-after-too-long"`, where it is the wait the
   * server asked for.
   */
  readonly delayMs: number;
  /** Why; see {@link RetryReason}. */
  readonly reason: RetryReason;
}

/** The response {@link retryDecision} reads: a status, and headers to find `Retry-After` in. */
export interface ResponseLike {
  readonly status: number;
  /** A fetch `Headers` (anything with `get`), or a plain object of header names to values, as Node and axios give. */
  readonly headers?: { get(name: string): string | null | undefined } | Readonly<Record<string, unknown>>;
}

/** The request behind a response, and the retry policy; see {@link retryDecision}. */
export interface RetryOptions {
  /** The request method, case-sensitive as methods are (RFC 9110, Section 9.1): `"GET"`, `"POST"`... */
  readonly method: string;
  /** Which attempt got this response: 1 for the first request, 2 for the first retry... */
  readonly attempt: number;
  /** The most attempts in all, the first included (default 3). */
  readonly maxAttempts?: number;
  /** The backoff before the first retry is drawn from 0 to this, in milliseconds, and the range doubles with each attempt (default 100). */
  readonly baseDelayMs?: number;
  /** The longest wait, in milliseconds: the backoff's cap, and the longest `Retry-After` obeyed (default 20000). */
  readonly maxDelayMs?: number;
  /** Retry methods that are not idempotent too (`POST`, `PATCH`), for a request known to be safe to repeat, such as one with an idempotency key (default false). */
  readonly retryNonIdempotent?: boolean;
  /** Where the jitter comes from: numbers in [0, 1), as `Math.random` (the default) gives; pass a seeded source for repeatable delays. */
  readonly random?: () => number;
  /** When the response arrived, for a `Retry-After` date (default: now). */
  readonly now?: number | Date;
}

/** RFC 9110, Section 9.2.2: the methods whose repetition has the effect of one request. */
const idempotentMethods = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"];

const defaults = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 };

/**
 * Whether to retry a request, after how long, and why: for production
 * clients and their tests alike.
 *
 * Takes a status code or a response (a fetch `Response`, or any object with
 * a `status` and `headers`) and the request's `method` and `attempt`. It
 * retries only a status whose spec says the same request may succeed later
 * (the table's `retryable` fact: 408, 421, 425, 429, 502, 503, 504, 507),
 * only an idempotent method unless `retryNonIdempotent` is set, and at most
 * `maxAttempts` times in all. It waits as `Retry-After` says when the
 * response has a valid one (read by {@link parseRetryAfter}), and refuses to
 * retry when that is longer than `maxDelayMs`; otherwise it waits a random
 * time from 0 to `min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))`
 * (exponential backoff with full jitter, so that clients that failed together
 * don't retry together).
 *
 * Throws a `TypeError` for something that is neither a number nor an object
 * with a numeric `status`, and a `RangeError` for an invalid option (an
 * `attempt` that is not a whole number from 1, a negative delay, a `now`
 * that is not a finite time, a `random` that gives a number outside [0, 1)). Options are read as own properties.
 *
 * @example
 * ```ts
 * import { retryDecision } from "statuskit";
 * const random = () => 0.5;
 * retryDecision(503, { method: "GET", attempt: 1, random });
 * // { retry: true, delayMs: 50, reason: "backoff" }
 * retryDecision(503, { method: "GET", attempt: 2, random });
 * // { retry: true, delayMs: 100, reason: "backoff" }
 * retryDecision(503, { method: "GET", attempt: 3, random });
 * // { retry: false, delayMs: 0, reason: "attempts-exhausted" }
 * retryDecision(503, { method: "POST", attempt: 1 });
 * // { retry: false, delayMs: 0, reason: "not-idempotent" }
 * retryDecision(404, { method: "GET", attempt: 1 });
 * // { retry: false, delayMs: 0, reason: "not-retryable" }
 * const response = new Response(null, { status: 429, headers: { "Retry-After": "2" } });
 * retryDecision(response, { method: "GET", attempt: 1 });
 * // { retry: true, delayMs: 2000, reason: "retry-after" }
 * ```
 */
export function retryDecision(response: number | ResponseLike, given: RetryOptions): RetryDecision {
  const options: Partial<RetryOptions> = Object.assign(Object.create(null), given);
  const status = typeof response === "number" ? response : statusOf(response);
  const { method, attempt } = options;
  if (typeof method !== "string") throw new TypeError(`method must be a string such as "GET", not ${String(method)}`);
  const maxAttempts = options.maxAttempts ?? defaults.maxAttempts;
  const baseDelayMs = options.baseDelayMs ?? defaults.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? defaults.maxDelayMs;
  const random = options.random ?? Math.random;
  if (!isCount(attempt)) throw new RangeError(`attempt must be a whole number from 1, not ${String(attempt)}`);
  if (!isCount(maxAttempts)) {
    throw new RangeError(`maxAttempts must be a whole number from 1, not ${String(maxAttempts)}`);
  }
  if (!isDuration(baseDelayMs)) {
    throw new RangeError(`baseDelayMs must be a finite number of milliseconds from 0, not ${String(baseDelayMs)}`);
  }
  if (!isDuration(maxDelayMs)) {
    throw new RangeError(`maxDelayMs must be a finite number of milliseconds from 0, not ${String(maxDelayMs)}`);
  }
  if (typeof random !== "function") throw new TypeError("random must be a function giving numbers in [0, 1)");
  const now = options.now ?? Date.now();
  if (!Number.isFinite(now instanceof Date ? now.getTime() : now)) {
    throw new RangeError(`now must be a finite time in milliseconds or a valid Date, not ${String(now)}`);
  }

  if (!retryableCodes.includes(status as (typeof retryableCodes)[number])) return refuse("not-retryable");
  if (options.retryNonIdempotent !== true && !idempotentMethods.includes(method)) return refuse("not-idempotent");
  if (attempt >= maxAttempts) return refuse("attempts-exhausted");

  const asked = typeof response === "number" ? undefined : parseRetryAfter(retryAfterOf(response), now);
  if (asked !== undefined) {
    return asked > maxDelayMs
      ? { retry: false, delayMs: asked, reason: "retry-after-too-long" }
      : { retry: true, delayMs: asked, reason: "retry-after" };
  }
  const drawn = random();
  if (!(typeof drawn === "number" && drawn >= 0 && drawn < 1)) {
    throw new RangeError(`random must give numbers in [0, 1), not ${String(drawn)}`);
  }
  const range = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return { retry: true, delayMs: Math.floor(drawn * range), reason: "backoff" };
}

const refuse = (reason: RetryReason): RetryDecision => ({ retry: false, delayMs: 0, reason });

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

const isDuration = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

function statusOf(response: ResponseLike): number {
  const status = typeof response === "object" && response !== null ? response.status : undefined;
  if (typeof status !== "number") {
    throw new TypeError("retryDecision takes a status code or a response with a numeric status");
  }
  return status;
}

/** The response's Retry-After value, from fetch-style headers or a plain object; `undefined` when there is none. */
function retryAfterOf(response: ResponseLike): unknown {
  const headers = response.headers;
  if (typeof headers !== "object" || headers === null) return undefined;
  if (typeof headers.get === "function") return headers.get("retry-after");
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() !== "retry-after") continue;
    const value = (headers as Record<string, unknown>)[name];
    // Node gives a repeated field as a list: one value is usable, several are not.
    return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
  }
  return undefined;
}
