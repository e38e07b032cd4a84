import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bodyPreview } from "../../src/testing/body-preview.js";
import { boundedJson } from "../../src/testing/bounded-json.js";
import { escapeControls } from "../../src/testing/escape-control.js";
import { bodyPreviewLimits, matchers } from "../../src/testing/index.js";
import { decodeStart } from "../../src/testing/stream-reading.js";
import { failureOf } from "./failure.js";
import { superagentResponse } from "./response-shapes.js";
import "./vitest-declaration.js";

expect.extend(matchers);

/** Every character a terminal or a log viewer may act on, by the escape it is shown as. */
const controls = [
  ["\x00", "\\x00"],
  ["\x07", "\\x07"],
  ["\t", "\\x09"],
  ["\r", "\\x0D"],
  ["\x1b", "\\x1B"],
  ["\x1f", "\\x1F"],
  ["\x7f", "\\x7F"],
  ["\x80", "\\x80"],
  ["\x85", "\\x85"],
  ["\x9b", "\\x9B"],
  ["\x9f", "\\x9F"],
  ["\u061c", "\\u061C"],
  ["\u200e", "\\u200E"],
  ["\u200f", "\\u200F"],
  ["\u2028", "\\u2028"],
  ["\u2029", "\\u2029"],
  ["\u202a", "\\u202A"],
  ["\u202e", "\\u202E"],
  ["\u2066", "\\u2066"],
  ["\u2069", "\\u2069"],
] as const;
/** The ranges of character codes that must never reach a message unescaped. */
const controlRanges = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2066, 0x2069],
] as const;
const holdsControl = (text: string) =>
  [...text].some((character) => {
    const code = character.charCodeAt(0);
    return controlRanges.some(([low, high]) => code >= low && code <= high);
  });

describe("escapeControls", () => {
  it("holds every character of the ranges it escapes to an escape", () => {
    for (const [low, high] of controlRanges) {
      for (let code = low; code <= high; code++)
        expect(holdsControl(escapeControls(String.fromCharCode(code)))).toBe(false);
    }
  });

  it.each(controls)("writes %j as %s", (character, written) => {
    expect(escapeControls(`a${character}b`)).toBe(`a${written}b`);
  });

  it("leaves printable text alone, beside the controls' neighbours", () => {
    const printable = " ~\xa0é€\u200d\u202f\u2065\u206a漢字😀";
    expect(escapeControls(printable)).toBe(printable);
  });

  it("leaves no control character in any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(holdsControl(escapeControls(text))).toBe(false);
      }),
    );
  });
});

describe("the body a failure shows", () => {
  const preview = (text: string, cut?: string) => bodyPreview({ text, cut }, "text/plain");

  it("shows the first lines only, and how many more there are", () => {
    const lines = Array.from({ length: 100 }, (_, index) => `line ${index + 1}`);
    const shown = preview(lines.join("\n")).split("\n");
    expect(shown[0]).toBe("body (text/plain):");
    expect(shown.slice(1, -1)).toEqual(lines.slice(0, bodyPreviewLimits.lines).map((line) => `  ${line}`));
    expect(shown.at(-1)).toBe(`  … ${100 - bodyPreviewLimits.lines} more lines`);
  });

  it("cuts a long line at the character limit", () => {
    const shown = preview("x".repeat(10_000)).split("\n");
    expect(shown[1]).toBe(`  ${"x".repeat(bodyPreviewLimits.characters)}…`);
    expect(shown[2]).toBe("  … cut");
  });

  it("escapes control characters in the body and in its content type", () => {
    const shown = bodyPreview({ text: "\x1b[2J\x1b[31mred\u202etxt.exe", cut: undefined }, "text/html\x1b[31m");
    expect(shown).toBe("body (text/html\\x1B[31m):\n  \\x1B[2J\\x1B[31mred\\u202Etxt.exe");
  });

  it("says why the text is not all of the body", () => {
    expect(preview("start", "cut at 16384 bytes")).toBe("body (text/plain):\n  start\n  … cut at 16384 bytes");
  });

  it("shows a cut problem document as text, since it cannot be parsed", () => {
    const text = `{"title":"${"t".repeat(50)}`;
    expect(bodyPreview({ text, cut: "cut at 16384 bytes" }, "application/problem+json")).toMatch(
      /^body \(application\/problem\+json\):\n {2}\{"title":"t+\n {2}… cut at 16384 bytes$/,
    );
  });

  it("shows a problem document's members bounded, escaped, and at most twenty extensions", () => {
    const document: Record<string, unknown> = { title: "T\x1b", detail: "d".repeat(1000) };
    for (let index = 0; index < 30; index++) document[`member${index}`] = index;
    const shown = bodyPreview({ value: document }, "application/problem+json").split("\n");
    expect(shown[0]).toBe("problem details:");
    expect(shown[1]).toBe('  title: "T\\u001b"');
    expect(shown[2]).toBe(`  detail: "${"d".repeat(299)}…`);
    expect(shown.slice(3, -1)).toEqual(Array.from({ length: 20 }, (_, index) => `  member${index}: ${index}`));
    expect(shown.at(-1)).toBe("  … 10 more members");
  });

  it("shows a problem document of the wrong form as the text it is", () => {
    expect(bodyPreview({ text: "[1,2]", cut: undefined }, "application/problem+json")).toBe(
      "body (application/problem+json):\n  [1,2]",
    );
  });

  it("cuts an in-memory text body at the byte limit before it splits it into lines", async () => {
    const text = "a\n".repeat(bodyPreviewLimits.bytes);
    const message = await failureOf(() => expect(superagentResponse(500, {}, text)).toHaveStatus(200));
    expect(
      message.endsWith(
        `… ${bodyPreviewLimits.bytes / 2 - bodyPreviewLimits.lines + 1} more lines, cut at ${bodyPreviewLimits.bytes} characters`,
      ),
    ).toBe(true);
  });
});

describe("boundedJson", () => {
  it("writes a value as JSON does, while it fits", () => {
    const value = { a: [1, "two", null, true], b: { c: "d" } };
    expect(boundedJson(value, 1000)).toEqual({ text: JSON.stringify(value), cut: false });
  });

  it("stops at the limit, however large the value", () => {
    let visited = 0;
    const huge = new Proxy([] as unknown[], {
      get(target, key) {
        if (key === "length") return 1e9;
        if (typeof key === "string" && /^\d+$/.test(key)) {
          visited++;
          return 12345;
        }
        return Reflect.get(target, key);
      },
    });
    expect(boundedJson(huge, 100)).toEqual({ text: `[${"12345,".repeat(16)}123`, cut: true });
    expect(visited).toBeLessThanOrEqual(17);
  });

  it("survives a cycle and a throwing getter", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(boundedJson(cycle, 1000).text).toBe(`${'{"self":'.repeat(9)}{…}${"}".repeat(9)}`);
    const hostile = {
      get boom(): never {
        throw new Error("no");
      },
    };
    expect(boundedJson(hostile, 1000).text).toBe('{"boom":[unreadable]');
  });
});

describe("reading a body stream", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads no more than the byte limit of an endless body, and stops the stream", async () => {
    let pulls = 0;
    let cancelled = false;
    const chunk = new Uint8Array(1024).fill(0x61);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = new Response(endless, { status: 500 });
    const message = await failureOf(() => expect(response).toHaveStatus(200));
    expect(message).toContain(`cut at ${bodyPreviewLimits.bytes} bytes`);
    // The stream is teed for the copy: what the copy read is all that was pulled, plus the stream's read-ahead.
    expect(pulls).toBeLessThanOrEqual(bodyPreviewLimits.bytes / chunk.length + 3);
    expect(cancelled).toBe(false); // the test's own branch of the tee still holds the body
  });

  it("shows what came of a body that stalls, once the wait limit has passed", async () => {
    vi.useFakeTimers();
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("partial"));
      },
    });
    const pending = failureOf(() => expect(new Response(stalled, { status: 502 })).toHaveStatus(200));
    await vi.advanceTimersByTimeAsync(bodyPreviewLimits.waitMilliseconds);
    expect(await pending).toBe(
      `expected 200 OK, received 502 Bad Gateway\nbody:\n  partial\n  … still arriving after ${bodyPreviewLimits.waitMilliseconds} ms`,
    );
  });

  it("does not show half of a character cut at the byte limit, and joins one split between chunks", () => {
    const accent = new TextEncoder().encode("é");
    expect(decodeStart([new TextEncoder().encode("aé")], 2)).toBe("a");
    expect(decodeStart([new TextEncoder().encode("a"), accent.subarray(0, 1), accent.subarray(1)], 10)).toBe("aé");
  });
});
