import { describe, expect, it } from "vitest";
import { errorHeaders, errorPhrases } from "../../src/generated/error-phrases-and-headers.js";
import { allStatuses, isError, reasonPhrase, statusInfo } from "../../src/index.js";

// statuskit/errors reads the table through a generated view of its 4xx and
// 5xx rows; this holds the view to the table as statusInfo gives it.
describe("the errors' view of the table", () => {
  const errorRows = allStatuses().filter((info) => isError(info.code));

  it("has the phrase of every 4xx and 5xx code and of no other", () => {
    expect(Object.keys(errorPhrases).map(Number)).toEqual(errorRows.map((info) => info.code));
    for (const info of errorRows) expect(errorPhrases[info.code]).toBe(reasonPhrase(info.code));
  });

  it("has the named headers of every 4xx and 5xx code that names any", () => {
    const named = errorRows.filter((info) => info.headers.length > 0);
    expect(Object.keys(errorHeaders).map(Number)).toEqual(named.map((info) => info.code));
    for (const info of named) expect(errorHeaders[info.code]).toEqual(statusInfo(info.code).headers);
  });

  it("gives undefined, never a prototype member, for keys that are not codes", () => {
    for (const key of [Number.NaN, 4.04e2 + 0.5, -404, 1e21, 200]) {
      expect(errorPhrases[key]).toBeUndefined();
      expect(errorHeaders[key]).toBeUndefined();
    }
  });
});
