import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import * as built from "statuskit/errors";
import { describe, expect, it } from "vitest";
import {
  createHttpError,
  HttpError,
  type HttpErrorStatus,
  headerRequiredStatuses,
  isHttpError,
  isHttpErrorStatus,
  isPortableExtensionName,
  reservedMemberNames,
  retryAfterValue,
  type UnsatisfiedRange,
  unsatisfiedRange,
} from "../../src/errors/index.js";
import {
  allStatuses,
  HTTP_404_NOT_FOUND,
  HTTP_409_CONFLICT,
  isError,
  reasonPhrase,
  statusInfo,
} from "../../src/index.js";
import { unofficialStatusInfo } from "../../src/unofficial/index.js";

const errorStatuses = allStatuses()
  .filter((info) => isError(info.code))
  .map((info) => info.code as HttpErrorStatus);

/** Any status, as a value the compiler cannot check. */
const unchecked = (code: unknown) => code as HttpErrorStatus;

describe("HttpError", () => {
  // The statuses that require a header are covered below.
  const plain = errorStatuses.filter((code) => !headerRequiredStatuses.includes(code));
  it.each(plain)("makes a %i with the table's reason phrase as its title and message", (code) => {
    const error = new HttpError(unchecked(code));
    const phrase = reasonPhrase(code);
    expect(error.status).toBe(code);
    expect(error.statusCode).toBe(code);
    expect(error.title).toBe(phrase);
    expect(error.message).toBe(phrase);
    expect(error.detail).toBeUndefined();
    expect(error.type).toBe("about:blank");
    expect(error.expose).toBe(code < 500);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("HttpError");
  });

  it("keeps the status given as a constant", () => {
    const error = new HttpError(HTTP_404_NOT_FOUND, "No user 42.");
    expect(error.status).toBe(404);
    expect(error.detail).toBe("No user 42.");
    expect(error.message).toBe("No user 42.");
  });

  it.each([
    200,
    301,
    399,
    600,
    0,
    -404,
    404.5,
    Number.NaN,
    "404",
    null,
    undefined,
    {},
    Number.POSITIVE_INFINITY,
    2 ** 32 + 404,
  ])("refuses %s with a TypeError", (code) => {
    expect(() => new HttpError(unchecked(code))).toThrow(TypeError);
  });

  it("derives the default code from the reason phrase, in snake case as DRF's codes are", () => {
    expect(new HttpError(404).code).toBe("not_found");
    expect(new HttpError(413).code).toBe("content_too_large");
    expect(new HttpError(418).code).toBe("i_m_a_teapot");
    expect(new HttpError(505).code).toBe("http_version_not_supported");
    expect(new HttpError(409, { code: "name_taken" }).code).toBe("name_taken");
  });

  it("takes the detail as the second argument or in the options", () => {
    expect(new HttpError(409, "Taken").detail).toBe("Taken");
    expect(new HttpError(409, { detail: "Taken" }).detail).toBe("Taken");
    expect(new HttpError(409, "Taken", { code: "taken" }).code).toBe("taken");
    expect(() => new HttpError(409, unchecked(42) as never)).toThrow(TypeError);
  });

  it("lets expose be overridden", () => {
    expect(new HttpError(400, { expose: false }).expose).toBe(false);
    expect(new HttpError(503, { expose: true }).expose).toBe(true);
    expect(() => new HttpError(400, { expose: "yes" as never })).toThrow(TypeError);
  });

  it("keeps the cause, and has none when none is given", () => {
    const cause = new Error("disk full");
    expect(new HttpError(507, { cause }).cause).toBe(cause);
    expect("cause" in new HttpError(507)).toBe(false);
  });

  it("stores headers with lower-case names in a frozen null-prototype record", () => {
    const error = new HttpError(HTTP_409_CONFLICT, { headers: { "Content-Language": "en", ETag: '"v2"' } });
    expect({ ...error.headers }).toEqual({ "content-language": "en", etag: '"v2"' });
    expect(Object.isFrozen(error.headers)).toBe(true);
    expect(Object.getPrototypeOf(error.headers)).toBeNull();
  });

  it.each([
    [{ "Bad Name": "x" }],
    [{ "": "x" }],
    [{ "X-Split": "a\r\nSet-Cookie: evil=1" }],
    [{ "X-Nul": "a\0b" }],
    [{ "X-Number": 5 }],
    [{ "WWW-Authenticate": 'Bearer realm="Zürich—Süd"' }],
    [{ "X-Latin-1": "caf\u00e9" }],
    [{ "X-Delete": "a\u007fb" }],
    [{ "X-Bell": "a\u0007b" }],
    [{ "X-Vertical-Tab": "a\u000bb" }],
    [{ "Transfer-Encoding": "chunked" }],
    [{ "content-length": "0" }],
    [{ Connection: "close" }],
    [{ "Keep-Alive": "timeout=5" }],
    [{ Upgrade: "websocket" }],
    [{ TE: "trailers" }],
    [{ Trailer: "Expires" }],
    [["X-Array", "x"]],
    ["X: y"],
  ])("refuses the bad headers %j with a TypeError", (headers) => {
    expect(() => new HttpError(400, { headers: headers as never })).toThrow(TypeError);
  });

  it("takes visible ASCII, spaces and tabs in a value, the form node:http and fetch both send", () => {
    const value = `\t${Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join("")}`;
    expect(new HttpError(400, { headers: { "X-All": value } }).headers["x-all"]).toBe(value);
    expect(() => new Headers({ "x-all": value })).not.toThrow();
  });

  it("names the header it refuses, and says why", () => {
    expect(() => new HttpError(400, { headers: { "X-City": "Zürich" } })).toThrow(/X-City.*visible ASCII/);
    expect(() => new HttpError(400, { headers: { "Transfer-Encoding": "chunked" } })).toThrow(
      /Transfer-Encoding header frames the message/,
    );
  });

  it("takes Upgrade on a 426, which RFC 9110 requires it on, and on no other status", () => {
    expect(new HttpError(426, { headers: { Upgrade: "HTTP/2.0" } }).headers.upgrade).toBe("HTTP/2.0");
    expect(() => new HttpError(400, { headers: { Upgrade: "HTTP/2.0" } })).toThrow(TypeError);
  });

  it("sets Retry-After from seconds, rounded up, or from a date", () => {
    expect(new HttpError(503, { retryAfter: 120 }).headers["retry-after"]).toBe("120");
    expect(new HttpError(429, { retryAfter: 0.1 }).headers["retry-after"]).toBe("1");
    const date = new Date(Date.UTC(2030, 0, 2, 3, 4, 5));
    expect(new HttpError(503, { retryAfter: date }).headers["retry-after"]).toBe("Wed, 02 Jan 2030 03:04:05 GMT");
  });

  it("takes a title only with a problem type of its own", () => {
    expect(new HttpError(403, { title: "Out of credit" }).title).toBe("Forbidden");
    const typed = new HttpError(403, { type: "https://example.com/probs/out-of-credit", title: "Out of credit" });
    expect(typed.title).toBe("Out of credit");
    expect(typed.type).toBe("https://example.com/probs/out-of-credit");
  });
});

describe("an error from a status known only at run time", () => {
  const range = Array.from({ length: 200 }, (_, index) => 400 + index);

  /** The title the issue of statuskit/errors promises for `code`: the table's, the unofficial one's, or the class's. */
  function expectedTitle(code: number): string {
    return (
      reasonPhrase(code) ?? unofficialStatusInfo(code)?.[0]?.phrase ?? (code < 500 ? "Client Error" : "Server Error")
    );
  }

  it("succeeds for every integer from 400 to 599, by every way of making one", () => {
    for (const code of range) {
      const status: number = code;
      const made = [
        new HttpError(unchecked(status)),
        new HttpError(unchecked(status), "detail"),
        new HttpError(unchecked(status), {}),
        createHttpError(status),
        createHttpError(status, "detail"),
        createHttpError(status, new Error("cause")),
        createHttpError(status, undefined, { expose: false }),
      ];
      for (const error of made) {
        expect(error.status).toBe(code);
        expect(error.title).toBe(expectedTitle(code));
        expect(isHttpError(error)).toBe(true);
      }
      expect(made[0]?.expose).toBe(code < 500);
    }
  });

  it("names an unofficial code by its labelled phrase and any other by its class", () => {
    expect(createHttpError(499).title).toBe("Client Closed Request");
    expect(createHttpError(499).code).toBe("client_closed_request");
    expect(createHttpError(522).title).toBe("Connection Timed Out");
    expect(createHttpError(451).title).toBe("Unavailable For Legal Reasons");
    expect([createHttpError(477).title, createHttpError(477).code]).toEqual(["Client Error", "client_error"]);
    expect([createHttpError(555).title, createHttpError(555).expose]).toEqual(["Server Error", false]);
  });

  it("is a TypeError only outside 400 to 599", () => {
    for (const status of [399, 600, 0, 100, 200, 399.5, 1e9]) {
      expect(() => createHttpError(status)).toThrow(TypeError);
    }
  });
});

describe("required headers", () => {
  it("are the table's header facts for each status that requires one", () => {
    const expected: Record<number, string> = {
      401: "WWW-Authenticate",
      405: "Allow",
      407: "Proxy-Authenticate",
      416: "Content-Range",
      426: "Upgrade",
    };
    for (const code of headerRequiredStatuses) {
      expect(statusInfo(code)?.headers).toEqual([expected[code]]);
    }
  });

  it.each(headerRequiredStatuses)(
    "makes a %i known only at run time without its header, and keeps the header given in either case",
    (code) => {
      const name = statusInfo(code)?.headers[0] as string;
      const value = code === 416 ? "bytes */100" : "x";
      expect({ ...new HttpError(unchecked(code)).headers }).toEqual({});
      expect(new HttpError(unchecked(code), { headers: { "X-Other": "1" } }).status).toBe(code);
      expect(new HttpError(unchecked(code), { headers: { [name]: value } }).headers[name.toLowerCase()]).toBe(value);
      expect(new HttpError(unchecked(code), { headers: { [name.toLowerCase()]: value } }).status).toBe(code);
    },
  );

  it("accepts a 416 with the unsatisfied-range form of Content-Range, and only that form", () => {
    const error = new HttpError(416, { headers: { "Content-Range": "bytes */47022" } });
    expect(error.headers["content-range"]).toBe("bytes */47022");
    expect(new HttpError(416, { headers: { "content-range": unsatisfiedRange(0, "items") } }).status).toBe(416);
    for (const value of [
      "bytes 0-10/47022",
      "bytes */",
      "*/47022",
      " */47022",
      "by tes */47022",
      "47022",
      "bytes */-1",
      "bytes */4.5",
      "",
    ]) {
      expect(() => new HttpError(416, { headers: { "Content-Range": value as UnsatisfiedRange } })).toThrow(TypeError);
    }
  });

  it("writes the unsatisfied range RFC 9110 gives as its example", () => {
    expect(unsatisfiedRange(47022)).toBe("bytes */47022");
    for (const length of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => unsatisfiedRange(length)).toThrow(TypeError);
    }
    expect(() => unsatisfiedRange(10, "bad unit")).toThrow(TypeError);
  });
});

describe("retryAfterValue", () => {
  it("writes an IMF-fixdate, the format RFC 9110 (Section 5.6.7) prefers", () => {
    expect(retryAfterValue(new Date(Date.UTC(1994, 10, 6, 8, 49, 37)))).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
  });

  it.each([
    [0, "0"],
    [29.2, "30"],
    [2 ** 53, "9007199254740992"],
    [1e21, "1000000000000000000000"],
  ])("writes the delay %s as delay-seconds, digits only: %s", (seconds, written) => {
    expect(retryAfterValue(seconds)).toBe(written);
  });

  it("writes the largest finite delay as digits too", () => {
    expect(retryAfterValue(Number.MAX_VALUE)).toMatch(/^[0-9]{309}$/);
  });

  it("accepts a Date from another realm", () => {
    const foreign = runInNewContext("new Date(Date.UTC(2030, 0, 1))") as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(retryAfterValue(foreign)).toBe("Tue, 01 Jan 2030 00:00:00 GMT");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN), new Date("+010000-01-01"), "30", {}])(
    "refuses %s",
    (value) => {
      expect(() => retryAfterValue(value as never)).toThrow(TypeError);
    },
  );
});

describe("extension members", () => {
  it("are kept in a frozen record and typed", () => {
    const error = new HttpError(404, { extensions: { resource: "user", id: 42 } });
    expect(error.extensions.resource).toBe("user");
    expect(Object.isFrozen(error.extensions)).toBe(true);
  });

  it.each(["type", "title", "status", "detail", "instance", "code", "*future"])(
    "refuses the name %s, which RFC 9457 keeps for itself",
    (name) => {
      expect(() => new HttpError(400, { extensions: { [name]: 1 } })).toThrow(TypeError);
    },
  );

  it("keeps a member named __proto__ as an own member, without touching any prototype", () => {
    const extensions = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const error = new HttpError(400, { extensions });
    expect(Object.hasOwn(error.extensions, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("tells the portable names of RFC 9457, Section 4 from the rest", () => {
    expect(["balance", "accounts", "errors", "out_of_credit", "a1b"].map(isPortableExtensionName)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["ab", "problem-pointer", "1st", "_x1", "naïve", ""].map(isPortableExtensionName)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("isHttpError", () => {
  it("is true for an HttpError and narrows to it", () => {
    const value: unknown = new HttpError(404);
    expect(isHttpError(value)).toBe(true);
    if (isHttpError(value)) expect(value.status).toBe(404);
  });

  it("is true for an error from another copy of statuskit (the built package beside the sources)", () => {
    const other = new built.NotFound();
    expect(other instanceof HttpError).toBe(false);
    expect(isHttpError(other)).toBe(true);
    expect(built.isHttpError(new HttpError(404))).toBe(true);
  });

  it("is true for an error made in another realm", async () => {
    // The built package as one CommonJS script, to run in a context of its own.
    const bundled = await build({
      stdin: {
        contents: 'module.exports = require("statuskit/errors");',
        resolveDir: fileURLToPath(new URL(".", import.meta.url)),
      },
      bundle: true,
      format: "cjs",
      write: false,
      logLevel: "silent",
    });
    const source = bundled.outputFiles[0]?.text ?? "";
    const module = { exports: {} as Record<string, unknown> };
    runInNewContext(source, { module, exports: module.exports });
    const Foreign = module.exports.HttpError as typeof HttpError;
    const error = runInNewContext("new HttpError(409)", { HttpError: Foreign }) as HttpError;
    expect(error instanceof Error).toBe(false);
    expect(isHttpError(error)).toBe(true);
  });

  it.each([
    ["a JSON copy", JSON.parse(JSON.stringify(new HttpError(404)))],
    ["a structured clone", structuredClone(new HttpError(404))],
    ["a plain Error", new Error("Not Found")],
    [
      "an http-errors look-alike",
      Object.assign(new Error("Not Found"), { status: 404, statusCode: 404, expose: true }),
    ],
    ["a marked object with a bad status", { [Symbol.for("statuskit.HttpError")]: true, status: 200 }],
    ["null", null],
    ["a number", 404],
    [
      "a proxy that throws",
      new Proxy(
        {},
        {
          get() {
            throw new Error("trap");
          },
        },
      ),
    ],
  ])("is false for %s", (_name, value) => {
    expect(isHttpError(value)).toBe(false);
  });

  it("agrees with isHttpErrorStatus on what a status is", () => {
    expect(errorStatuses.every(isHttpErrorStatus)).toBe(true);
    expect([400, 499, 555, 599].every(isHttpErrorStatus)).toBe(true);
    expect([399, 600, 200, "404", 404.5, -400, 2 ** 32 + 404].some(isHttpErrorStatus)).toBe(false);
  });

  it("is true for an error with an unregistered status", () => {
    expect(isHttpError(new HttpError(unchecked(499)))).toBe(true);
  });
});

describe("exported data", () => {
  it("is frozen", () => {
    expect(Object.isFrozen(headerRequiredStatuses)).toBe(true);
    expect(Object.isFrozen(reservedMemberNames)).toBe(true);
  });
});
