// Type-level tests: `npm run typecheck` compiles this file, so a wrong type or
// an @ts-expect-error that no longer errors fails the build. The runtime
// assertions only keep vitest honest about the values.
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as namespace from "../src/index.js";
import {
  type ClientErrorCode,
  type ConstantNames,
  type ContentStatusCode,
  constantName,
  type ErrorCode,
  HTTP_200_OK,
  HTTP_404_NOT_FOUND,
  HTTP_413_CONTENT_TOO_LARGE,
  type HTTP_413_REQUEST_ENTITY_TOO_LARGE,
  type InformationalCode,
  isClientError,
  isContentStatusCode,
  isError,
  isKnownStatusCode,
  isRegisteredStatusCode,
  isStatusCode,
  isSuccess,
  type KnownStatusCode,
  type ReasonPhrases,
  type RegisteredStatusCode,
  reasonPhrase,
  type StatusCategory,
  type StatusCode,
  type StatusInfo,
  type SuccessCode,
  statusCategory,
  statusCodeFor,
  statusInfo,
} from "../src/index.js";

describe("types", () => {
  it("types each constant as its literal", () => {
    // Declared like DRF's plain assignments: `let code = HTTP_200_OK` still widens to number, so it can be reassigned.
    expectTypeOf<typeof HTTP_404_NOT_FOUND>().toEqualTypeOf<404>();
    expectTypeOf<typeof HTTP_413_REQUEST_ENTITY_TOO_LARGE>().toEqualTypeOf<413>();
    expectTypeOf<typeof HTTP_413_CONTENT_TOO_LARGE>().toEqualTypeOf<413>();
    expectTypeOf<typeof namespace.HTTP_200_OK>().toEqualTypeOf<200>();
    // @ts-expect-error a 404 is not a 200
    const wrong: 200 = HTTP_404_NOT_FOUND;
    expect(wrong).toBe(404);
  });

  it("narrows soundly with the class guards", () => {
    const code = 404 as number;
    if (isClientError(code)) {
      expectTypeOf(code).toEqualTypeOf<ClientErrorCode>();
      expectTypeOf<499>().toMatchTypeOf<typeof code>();
      // @ts-expect-error 500 is not a client error
      const server: typeof code = 500;
      expect(server).toBe(500);
    } else {
      // Outside the guard nothing is known: every other number is still possible.
      expectTypeOf(code).toEqualTypeOf<number>();
    }
    const known = 200 as 200 | 404 | 500;
    if (isSuccess(known)) expectTypeOf(known).toEqualTypeOf<200>();
    else expectTypeOf(known).toEqualTypeOf<404 | 500>();
    if (isError(known)) expectTypeOf(known).toEqualTypeOf<404 | 500>();
    expect(isSuccess(known)).toBe(true);
  });

  it("narrows unknown input to the 100..599 range with isStatusCode", () => {
    const value: unknown = 299;
    if (isStatusCode(value)) {
      expectTypeOf(value).toEqualTypeOf<StatusCode>();
      expectTypeOf<100>().toMatchTypeOf<StatusCode>();
      expectTypeOf<599>().toMatchTypeOf<StatusCode>();
      expectTypeOf<600>().not.toMatchTypeOf<StatusCode>();
      expectTypeOf<99>().not.toMatchTypeOf<StatusCode>();
    }
    expectTypeOf<ErrorCode>().toEqualTypeOf<ClientErrorCode | namespace.ServerErrorCode>();
    expectTypeOf<InformationalCode>().toMatchTypeOf<StatusCode>();
    expectTypeOf<SuccessCode>().toMatchTypeOf<StatusCode>();
  });

  it("separates registered codes from known ones", () => {
    expectTypeOf<104>().toMatchTypeOf<RegisteredStatusCode>();
    expectTypeOf<418>().toMatchTypeOf<RegisteredStatusCode>();
    expectTypeOf<509>().not.toMatchTypeOf<RegisteredStatusCode>();
    expectTypeOf<509>().toMatchTypeOf<KnownStatusCode>();
    expectTypeOf<299>().not.toMatchTypeOf<KnownStatusCode>();
    expectTypeOf<RegisteredStatusCode>().toMatchTypeOf<KnownStatusCode>();
    expectTypeOf<KnownStatusCode>().toMatchTypeOf<StatusCode>();
  });

  it("gives literal phrases for known literal codes and string | undefined otherwise", () => {
    expectTypeOf(reasonPhrase(404)).toEqualTypeOf<"Not Found">();
    expectTypeOf(reasonPhrase(HTTP_413_CONTENT_TOO_LARGE)).toEqualTypeOf<"Content Too Large">();
    expectTypeOf(reasonPhrase(404 as 404 | 500)).toEqualTypeOf<"Not Found" | "Internal Server Error">();
    expectTypeOf(reasonPhrase(299)).toEqualTypeOf<string | undefined>();
    expectTypeOf(reasonPhrase(404 as number)).toEqualTypeOf<string | undefined>();
    expectTypeOf<ReasonPhrases[422]>().toEqualTypeOf<"Unprocessable Content">();
    // @ts-expect-error a string is not a code
    expect(reasonPhrase("404")).toBeUndefined();
    expect(reasonPhrase(HTTP_200_OK)).toBe("OK");
  });

  it("makes statusInfo definite for known literal codes", () => {
    expectTypeOf(statusInfo(404)).toEqualTypeOf<StatusInfo<404>>();
    expectTypeOf(statusInfo(404).code).toEqualTypeOf<404>();
    expectTypeOf(statusInfo(405).phrase).toEqualTypeOf<"Method Not Allowed">();
    expectTypeOf(statusInfo(422).constant).toEqualTypeOf<"HTTP_422_UNPROCESSABLE_CONTENT">();
    expectTypeOf(statusInfo(503).category).toEqualTypeOf<"server-error">();
    expectTypeOf(statusInfo(404 as number)?.phrase).toEqualTypeOf<ReasonPhrases[KnownStatusCode] | undefined>();
    expectTypeOf(statusInfo(404 as number)).toEqualTypeOf<StatusInfo | undefined>();
    expect(() => {
      // @ts-expect-error StatusInfo is read-only
      statusInfo(404).phrase = "Lost";
    }).toThrow(TypeError);
  });

  it("types the lookups' results", () => {
    expectTypeOf(statusCodeFor("not found")).toEqualTypeOf<KnownStatusCode | undefined>();
    expectTypeOf(statusCategory(404)).toEqualTypeOf<"client-error">();
    expectTypeOf(statusCategory(299)).toEqualTypeOf<"success">();
    expectTypeOf(statusCategory(404 as number)).toEqualTypeOf<StatusCategory | undefined>();
    expectTypeOf(statusCategory(600)).toEqualTypeOf<StatusCategory | undefined>();
    // @ts-expect-error names are strings
    expect(statusCodeFor(404)).toBeUndefined();
    // @ts-expect-error the class helpers take numbers, as DRF's take ints
    expect(isSuccess("200")).toBe(false);
  });

  it("types constantName like reasonPhrase: a literal for a known literal code", () => {
    expectTypeOf(constantName(404)).toEqualTypeOf<"HTTP_404_NOT_FOUND">();
    expectTypeOf(constantName(413)).toEqualTypeOf<ConstantNames[413]>();
    expectTypeOf(constantName(404 as number)).toEqualTypeOf<string | undefined>();
    expect(constantName(413)).toBe("HTTP_413_CONTENT_TOO_LARGE");
  });

  it("narrows with the registry guards", () => {
    const code = 404 as number;
    if (isKnownStatusCode(code)) expectTypeOf(code).toEqualTypeOf<KnownStatusCode>();
    if (isRegisteredStatusCode(code)) expectTypeOf(code).toEqualTypeOf<RegisteredStatusCode>();
    if (isContentStatusCode(code)) {
      expectTypeOf(code).toEqualTypeOf<ContentStatusCode>();
      // @ts-expect-error 204 may not carry content
      const noContent: ContentStatusCode = 204;
      expect(noContent).toBe(204);
    }
    expect(isContentStatusCode(code)).toBe(true);
  });
});
