import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { allStatuses, reasonPhrase, statusCodeFor } from "../src/index.js";

// The README's comparison with the packages people use instead, held to what
// those packages (pinned devDependencies) actually do. If a peer catches up,
// this fails and the README must be corrected.
const require = createRequire(import.meta.url);
const statuses = require("statuses") as { message: Record<string, unknown> };
const httpStatusCodes = require("http-status-codes") as { getReasonPhrase: (code: unknown) => unknown };
const httpStatus = (require("http-status") as { status: Record<string, unknown> }).status;

const registered = allStatuses()
  .filter((info) => info.standing !== "unofficial")
  .map((info) => info.code);
const lacking = (has: (code: number) => boolean) => registered.filter((code) => !has(code));
const safely = (lookup: () => unknown) => {
  try {
    return lookup();
  } catch {
    return undefined;
  }
};

describe("the README's comparison with the peers", () => {
  it("names the registered codes each peer lacks", () => {
    expect(lacking((code) => typeof statuses.message[code] === "string")).toEqual([104, 306]);
    expect(lacking((code) => typeof safely(() => httpStatusCodes.getReasonPhrase(code)) === "string")).toEqual([
      104, 208, 226, 306, 425, 506, 508, 510,
    ]);
    expect(lacking((code) => typeof httpStatus[code] === "string")).toEqual([104]);
    expect(lacking((code) => reasonPhrase(code) !== undefined)).toEqual([]);
  });

  it("says no peer uses RFC 9110's phrases for 413 and 422", () => {
    for (const code of [413, 422]) {
      expect(statuses.message[code]).not.toBe(reasonPhrase(code));
      expect(httpStatusCodes.getReasonPhrase(code)).not.toBe(reasonPhrase(code));
      expect(httpStatus[code]).not.toBe(reasonPhrase(code));
    }
  });

  it("says the peers' lookups return prototype members for toString, and statuskit's do not", () => {
    expect(typeof statuses.message.toString).toBe("function");
    expect(typeof httpStatusCodes.getReasonPhrase("toString")).toBe("function");
    expect(typeof httpStatus.toString).toBe("function");
    expect(reasonPhrase("toString" as unknown as number)).toBeUndefined();
    expect(statusCodeFor("toString")).toBeUndefined();
  });
});
