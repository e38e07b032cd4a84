/// <reference types="node" />
import type { IncomingHttpHeaders } from "node:http";
import { framingHeaderNames, isFieldValue, isToken } from "../http-syntax.js";
import { serveLimits } from "./limits.js";
import { quoted } from "./request-target.js";

/** Header fields as `[name, value]` pairs, in the order they are sent. */
export type Pairs = [string, string][];

/** What a header's value may depend on. */
interface HeaderContext {
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
 * (`statusInfo(code).headers`): the few codes that need more than a status
 * line get it from here. Which headers a code carries comes from the
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
export function registryHeaders(names: readonly string[], context: HeaderContext): Pairs {
  const pairs: Pairs = [];
  for (const name of names) {
    const value = headerValues.get(name)?.(context);
    if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

const echoPrefixes = ["x-statuskit-response-", "x-httpstatus-response-"];

/** Headers to send back, keyed by lower-case name: the name as the request spelled it, and its values. */
export type EchoedHeaders = Map<string, { readonly name: string; readonly values: string[] }>;

/**
 * The response headers a request asks for with `X-Statuskit-Response-<Name>`
 * (or httpstat.us's `X-HttpStatus-Response-<Name>`), read from Node's
 * `rawHeaders`; or a `detail` saying why one cannot be sent.
 */
export function echoedHeaders(rawHeaders: readonly string[]): EchoedHeaders | string | undefined {
  let echoed: EchoedHeaders | undefined;
  let count = 0;
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const rawName = rawHeaders[index] as string;
    // Most requests send no echo header: skip a name that cannot start with a prefix before lowering it.
    if (rawName.length < 20 || (rawName.charCodeAt(0) | 0x20) !== 0x78) continue;
    const lowered = rawName.toLowerCase();
    const prefix = echoPrefixes.find((candidate) => lowered.startsWith(candidate));
    if (prefix === undefined) continue;
    const name = rawName.slice(prefix.length);
    const key = name.toLowerCase();
    if (name === "") return `${quoted(rawName)} names no header to send back`;
    // Echoing a framing header would break the response itself, not test a client.
    if (framingHeaderNames.has(key)) return `${quoted(name)} frames the message, so it cannot be echoed`;
    const value = rawHeaders[index + 1] as string;
    if (!isFieldValue(value)) return `the value of ${quoted(rawName)} holds characters a header cannot carry`;
    count++;
    if (count > serveLimits.maximumEchoedHeaders) {
      return `more than ${serveLimits.maximumEchoedHeaders} headers to echo`;
    }
    echoed ??= new Map();
    const existing = echoed.get(key);
    if (existing === undefined) echoed.set(key, { name, values: [value] });
    else existing.values.push(value);
  }
  return echoed;
}

// Browser tests call the server from another origin. Responses carry no
// credentials, so any origin may read them; the headers a test reads
// (Location, Retry-After, WWW-Authenticate, echoed ones...) are listed in
// Access-Control-Expose-Headers, because scripts see only the safelisted
// ones otherwise.

/** Response headers a script may always read (Fetch standard's CORS-safelisted response header names). */
const safelisted = new Set([
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
]);

/**
 * The flat header list (`[name, value, name, value...]`) of a response, with
 * the CORS headers that expose them, unless `pairs` already holds either
 * (an echoed one, whatever its letter case, replaces the default).
 */
export function flatHeaders(pairs: Pairs): string[] {
  const flat: string[] = [];
  const exposed: string[] = [];
  let allowOrigin = true;
  let exposeHeaders = true;
  for (const [name, value] of pairs) {
    flat.push(name, value);
    const lowered = name.toLowerCase();
    if (lowered === "access-control-allow-origin") allowOrigin = false;
    else if (lowered === "access-control-expose-headers") exposeHeaders = false;
    // Connection belongs to the connection, and fetch never shows it to scripts.
    else if (!safelisted.has(lowered) && lowered !== "connection") exposed.push(name);
  }
  if (allowOrigin) flat.push("Access-Control-Allow-Origin", "*");
  if (exposeHeaders && exposed.length > 0) flat.push("Access-Control-Expose-Headers", exposed.join(", "));
  return flat;
}

/** Whether a request is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
export function isPreflight(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return (
    method === "OPTIONS" &&
    typeof headers.origin === "string" &&
    typeof headers["access-control-request-method"] === "string"
  );
}

/** A comma-separated list of tokens (`X-Custom, Authorization`), safe to send back in a preflight answer. */
function isTokenList(text: string | undefined): text is string {
  if (text === undefined) return false;
  let tokens = 0;
  for (const element of text.split(",")) {
    const trimmed = element.trim();
    if (trimmed === "") continue;
    if (!isToken(trimmed)) return false;
    tokens++;
  }
  return tokens > 0;
}

/** The flat header list of the 204 that answers a preflight: any method, the requested headers, cached for ten minutes. */
export function preflightHeaders(headers: IncomingHttpHeaders): string[] {
  const method = headers["access-control-request-method"];
  const requested = headers["access-control-request-headers"];
  const flat = [
    "Access-Control-Allow-Origin",
    "*",
    "Access-Control-Allow-Methods",
    typeof method === "string" && isToken(method) ? method : "GET",
    "Access-Control-Max-Age",
    "600",
  ];
  if (isTokenList(requested)) flat.push("Access-Control-Allow-Headers", requested);
  return flat;
}
