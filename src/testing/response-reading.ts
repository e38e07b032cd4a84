import { bodyPreviewLimits } from "./body-limits.js";
import type { BodyRead } from "./body-read.js";
import { type ByteStream, decodeStart, type NodeByteStream, readNodeStream, readWebStream } from "./stream-reading.js";

/** A response of any shape the assertions read, seen through one interface. */
export interface ReadableResponse {
  /** The status as the response gives it (not yet checked to be a status code). */
  readonly status: unknown;
  /** A header field's value, in any case of its name; `undefined` when absent. */
  header(name: string): string | undefined;
  /**
   * What can be learned of the body without taking it from the test. With
   * `synchronous`, a body that only a promise can give is left unread.
   */
  body(synchronous: boolean): BodyRead | Promise<BodyRead>;
}

/** The shapes read, for the message that refuses anything else. */
export const readableShapes =
  "a fetch Response, a Playwright APIResponse, a supertest or superagent response, an axios response or error, or a Node.js IncomingMessage";

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  (typeof value === "object" && value !== null) || typeof value === "function";

/**
 * The response `received` holds, or a sentence saying why it is none. Reads
 * the members each shape is known by, and nothing else: a fetch Response has
 * `status`, `headers.get` and `clone`; Playwright's APIResponse has `status()`
 * and `headers()` methods; axios marks its errors `isAxiosError` and keeps the
 * response in `response`, and its responses hold `data` and `config`;
 * superagent's have `text` or `body`; Node's IncomingMessage has `statusCode`.
 */
export function readResponse(received: unknown): ReadableResponse | string {
  if (!isObject(received)) return describeValue(received);
  try {
    if (received.isAxiosError === true) {
      const response = received.response;
      if (isObject(response)) return axiosResponse(response);
      const message = typeof received.message === "string" ? `: ${received.message}` : "";
      return `an axios error without a response (the request got no answer${message})`;
    }
    if (typeof received.then === "function") {
      return "a Promise: await the request, then assert on the response it gives";
    }
    if (typeof received.status === "function" && typeof received.headers === "function") {
      return playwrightResponse(received);
    }
    if (typeof received.status === "number" || typeof received.statusCode === "number") {
      const headers = received.headers;
      if (typeof received.status === "number" && isObject(headers) && typeof headers.get === "function") {
        if (typeof received.clone === "function") return fetchResponse(received, headers);
      }
      if (typeof received.status === "number" && isObject(headers)) {
        if ("data" in received && "config" in received) return axiosResponse(received);
        if ("text" in received || "body" in received) return superagentResponse(received, headers);
      }
      if (typeof received.statusCode === "number" && isObject(headers) && typeof received.on === "function") {
        return incomingMessage(received, headers);
      }
    }
  } catch (error) {
    return `an object that threw when read (${error instanceof Error ? error.message : String(error)})`;
  }
  return describeValue(received);
}

/** A short, safe description of a value that is not a response. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return `a string (${JSON.stringify(value.slice(0, 40))}${value.length > 40 ? "…" : ""})`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${typeof value} ${String(value)}`;
  }
  if (!isObject(value)) return String(typeof value);
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    keys = [];
  }
  const shown = keys.slice(0, 8).map((key) => JSON.stringify(key.slice(0, 40)));
  return keys.length === 0
    ? "an object with no own keys"
    : `an object with keys ${shown.join(", ")}${keys.length > 8 ? ", …" : ""}`;
}

/** A header's value from a fetch `Headers`, an `AxiosHeaders` or anything else with `get`. */
function fromGetter(headers: Fields, name: string): string | undefined {
  const value = (headers.get as (name: string) => unknown).call(headers, name);
  return headerText(value);
}

/** A header's value from a plain object keyed by field name, in any case (Node.js lower-cases them). */
function fromRecord(headers: Fields, name: string): string | undefined {
  if (Object.hasOwn(headers, name)) return headerText(headers[name]);
  const lower = name.toLowerCase();
  if (Object.hasOwn(headers, lower)) return headerText(headers[lower]);
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headerText(headers[key]);
  return undefined;
}

function headerText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

/** The text of an in-memory body (a string, bytes or a parsed value), bounded. */
function inMemoryBody(data: unknown): BodyRead {
  const limit = bodyPreviewLimits.bytes;
  if (data === undefined || data === null) return { text: "", cut: undefined };
  if (typeof data === "string") {
    return { text: data.slice(0, limit), cut: data.length > limit ? `cut at ${limit} characters` : undefined };
  }
  const bytes =
    data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? asBytes(data) : undefined;
  if (bytes !== undefined) {
    return { text: decodeStart([bytes], limit), cut: bytes.length > limit ? `cut at ${limit} bytes` : undefined };
  }
  if (isObject(data) && typeof data.pipe === "function") {
    return { unread: "it is a stream, left for the test to read" };
  }
  return { value: data };
}

function asBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function fetchResponse(response: Fields, headers: Fields): ReadableResponse {
  return {
    status: response.status,
    header: (name) => fromGetter(headers, name),
    body(synchronous) {
      if (response.bodyUsed === true) return { unread: "it had been read already" };
      if (response.body === null) return { text: "", cut: undefined };
      if (synchronous) return { unread: "a fetch Response's body can only be read by awaiting it" };
      let copy: Fields;
      try {
        // The test keeps the original body; the message reads a copy's.
        copy = (response.clone as () => Fields).call(response);
      } catch (error) {
        return { unread: `it could not be copied (${error instanceof Error ? error.message : String(error)})` };
      }
      const stream = copy.body;
      if (!isObject(stream) || typeof stream.getReader !== "function") return { text: "", cut: undefined };
      return readWebStream(stream as unknown as ByteStream);
    },
  };
}

function playwrightResponse(response: Fields): ReadableResponse {
  const call = (name: string): unknown => (response[name] as () => unknown).call(response);
  const headers = call("headers");
  return {
    status: call("status"),
    header: (name) => (isObject(headers) ? fromRecord(headers, name) : undefined),
    body(synchronous) {
      if (synchronous) return { unread: "a Playwright APIResponse's body can only be read by awaiting it" };
      if (typeof response.body !== "function") return { unread: "it has no body() method" };
      return Promise.resolve()
        .then(() => call("body"))
        .then(
          (bytes): BodyRead => inMemoryBody(bytes),
          (error: unknown): BodyRead => ({
            unread: `reading it failed (${error instanceof Error ? error.message : String(error)})`,
          }),
        );
    },
  };
}

function superagentResponse(response: Fields, headers: Fields): ReadableResponse {
  return {
    status: response.status,
    header: (name) => fromRecord(headers, name),
    // superagent keeps the raw text of a text or JSON body in `text`, and a
    // parsed or binary body in `body`.
    body: () => inMemoryBody(typeof response.text === "string" ? response.text : response.body),
  };
}

function axiosResponse(response: Fields): ReadableResponse {
  const headers = response.headers;
  return {
    status: response.status,
    header: (name) =>
      !isObject(headers)
        ? undefined
        : typeof headers.get === "function"
          ? fromGetter(headers, name)
          : fromRecord(headers, name),
    body: () => inMemoryBody(response.data),
  };
}

function incomingMessage(message: Fields, headers: Fields): ReadableResponse {
  return {
    status: message.statusCode,
    header: (name) => fromRecord(headers, name),
    body(synchronous) {
      // readableDidRead (Node.js 16.7 and later) is true once anything took data from the stream.
      if (message.readableDidRead === true || message.readableEnded === true || message.destroyed === true) {
        return { unread: "it had been read already" };
      }
      if (synchronous) return { unread: "an IncomingMessage's body can only be read by awaiting it" };
      return readNodeStream(message as unknown as NodeByteStream);
    },
  };
}
