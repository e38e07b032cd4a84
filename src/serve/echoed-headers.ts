import { serveLimits } from "./limits.js";
import { quoted } from "./request-target.js";

const prefixes = ["x-statuskit-response-", "x-httpstatus-response-"];

// Headers that frame the message or the connection: echoing them would break
// the response itself, not test a client.
const framing = new Set([
  "connection",
  "content-length",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

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
    if (rawName.length < 20 || (rawName.charCodeAt(0) | 0x20) !== 0x78) continue;
    const lowered = rawName.toLowerCase();
    const prefix = prefixes.find((candidate) => lowered.startsWith(candidate));
    if (prefix === undefined) continue;
    const name = rawName.slice(prefix.length);
    const key = name.toLowerCase();
    if (name === "") return `${quoted(rawName)} names no header to send back`;
    if (framing.has(key)) return `${quoted(name)} frames the message, so it cannot be echoed`;
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

/** Whether Node will send `value` as a header value: tab, visible ASCII, space and obs-text. */
function isFieldValue(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    if (unit !== 0x09 && (unit < 0x20 || unit === 0x7f || unit > 0xff)) return false;
  }
  return true;
}
