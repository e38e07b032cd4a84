import { describe, expect, it } from "vitest";
import { allStatuses, statusInfo } from "../src/index.js";

const codesWhere = (predicate: (info: ReturnType<typeof allStatuses>[number]) => boolean) =>
  allStatuses()
    .filter(predicate)
    .map((info) => info.code);

describe("facts from the standards", () => {
  it("marks as cacheable by default exactly RFC 9110 Section 15.1's list plus 451 (RFC 7725, Section 3)", () => {
    expect(codesWhere((info) => info.cacheable)).toEqual([
      200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
    ]);
  });

  it("says no content for 1xx, 204, 205 and 304 (RFC 9110, Sections 6.4.1 and 15.3.6), and only for them", () => {
    expect(codesWhere((info) => !info.content)).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
  });

  it("calls retryable 408, 421, 425, 429, 502, 503, 504 and 507, and nothing else", () => {
    expect(codesWhere((info) => info.retryable)).toEqual([408, 421, 425, 429, 502, 503, 504, 507]);
  });

  it("gives the method rule of every redirect that sends Location (RFC 9110, Section 15.4)", () => {
    const redirects = Object.fromEntries(
      allStatuses()
        .filter((info) => info.redirect !== null)
        .map((info) => [info.code, info.redirect]),
    );
    expect(redirects).toEqual({
      301: "may-change-to-get",
      302: "may-change-to-get",
      303: "changes-to-get",
      307: "preserves-method",
      308: "preserves-method",
    });
  });

  it("names every redirect's Location header", () => {
    for (const info of allStatuses().filter((info) => info.redirect !== null)) {
      expect(info.headers, String(info.code)).toContain("Location");
    }
  });

  it.each([
    [101, "Upgrade"],
    [206, "Content-Range"],
    [226, "ETag"],
    [304, "ETag"],
    [401, "WWW-Authenticate"],
    [405, "Allow"],
    [407, "Proxy-Authenticate"],
    [413, "Retry-After"],
    [416, "Content-Range"],
    [426, "Upgrade"],
    [429, "Retry-After"],
    [451, "Link"],
    [503, "Retry-After"],
  ] as const)("says a %i response carries %s", (code, header) => {
    expect(statusInfo(code).headers).toContain(header);
  });

  it("derives the category from the first digit", () => {
    const byDigit = ["informational", "success", "redirect", "client-error", "server-error"];
    for (const info of allStatuses()) expect(info.category).toBe(byDigit[Math.floor(info.code / 100) - 1]);
  });

  it("keeps DRF's old names as aliases of the RFC 9110 constant", () => {
    expect(statusInfo(422).constant).toBe("HTTP_422_UNPROCESSABLE_CONTENT");
    expect(statusInfo(422).aliases).toEqual(["HTTP_422_UNPROCESSABLE_ENTITY"]);
    expect(statusInfo(404).aliases).toEqual([]);
  });
});
