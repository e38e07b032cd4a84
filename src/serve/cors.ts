import { requestHeader } from "./request-header.js";
import { consistsOf } from "./safe-text.js";

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

/** The CORS headers of a response that sends the named headers. */
export function corsHeaders(names: readonly string[]): [string, string][] {
  // Connection belongs to the connection, and fetch never shows it to scripts.
  const exposed = names.filter((name) => !safelisted.has(name.toLowerCase()) && name !== "Connection");
  const headers: [string, string][] = [["Access-Control-Allow-Origin", "*"]];
  if (exposed.length > 0) headers.push(["Access-Control-Expose-Headers", exposed.join(", ")]);
  return headers;
}

/** Whether a request is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
export function isPreflight(method: string | undefined, headers: Readonly<Record<string, unknown>>): boolean {
  return (
    method === "OPTIONS" &&
    typeof requestHeader(headers, "origin") === "string" &&
    typeof requestHeader(headers, "access-control-request-method") === "string"
  );
}

/** A token list (`X-Custom, Authorization`) safe to send back in a preflight answer, or undefined. */
function tokenList(text: unknown): string | undefined {
  return typeof text === "string" && consistsOf(text, 1024, "-_, ") ? text : undefined;
}

/** The headers of the 204 that answers a preflight: any method, the requested headers, cached for ten minutes. */
export function preflightHeaders(headers: Readonly<Record<string, unknown>>): [string, string][] {
  const answer: [string, string][] = [
    ["Access-Control-Allow-Origin", "*"],
    ["Access-Control-Allow-Methods", tokenList(requestHeader(headers, "access-control-request-method")) ?? "GET"],
    ["Access-Control-Max-Age", "600"],
  ];
  const requested = tokenList(requestHeader(headers, "access-control-request-headers"));
  if (requested !== undefined) answer.push(["Access-Control-Allow-Headers", requested]);
  return answer;
}
