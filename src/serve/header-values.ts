/** What a header's value may depend on. */
export interface HeaderContext {
  readonly code: number;
  /** Where `Location` points: `?location=`, or `/200`. */
  readonly location: string;
  /** The length of the body this response carries (or would carry, for HEAD). */
  readonly bodyLength: number;
}

type HeaderValue = (context: HeaderContext) => string | undefined;

const realm = 'Basic realm="statuskit"';

/**
 * A value for each header field the registry names for some code
 * (`statusInfo(code).headers`). Which headers a code carries comes from the
 * registry; only the sample values live here, and a test holds this table to
 * every header the registry names. `undefined` leaves the header to Node
 * (`Date`).
 */
export const headerValues: ReadonlyMap<string, HeaderValue> = new Map<string, HeaderValue>([
  ["Accept", () => "application/json"],
  ["Accept-Encoding", () => "identity"],
  ["Allow", () => "GET, HEAD, OPTIONS"],
  ["Cache-Control", () => "max-age=60"],
  ["Content-Location", () => "/200"],
  [
    "Content-Range",
    ({ code, bodyLength }) => (code === 206 ? `bytes 0-${bodyLength - 1}/${bodyLength}` : `bytes */${bodyLength}`),
  ],
  ["Date", () => undefined],
  ["ETag", () => '"statuskit"'],
  ["Expires", () => new Date(Date.now() + 60_000).toUTCString()],
  ["IM", () => "feed"],
  ["Link", ({ code }) => (code === 451 ? '</200>; rel="blocked-by"' : "</200>; rel=preload")],
  ["Location", ({ location }) => location],
  ["Proxy-Authenticate", () => realm],
  ["Retry-After", () => "1"],
  // Draft 05 of resumable uploads, which registered 104, is interop version 6.
  ["Upload-Draft-Interop-Version", () => "6"],
  ["Upgrade", () => "HTTP/2.0"],
  ["Vary", () => "Accept"],
  ["WWW-Authenticate", () => realm],
]);

/** The `[name, value]` pairs for the headers the registry names for a code. */
export function registryHeaders(names: readonly string[], context: HeaderContext): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of names) {
    const value = headerValues.get(name)?.(context);
    if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}
