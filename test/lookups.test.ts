import { STATUS_CODES } from "node:http";
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statuses } from "../data/statuses.js";
import {
  allStatuses,
  constantName,
  isContentStatusCode,
  isKnownStatusCode,
  isRegisteredStatusCode,
  reasonPhrase,
  statusCodeFor,
  statusInfo,
} from "../src/index.js";
import { ianaAssigned } from "./iana-registry.js";

// Prototype keys, polluted or not, are test/prototype-pollution.test.ts's.
const badInputs: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  99,
  299,
  600,
  404.5,
  -404,
  "",
  " ",
  null,
  undefined,
  true,
  404n,
  [404],
  {},
  Object.create(null),
  { valueOf: () => 404, toString: () => "404" },
  Symbol("404"),
];

describe("reasonPhrase", () => {
  it("uses RFC 9110's names where older packages kept the old ones", () => {
    expect(reasonPhrase(413)).toBe("Content Too Large");
    expect(reasonPhrase(414)).toBe("URI Too Long");
    expect(reasonPhrase(416)).toBe("Range Not Satisfiable");
    expect(reasonPhrase(422)).toBe("Unprocessable Content");
  });

  it("returns undefined for unknown codes and bad input", () => {
    for (const value of badInputs) expect(reasonPhrase(value as number), inspect(value)).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const phrase = reasonPhrase(value as number);
        return phrase === undefined || (typeof phrase === "string" && statusInfo(value as number)?.phrase === phrase);
      }),
    );
  });

  it("agrees with Node's http.STATUS_CODES except where RFC 9110 renamed a phrase", () => {
    const differences: Record<string, [string | undefined, string | undefined]> = {};
    for (const [code, nodePhrase] of Object.entries(STATUS_CODES)) {
      const ours = reasonPhrase(Number(code));
      if (ours !== nodePhrase) differences[code] = [nodePhrase, ours];
    }
    expect(differences).toEqual({
      413: ["Payload Too Large", "Content Too Large"],
      418: ["I'm a Teapot", "I'm a teapot"],
      422: ["Unprocessable Entity", "Unprocessable Content"],
    });
  });
});

describe("constantName", () => {
  it("names every code by its primary constant, as statusInfo does", () => {
    for (const row of statuses) expect(constantName(row.code)).toBe(row.constant);
    expect(constantName(422)).toBe("HTTP_422_UNPROCESSABLE_CONTENT");
  });

  it("returns undefined for unknown codes and anything that is not a number", () => {
    for (const value of badInputs) expect(constantName(value as number), inspect(value)).toBeUndefined();
    expect(constantName(499)).toBeUndefined();
  });
});

describe("the registry guards", () => {
  const everyInteger = Array.from({ length: 1100 }, (_, i) => i - 50);

  it("isKnownStatusCode is true exactly for the table's codes", () => {
    const known = new Set(statuses.map((row) => row.code));
    for (const code of everyInteger) expect(isKnownStatusCode(code), String(code)).toBe(known.has(code));
  });

  it("isRegisteredStatusCode is true exactly for the codes in the IANA registry", () => {
    const registered = new Set(statuses.filter((row) => row.standing !== "unofficial").map((row) => row.code));
    for (const code of everyInteger) expect(isRegisteredStatusCode(code), String(code)).toBe(registered.has(code));
    expect(isRegisteredStatusCode(509)).toBe(false);
  });

  it("isContentStatusCode is true exactly for registered codes whose response may carry content", () => {
    const content = new Set(
      statuses.filter((row) => row.standing !== "unofficial" && row.content).map((row) => row.code),
    );
    for (const code of everyInteger) expect(isContentStatusCode(code), String(code)).toBe(content.has(code));
    // RFC 9110, Sections 6.4.1 and 15.3.6.
    for (const code of [100, 101, 103, 204, 205, 304]) expect(isContentStatusCode(code)).toBe(false);
  });

  it("refuses everything that is not an integer, without coercing", () => {
    for (const guard of [isKnownStatusCode, isRegisteredStatusCode, isContentStatusCode]) {
      for (const value of [...badInputs, 404.5, "404", 2 ** 32 + 304, 404n, { valueOf: () => 404 }]) {
        expect(guard(value), inspect(value)).toBe(false);
      }
    }
  });
});

describe("statusInfo and allStatuses", () => {
  it("lists every code of the table once, ordered by code", () => {
    expect(allStatuses().map((info) => info.code)).toEqual(statuses.map((row) => row.code));
  });

  it("returns the same frozen object for a code as allStatuses holds", () => {
    for (const info of allStatuses()) expect(statusInfo(info.code)).toBe(info);
  });

  it("returns undefined for unknown codes and bad input", () => {
    for (const value of badInputs) expect(statusInfo(value as number), inspect(value)).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const info = statusInfo(value as number);
        return info === undefined || allStatuses().includes(info);
      }),
    );
  });

  it("is deeply frozen", () => {
    const visit = (value: unknown, path: string): void => {
      if (typeof value !== "object" || value === null) return;
      expect(Object.isFrozen(value), path).toBe(true);
      for (const [key, member] of Object.entries(value)) visit(member, `${path}.${key}`);
    };
    expect(Object.isFrozen(allStatuses())).toBe(true);
    for (const [i, info] of allStatuses().entries()) visit(info, `allStatuses[${i}]`);
    expect(() => {
      (statusInfo(404) as { phrase: string }).phrase = "Lost";
    }).toThrow(TypeError);
  });

  it("links each code to the spec IANA's registry names, at the RFC Editor's section anchor", () => {
    for (const info of allStatuses()) {
      if (info.spec === null) {
        expect(info.code).toBe(509);
        continue;
      }
      const iana = ianaAssigned.find((row) => row.from === info.code);
      const rfc = /^\[RFC(\d+)(?:, Section ([\d.]+))?\]/.exec(iana?.reference ?? "");
      const draft = /\[(draft-[a-z0-9-]+)\]/.exec(iana?.reference ?? "");
      if (rfc?.[2]) {
        expect(info.spec.url, String(info.code)).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc[1]}#section-${rfc[2]}`);
      } else if (rfc) {
        expect(info.spec.url, String(info.code)).toMatch(
          new RegExp(`^https://www\\.rfc-editor\\.org/rfc/rfc${rfc[1]}#section-[\\d.]+$`),
        );
      } else if (draft) {
        expect(info.spec.url, String(info.code)).toBe(`https://datatracker.ietf.org/doc/html/${draft[1]}`);
      } else {
        throw new Error(`${info.code}: no reference in the IANA registry to check its link against`);
      }
    }
  });

  it("has a one-sentence description for every code, in the table's words", () => {
    for (const info of allStatuses()) {
      expect(info.description).toMatch(/^[A-Z].*\.$/);
      expect(info.description).not.toMatch(/\.\s+[A-Z]/);
    }
  });
});

describe("statusCodeFor", () => {
  it.each(statuses.map((row) => [row.phrase, row.code] as const))("finds the phrase %j", (phrase, code) => {
    expect(statusCodeFor(phrase)).toBe(code);
    expect(statusCodeFor(phrase.toLowerCase())).toBe(code);
    expect(statusCodeFor(phrase.toUpperCase())).toBe(code);
    expect(statusCodeFor(`  ${phrase.replace(/ /g, "   ")} `)).toBe(code);
  });

  it("finds every constant name, with or without its HTTP_NNN_ prefix, in any case", () => {
    for (const row of statuses) {
      for (const name of [row.constant, ...row.aliases]) {
        const bare = name.slice(`HTTP_${row.code}_`.length);
        expect(statusCodeFor(name), name).toBe(row.code);
        expect(statusCodeFor(bare), bare).toBe(row.code);
        expect(statusCodeFor(bare.toLowerCase()), bare).toBe(row.code);
      }
    }
  });

  it("finds numbers and status lines, only when the name belongs to the number", () => {
    expect(statusCodeFor("404")).toBe(404);
    expect(statusCodeFor(" 404 ")).toBe(404);
    expect(statusCodeFor("404 Not Found")).toBe(404);
    expect(statusCodeFor("HTTP/1.1 404 Not Found")).toBe(404);
    expect(statusCodeFor("HTTP/2 503")).toBe(503);
    expect(statusCodeFor("413 Request Entity Too Large")).toBe(413);
    expect(statusCodeFor("404 Gone")).toBeUndefined();
    expect(statusCodeFor("HTTP_404_OK")).toBeUndefined();
  });

  it("finds the phrases earlier specs used, as Node and older packages still print them", () => {
    for (const [code, nodePhrase] of Object.entries(STATUS_CODES)) {
      expect(statusCodeFor(nodePhrase as string), nodePhrase).toBe(Number(code));
    }
    expect(statusCodeFor("Payload Too Large")).toBe(413);
    expect(statusCodeFor("413 Request Entity Too Large")).toBe(413);
    expect(statusCodeFor("Requested Range Not Satisfiable")).toBe(416);
    expect(statusCodeFor("Unprocessable Entity")).toBe(422);
  });

  // Every phrase a status line has carried that differs from today's, read in
  // the published texts: RFC 1945 and RFC 2068 (Section 6.1.1), RFC 2616
  // (Section 6.1.1), RFC 7231 (Section 6.1), nginx's
  // src/http/ngx_http_header_filter_module.c, Apache httpd's
  // modules/http/http_protocol.c, Node.js's http.STATUS_CODES and CPython's
  // http.HTTPStatus (3.12 and earlier for 413, 414, 416 and 422).
  const formerPhrases: readonly (readonly [code: number, phrase: string, sources: string])[] = [
    [302, "Moved Temporarily", "RFC 1945, RFC 2068, nginx"],
    [405, "Not Allowed", "nginx"],
    [408, "Request Time-out", "RFC 2068, RFC 2616, nginx"],
    [413, "Request Entity Too Large", "RFC 2068, RFC 2616, nginx, Apache httpd, CPython 3.12"],
    [413, "Payload Too Large", "RFC 7231, Node.js"],
    [414, "Request-URI Too Large", "RFC 2068, RFC 2616, nginx"],
    [414, "Request-URI Too Long", "Apache httpd, CPython 3.12"],
    [416, "Requested range not satisfiable", "RFC 2616"],
    [416, "Requested Range Not Satisfiable", "nginx, Apache httpd, CPython 3.12"],
    [418, "I'm a Teapot", "Node.js, CPython"],
    [418, "I'm A Teapot", "Apache httpd"],
    [422, "Unprocessable Entity", "Apache httpd, Node.js, CPython 3.12"],
    [503, "Service Temporarily Unavailable", "nginx"],
    [504, "Gateway Time-out", "RFC 2068, RFC 2616, nginx"],
  ];

  it.each(formerPhrases)("finds %i from the former phrase %j (%s)", (code, phrase) => {
    expect(statusCodeFor(phrase)).toBe(code);
    expect(statusCodeFor(phrase.toUpperCase())).toBe(code);
    expect(statusCodeFor(phrase.toLowerCase().replace(/-/g, " "))).toBe(code);
    expect(statusCodeFor(`HTTP/1.1 ${code} ${phrase}`)).toBe(code);
    expect(statusCodeFor(`HTTP/1.0 ${code} ${phrase}\r\n`)).toBe(code);
  });

  it("keeps in the table exactly the former phrases the sources hold", () => {
    const listed = new Set(formerPhrases.map(([code, phrase]) => `${code} ${phrase.toLowerCase()}`));
    for (const row of statuses) {
      for (const former of row.formerPhrases ?? []) {
        expect(listed.has(`${row.code} ${former.phrase.toLowerCase()}`), former.phrase).toBe(true);
        expect(former.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it("matches phrases regardless of apostrophes, hyphens and underscores", () => {
    expect(statusCodeFor("im a teapot")).toBe(418);
    expect(statusCodeFor("I’m a teapot")).toBe(418);
    expect(statusCodeFor("non authoritative information")).toBe(203);
    expect(statusCodeFor("multi_status")).toBe(207);
    expect(statusCodeFor("Not--Found")).toBe(404);
    expect(statusCodeFor("\tnot \t found\r\n")).toBe(404);
  });

  it("refuses any other punctuation, and separators at the ends", () => {
    for (const text of [
      "not found!!",
      "not found.",
      "not.found",
      "¿not found?",
      "-404",
      "+404",
      "(404)",
      "404_",
      "_not_found",
      "not_found_",
      "404!",
      "404 Not Found!",
    ]) {
      expect(statusCodeFor(text), text).toBeUndefined();
    }
  });

  it("accepts only constant names that exist, whole or bare", () => {
    expect(statusCodeFor("HTTP_413_REQUEST_ENTITY_TOO_LARGE")).toBe(413);
    expect(statusCodeFor("http_306_reserved")).toBe(306);
    expect(statusCodeFor("HTTP_404")).toBe(404);
    for (const text of [
      "HTTP_306_UNUSED",
      "HTTP_413_PAYLOAD_TOO_LARGE",
      "HTTP_302_MOVED_TEMPORARILY",
      "HTTP_404_NOTFOUND",
      "HTTP-413-PAYLOAD-TOO-LARGE",
      "http--413--payload_too_large",
      "HTTP_302_MOVED-TEMPORARILY",
      "HTTP-404-GONE",
      "HTTP_404_",
      "HTTP_4040",
      "HTTP_299",
    ]) {
      expect(statusCodeFor(text), text).toBeUndefined();
    }
  });

  it("reads a status line by RFC 9112's grammar: the digits decide, whatever the phrase", () => {
    for (const [text, code] of [
      ["HTTP/1.1 404 File Not Found", 404],
      ["HTTP/1.1 200 Connection established", 200],
      ["HTTP/1.0 200 Document follows", 200],
      ["HTTP/1.1 404 OK", 404],
      ["HTTP/1.1 404 Not Found!", 404],
      ["HTTP/1.1 404 Nicht gefunden", 404],
      ["HTTP/1.1 404 Не найдено", 404],
      ["HTTP/1.1 503 ", 503],
      ["http/1.1 503\tService Unavailable\r\n", 503],
      ["HTTP/2 301", 301],
    ] as const) {
      expect(statusCodeFor(text), text).toBe(code);
    }
  });

  it("keeps a phrase it does not know, alone or after a number without a version, as nothing", () => {
    for (const text of [
      "File Not Found",
      "404 File Not Found",
      "Connection established",
      "HTTP 404 File Not Found",
      "HTTP/1.1 299 OK",
      "HTTP/1.1 4040 Not Found",
      "HTTP/1.1404 Not Found",
      "HTTP/1.1_404",
      "HTTP/1.1 404\u0000Not Found",
      "HTTP/1.1 404 Not\nFound",
      "HTTP/ 404",
    ]) {
      expect(statusCodeFor(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("treats underscores, hyphens and spaces as one inside a constant name too", () => {
    for (const text of ["HTTP_404_NOT__FOUND", "HTTP-404-NOT-FOUND", "http__404__not_found", "HTTP_404_not found"]) {
      expect(statusCodeFor(text), text).toBe(404);
    }
    expect(statusCodeFor("HTTP-413-REQUEST-ENTITY-TOO-LARGE")).toBe(413);
    expect(statusCodeFor("HTTP--404")).toBe(404);
  });

  it("reaches no constant that does not exist, whatever the separators", () => {
    // Every former phrase written as a constant name: none of them is one.
    const separators = fc.constantFrom("_", "-", "__", "_-", " ");
    for (const row of statuses) {
      const names = new Set([row.constant, ...row.aliases]);
      for (const former of row.formerPhrases ?? []) {
        const words = former.phrase.toUpperCase().replace(/['-]/g, " ").split(/ +/);
        if (names.has(`HTTP_${row.code}_${words.join("_")}`)) continue;
        fc.assert(
          fc.property(fc.array(separators, { minLength: words.length + 1, maxLength: words.length + 1 }), (gaps) => {
            const text = ["HTTP", String(row.code), ...words]
              .map((word, index) => (index === 0 ? word : `${gaps[index - 1]}${word}`))
              .join("");
            return gaps[0] === " " || statusCodeFor(text) === undefined;
          }),
        );
      }
      for (const name of names) {
        for (const separator of ["-", "__", "-_"]) {
          expect(statusCodeFor(name.replaceAll("_", separator)), name).toBe(row.code);
        }
      }
    }
  });

  it("drops an apostrophe only between two letters", () => {
    expect(statusCodeFor("im a teapot")).toBe(418);
    expect(statusCodeFor("I\u2019M A TEAPOT")).toBe(418);
    for (const text of [
      "4'04",
      "'404",
      "404'",
      "'not found'",
      "not' found",
      "not 'found",
      "i''m a teapot",
      "i'm' a teapot",
    ]) {
      expect(statusCodeFor(text), text).toBeUndefined();
    }
  });

  it("folds letter case and white space in ASCII only", () => {
    expect(statusCodeFor("oK")).toBe(200);
    expect(statusCodeFor("\f not found \r\n")).toBe(404);
    for (const text of [
      "O\u212A",
      "not\uFEFFfound",
      "not\u00a0found",
      "\u00a0404",
      "404\u2003",
      "not\u2028found",
      "\uFEFFnot found",
    ]) {
      expect(statusCodeFor(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("returns undefined for codes it does not know and for names of nothing", () => {
    for (const text of [
      "299",
      "600",
      "99",
      "1e3",
      "0x194",
      "404.0",
      "four oh four",
      "not",
      "found it",
      "HTTP",
      "http 404 404",
    ]) {
      expect(statusCodeFor(text), text).toBeUndefined();
    }
  });

  it("returns undefined for non-strings, and never throws", () => {
    for (const value of badInputs) expect(statusCodeFor(value as string), inspect(value)).toBeUndefined();
    expect(statusCodeFor("a".repeat(10_000))).toBeUndefined();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything()), (value) => {
        const code = statusCodeFor(value as string);
        return code === undefined || statusInfo(code) !== undefined;
      }),
    );
  });
});
