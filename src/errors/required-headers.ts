import { type NamedHeaders, namedHeaders } from "../generated/headers.js";

/**
 * The error statuses whose response must carry the header field that the
 * table names for them (`statusInfo(code).headers`): 401 `WWW-Authenticate`
 * (RFC 9110, Section 15.5.2), 405 `Allow` (15.5.6), 407 `Proxy-Authenticate`
 * (15.5.8), 416 `Content-Range` (15.5.17: for a byte range, `bytes
 * *\/length`) and 426 `Upgrade` (15.5.22). The header names themselves come
 * from the table; this list says only which of the table's facts are
 * requirements rather than recommendations (`Retry-After` on 429 and 503 is
 * optional).
 *
 * @example
 * ```ts
 * import { headerRequiredStatuses } from "statuskit/errors";
 * headerRequiredStatuses.includes(405); // true
 * ```
 */
export const headerRequiredStatuses: readonly number[] = [401, 405, 407, 416, 426] satisfies HeaderRequiredStatus[];

/** The statuses of {@link headerRequiredStatuses}, as literal types. */
export type HeaderRequiredStatus = 401 | 405 | 407 | 416 | 426;

/**
 * The name of the header a status requires, from the table: `"Allow"` for
 * 405; `never` for a status that requires none.
 */
export type RequiredHeaderName<Status extends number> = Status extends HeaderRequiredStatus
  ? NamedHeaders[Status]
  : never;

/**
 * The `headers` an error with this literal status must be given: the required
 * header by its name as the table spells it or in lower case.
 *
 * @example
 * ```ts
 * import type { RequiredHeaders } from "statuskit/errors";
 * const headers: RequiredHeaders<405> = { Allow: "GET, HEAD" };
 * ```
 */
export type RequiredHeaders<Status extends number> = Status extends HeaderRequiredStatus
  ?
      | Readonly<Record<RequiredHeaderName<Status>, string>>
      | Readonly<Record<Lowercase<RequiredHeaderName<Status>>, string>>
  : never;

/**
 * The header `status` requires (as the table spells it) when `headers`
 * (lower-case names) lacks it, else `undefined`.
 */
export function missingRequiredHeader(status: number, headers: Readonly<Record<string, string>>): string | undefined {
  if (!headerRequiredStatuses.includes(status)) return undefined;
  const names = (namedHeaders as Readonly<Record<number, readonly string[] | undefined>>)[status] ?? [];
  return names.find((name) => !Object.hasOwn(headers, name.toLowerCase()));
}
