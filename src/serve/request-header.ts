/// <reference types="node" />
import type { IncomingHttpHeaders } from "node:http";

/**
 * A request header's value as Node parsed it, or `undefined` when the request
 * did not send it. Node keeps request headers in a plain object, so a name
 * added to `Object.prototype` would otherwise read as a header every request
 * sent (a polluted `content-length` would answer every request with a 413).
 */
export function requestHeader<Name extends string>(
  headers: IncomingHttpHeaders | Readonly<Record<string, unknown>>,
  name: Name,
): (Name extends keyof IncomingHttpHeaders ? IncomingHttpHeaders[Name] : unknown) | undefined {
  return Object.hasOwn(headers, name) ? (headers as Record<string, never>)[name] : undefined;
}
