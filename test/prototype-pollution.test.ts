// Two promises. No lookup ever answers from a prototype: not from the
// members every object inherits, nor from a key polluted onto
// Object.prototype or Array.prototype. And the built package loads, by
// `require` and by `import`, in a process whose Object.prototype has extra
// enumerable keys, as a vulnerable deep merge leaves it. (Polluted accessor
// keys, `get`, `set` and `value`, break Node itself, and are out of scope.)
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { identify } from "../src/cli/lookup.js";
import * as core from "../src/index.js";
import * as unofficial from "../src/unofficial/index.js";

const polluted = { code: "299", phrase: "polluted phrase" } as const;

// Every own member of Object.prototype and Array.prototype ("constructor",
// "__proto__", "toString", "hasOwnProperty", "length", ...), the polluted
// keys, and the folded forms a text lookup makes of them.
const keys = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    "__proto__",
    polluted.code,
    polluted.phrase,
    polluted.phrase.toUpperCase().replaceAll(" ", "_"),
    `HTTP_${polluted.code}_POLLUTED_PHRASE`,
    `${polluted.code} ${polluted.phrase}`,
  ]),
];

/**
 * Each lookup, what it answers for a key it does not hold, and whether it
 * looks up codes: a code lookup is also asked for the polluted code as a
 * number, which no table holds (the class guards and statusCategory answer
 * for every integer in range, so they are asked only for the keys).
 */
const lookups: readonly (readonly [name: string, lookup: (key: never) => unknown, nothing: unknown, codes: boolean])[] =
  [
    ["reasonPhrase", core.reasonPhrase, undefined, true],
    ["constantName", core.constantName, undefined, true],
    ["statusInfo", core.statusInfo, undefined, true],
    ["statusCategory", core.statusCategory, undefined, false],
    ["statusCodeFor", core.statusCodeFor, undefined, false],
    ["isStatusCode", core.isStatusCode, false, false],
    ["isKnownStatusCode", core.isKnownStatusCode, false, true],
    ["isRegisteredStatusCode", core.isRegisteredStatusCode, false, true],
    ["isContentStatusCode", core.isContentStatusCode, false, true],
    ["unofficialStatusInfo", unofficial.unofficialStatusInfo, undefined, true],
    ["the CLI's lookup", identify, undefined, false],
  ];

describe("no lookup answers from a prototype, polluted or not", () => {
  it.each(lookups)("%s", (_, lookup, nothing, codes) => {
    const prototypes = [Object.prototype, Array.prototype] as Record<string, unknown>[];
    for (const prototype of prototypes) {
      prototype[polluted.code] = { code: 299, phrase: "Polluted" };
      prototype[polluted.phrase] = 299;
    }
    try {
      for (const key of keys) expect(lookup(key as never), key).toBe(nothing);
      if (codes) expect(lookup(Number(polluted.code) as never)).toBe(nothing);
    } finally {
      for (const prototype of prototypes) {
        delete prototype[polluted.code];
        delete prototype[polluted.phrase];
      }
    }
  });
});

const probe = fileURLToPath(new URL("./fixtures/pollution-probe.cjs", import.meta.url));

describe("the built package with extra enumerable keys on Object.prototype", () => {
  // One process of its own, since the pollution must come before Node loads
  // the package. Generous, for a machine busy with other work.
  it("loads by require and by import, with every export, and answers as it would clean", {
    timeout: 60_000,
  }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [probe], { encoding: "utf8", timeout: 55_000 });
    const names = {
      statuskit: Object.keys(core).sort(),
      "statuskit/unofficial": Object.keys(unofficial).sort(),
      "statuskit/errors": Object.keys(await import("../src/errors/index.js")).sort(),
    };
    const answers = {
      reasonPhrase: [core.reasonPhrase(404), "undefined"],
      statusCodeFor: [404, "undefined"],
      statusInfo: [core.statusInfo(404)?.constant, "undefined"],
      isKnownStatusCode: [true, false],
      unofficialStatusInfo: [unofficial.unofficialStatusInfo(499)?.length, "undefined"],
    };
    expect(JSON.parse(stdout)).toEqual({ require: { names, answers }, import: { names, answers } });
  });
});
