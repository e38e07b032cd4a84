import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allStatuses, reasonPhrase, statusCategory, statusCodeFor, statusInfo } from "../src/index.js";
import { unofficialStatuses, unofficialStatusInfo } from "../src/unofficial/index.js";

const key = (status: { code: number; phrase: string }) => `${status.code} ${status.phrase}`;

describe("unofficialStatuses", () => {
  it("is ordered by code", () => {
    const codes = unofficialStatuses().map((status) => status.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(unofficialStatuses())).toBe(true);
    for (const status of unofficialStatuses()) expect(Object.isFrozen(status)).toBe(true);
  });

  it.each(unofficialStatuses().map((status) => [key(status), status] as const))(
    "describes %s in a sentence of its own, with its class",
    (_, status) => {
      expect(status.description).toMatch(/^\S.{30,300}\.$/);
      expect(status.description).not.toBe(status.note);
      expect(status.category).toBe(statusCategory(status.code));
    },
  );

  it("has the codes the issue names", () => {
    const codes = new Set(unofficialStatuses().map((status) => status.code));
    const named = [444, 494, 495, 496, 497, 499, 520, 521, 522, 523, 524, 525, 526, 527, 530, 460, 463, 464, 561];
    for (const code of [...named, 440, 449, 451, 509, 419, 420, 430, 598, 599]) expect(codes).toContain(code);
  });
});

describe("unofficialStatusInfo", () => {
  it("gives every meaning of a code, in table order", () => {
    expect(unofficialStatusInfo(499)?.map((status) => status.origin)).toEqual(["nginx"]);
    expect(unofficialStatusInfo(451)?.map((status) => status.phrase)).toEqual(["Redirect"]);
  });

  it("returns a frozen array", () => {
    expect(Object.isFrozen(unofficialStatusInfo(522))).toBe(true);
  });

  it("gives undefined for a code with no unofficial meaning", () => {
    expect(unofficialStatusInfo(404)).toBeUndefined();
    expect(unofficialStatusInfo(299)).toBeUndefined();
  });

  it.each([Number.NaN, 499.5, -499, "499", "__proto__", "constructor", "toString", null, undefined, {}, [499]])(
    "gives undefined for %j",
    (input) => {
      expect(unofficialStatusInfo(input as number)).toBeUndefined();
    },
  );

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = unofficialStatusInfo(input as number);
        expect(result === undefined || Array.isArray(result)).toBe(true);
      }),
    );
  });
});

describe("separation from the registry", () => {
  const unregistered = unofficialStatuses().filter((status) => statusInfo(status.code) === undefined);

  it.each(unregistered.map((status) => [key(status), status] as const))(
    "does not leak %s into the registry's answers",
    (_, status) => {
      expect(reasonPhrase(status.code)).toBeUndefined();
      expect(statusInfo(status.code)).toBeUndefined();
      expect(statusCodeFor(status.phrase)).toBeUndefined();
      expect(statusCodeFor(String(status.code))).toBeUndefined();
      expect(allStatuses().some((info) => info.code === status.code)).toBe(false);
    },
  );

  it("keeps the registered meaning of 451 in the registry", () => {
    expect(reasonPhrase(451)).toBe("Unavailable For Legal Reasons");
    expect(statusCodeFor("Redirect")).toBeUndefined();
  });
});
