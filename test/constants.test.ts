import { describe, expect, it } from "vitest";
import { statuses } from "../data/statuses.js";
import * as statuskit from "../src/index.js";
import * as status from "../src/index.js";

// Django REST Framework's rest_framework/status.py, name for name. Written out
// by hand on purpose: the generated constants must match this list, not the
// other way round.
const drfConstants: Record<string, number> = {
  HTTP_100_CONTINUE: 100,
  HTTP_101_SWITCHING_PROTOCOLS: 101,
  HTTP_102_PROCESSING: 102,
  HTTP_103_EARLY_HINTS: 103,
  HTTP_200_OK: 200,
  HTTP_201_CREATED: 201,
  HTTP_202_ACCEPTED: 202,
  HTTP_203_NON_AUTHORITATIVE_INFORMATION: 203,
  HTTP_204_NO_CONTENT: 204,
  HTTP_205_RESET_CONTENT: 205,
  HTTP_206_PARTIAL_CONTENT: 206,
  HTTP_207_MULTI_STATUS: 207,
  HTTP_208_ALREADY_REPORTED: 208,
  HTTP_226_IM_USED: 226,
  HTTP_300_MULTIPLE_CHOICES: 300,
  HTTP_301_MOVED_PERMANENTLY: 301,
  HTTP_302_FOUND: 302,
  HTTP_303_SEE_OTHER: 303,
  HTTP_304_NOT_MODIFIED: 304,
  HTTP_305_USE_PROXY: 305,
  HTTP_306_RESERVED: 306,
  HTTP_307_TEMPORARY_REDIRECT: 307,
  HTTP_308_PERMANENT_REDIRECT: 308,
  HTTP_400_BAD_REQUEST: 400,
  HTTP_401_UNAUTHORIZED: 401,
  HTTP_402_PAYMENT_REQUIRED: 402,
  HTTP_403_FORBIDDEN: 403,
  HTTP_404_NOT_FOUND: 404,
  HTTP_405_METHOD_NOT_ALLOWED: 405,
  HTTP_406_NOT_ACCEPTABLE: 406,
  HTTP_407_PROXY_AUTHENTICATION_REQUIRED: 407,
  HTTP_408_REQUEST_TIMEOUT: 408,
  HTTP_409_CONFLICT: 409,
  HTTP_410_GONE: 410,
  HTTP_411_LENGTH_REQUIRED: 411,
  HTTP_412_PRECONDITION_FAILED: 412,
  HTTP_413_REQUEST_ENTITY_TOO_LARGE: 413,
  HTTP_414_REQUEST_URI_TOO_LONG: 414,
  HTTP_415_UNSUPPORTED_MEDIA_TYPE: 415,
  HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE: 416,
  HTTP_417_EXPECTATION_FAILED: 417,
  HTTP_418_IM_A_TEAPOT: 418,
  HTTP_421_MISDIRECTED_REQUEST: 421,
  HTTP_422_UNPROCESSABLE_ENTITY: 422,
  HTTP_423_LOCKED: 423,
  HTTP_424_FAILED_DEPENDENCY: 424,
  HTTP_425_TOO_EARLY: 425,
  HTTP_426_UPGRADE_REQUIRED: 426,
  HTTP_428_PRECONDITION_REQUIRED: 428,
  HTTP_429_TOO_MANY_REQUESTS: 429,
  HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
  HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS: 451,
  HTTP_500_INTERNAL_SERVER_ERROR: 500,
  HTTP_501_NOT_IMPLEMENTED: 501,
  HTTP_502_BAD_GATEWAY: 502,
  HTTP_503_SERVICE_UNAVAILABLE: 503,
  HTTP_504_GATEWAY_TIMEOUT: 504,
  HTTP_505_HTTP_VERSION_NOT_SUPPORTED: 505,
  HTTP_506_VARIANT_ALSO_NEGOTIATES: 506,
  HTTP_507_INSUFFICIENT_STORAGE: 507,
  HTTP_508_LOOP_DETECTED: 508,
  HTTP_509_BANDWIDTH_LIMIT_EXCEEDED: 509,
  HTTP_510_NOT_EXTENDED: 510,
  HTTP_511_NETWORK_AUTHENTICATION_REQUIRED: 511,
};

// The RFC 9110 names for codes whose DRF name predates the rename.
const rfc9110Names: Record<string, string> = {
  HTTP_413_CONTENT_TOO_LARGE: "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
  HTTP_414_URI_TOO_LONG: "HTTP_414_REQUEST_URI_TOO_LONG",
  HTTP_416_RANGE_NOT_SATISFIABLE: "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
  HTTP_422_UNPROCESSABLE_CONTENT: "HTTP_422_UNPROCESSABLE_ENTITY",
};

const exported = statuskit as unknown as Record<string, unknown>;
const exportedConstants = Object.keys(statuskit).filter((name) => name.startsWith("HTTP_"));

describe("constants", () => {
  it.each(Object.entries(drfConstants))("exports DRF's %s as %i", (name, value) => {
    expect(exported[name]).toBe(value);
  });

  it.each(Object.entries(rfc9110Names))("exports the RFC 9110 name %s equal to DRF's %s", (name, drfName) => {
    expect(exported[name]).toBe(exported[drfName]);
  });

  it("exports a constant for every code in the table, under its name and each alias", () => {
    for (const row of statuses) {
      for (const name of [row.constant, ...row.aliases]) expect(exported[name], name).toBe(row.code);
    }
  });

  it("exports no HTTP_ constant that the table does not name", () => {
    const named = new Set(statuses.flatMap((row) => [row.constant, ...row.aliases]));
    expect(exportedConstants.filter((name) => !named.has(name))).toEqual([]);
  });

  it("names every constant HTTP_<code>_<NAME> with a value equal to its code", () => {
    for (const name of exportedConstants) {
      const match = /^HTTP_(\d{3})_[A-Z0-9]+(?:_[A-Z0-9]+)*$/.exec(name);
      expect(match, name).not.toBeNull();
      expect(exported[name]).toBe(Number(match?.[1]));
    }
  });

  it("derives each primary constant name from the phrase, except DRF's HTTP_306_RESERVED", () => {
    const fromPhrase = (code: number, phrase: string) =>
      `HTTP_${code}_${phrase
        .toUpperCase()
        .replace(/'/g, "")
        .replace(/[^A-Z0-9]+/g, "_")}`;
    const exceptions = statuses.filter((row) => row.constant !== fromPhrase(row.code, row.phrase));
    expect(exceptions.map((row) => row.constant)).toEqual(["HTTP_306_RESERVED"]);
  });

  it("supports the seed example: Response.json with status.HTTP_404_NOT_FOUND", async () => {
    const content = { "please move along": "nothing to see here" };
    const response = Response.json(content, { status: status.HTTP_404_NOT_FOUND });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(content);
  });
});
