import { describe, expect, it } from "vitest";
import { errorHeaders, errorPhrases, unofficialErrorPhrases } from "../../src/generated/error-phrases-and-headers.js";
import { allStatuses, isError, reasonPhrase, statusInfo } from "../../src/index.js";
import { unofficialStatuses, unofficialStatusInfo } from "../../src/unofficial/index.js";

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

  it("has the first unofficial phrase of every 4xx and 5xx code that only the unofficial table knows", () => {
    const onlyUnofficial = [...new Set(unofficialStatuses().map((status) => status.code))].filter(
      (code) => isError(code) && reasonPhrase(code) === undefined,
    );
    expect(Object.keys(unofficialErrorPhrases).map(Number)).toEqual(onlyUnofficial);
    for (const code of onlyUnofficial)
      expect(unofficialErrorPhrases[code]).toBe(unofficialStatusInfo(code)?.[0]?.phrase);
    expect(onlyUnofficial).toContain(499);
  });

  it("gives undefined, never a prototype member, for keys that are not codes", () => {
    for (const key of [Number.NaN, 4.04e2 + 0.5, -404, 1e21, 200]) {
      expect(errorPhrases[key]).toBeUndefined();
      expect(errorHeaders[key]).toBeUndefined();
    }
  });
});
