import httpStatus from "http-status";
import { ReasonPhrases, StatusCodes } from "http-status-codes";
import { statusInfo } from "statuskit";
import { describe, expect, it } from "vitest";
import { constantForMember, screamingSnakeCase } from "../src/status-names.js";
import { angularHttpStatusCode, denoStatusCode, nestHttpStatus } from "./peer-enums.js";

// Codes the peers name that statuskit has no constant for (not registered by IANA).
const withoutConstant = new Set([419, 420]);

function checkMembers(members: readonly (readonly [string, number])[]): void {
  it.each(members.map(([name, code]) => ({ name, code })))("$name → $code", ({ name, code }) => {
    const found = constantForMember(name, undefined);
    if (withoutConstant.has(code)) {
      expect(found).toBeUndefined();
      return;
    }
    expect(found?.code).toBe(code);
    expect([statusInfo(code)?.constant, ...(statusInfo(code)?.aliases ?? [])]).toContain(found?.name);
  });
}

const numericMembers = (object: object) =>
  Object.entries(object).filter((entry): entry is [string, number] => typeof entry[1] === "number");

describe("every member of http-status-codes' StatusCodes maps to the code it holds", () => {
  checkMembers(numericMembers(StatusCodes).filter(([name]) => Number.isNaN(Number(name))));
});

describe("every member of ReasonPhrases names the same code as StatusCodes", () => {
  const codes = StatusCodes as unknown as Record<string, number>;
  checkMembers(Object.keys(ReasonPhrases).map((name) => [name, codes[name] as number] as const));
});

describe("every name of http-status maps to the code it holds", () => {
  checkMembers(numericMembers(httpStatus).filter(([name]) => /^[A-Z_]+$/.test(name)));
});

describe("every member of NestJS HttpStatus maps to the code it holds", () => checkMembers(nestHttpStatus));
describe("every member of Angular HttpStatusCode maps to the code it holds", () => checkMembers(angularHttpStatusCode));
describe("every member of Deno STATUS_CODE maps to the code it holds", () => checkMembers(denoStatusCode));

describe("screamingSnakeCase", () => {
  it.each([
    ["NotFound", "NOT_FOUND"],
    ["HTTPVersionNotSupported", "HTTP_VERSION_NOT_SUPPORTED"],
    ["IMUsed", "IM_USED"],
    ["ImATeapot", "IM_A_TEAPOT"],
    ["URITooLong", "URI_TOO_LONG"],
    ["NOT_FOUND", "NOT_FOUND"],
  ])("%s → %s", (name, expected) => expect(screamingSnakeCase(name)).toBe(expected));
});

describe("constantForMember", () => {
  it("returns undefined for names that are not statuses, including prototype keys", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty", "", "NOT_A_STATUS"]) {
      expect(constantForMember(name, undefined)).toBeUndefined();
    }
  });
  it("keeps Django REST Framework's name where the old name matches it, unless a choice is set", () => {
    expect(constantForMember("UNPROCESSABLE_ENTITY", undefined)?.name).toBe("HTTP_422_UNPROCESSABLE_ENTITY");
    expect(constantForMember("UNPROCESSABLE_ENTITY", "rfc9110")?.name).toBe("HTTP_422_UNPROCESSABLE_CONTENT");
    expect(constantForMember("PayloadTooLarge", undefined)?.name).toBe("HTTP_413_CONTENT_TOO_LARGE");
    expect(constantForMember("PayloadTooLarge", "drf")?.name).toBe("HTTP_413_REQUEST_ENTITY_TOO_LARGE");
  });
});
