import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const probe = fileURLToPath(new URL("../fixtures/serve-polluted-headers.cjs", import.meta.url));
const optionsProbe = fileURLToPath(new URL("../fixtures/serve-polluted-options.cjs", import.meta.url));

describe("statuskit serve with request header names on Object.prototype", () => {
  // In a child process, so that the pollution reaches no other test.
  const answers = JSON.parse(execFileSync(process.execPath, [probe], { encoding: "utf8", timeout: 20_000 })) as Record<
    string,
    { status: string; body: string }
  >;

  it("reads only the headers a request sent: no 413 for a Content-Length it never sent", () => {
    expect(answers.get).toEqual({ status: "HTTP/1.1 404 Not Found", body: "404 Not Found" });
  });

  it("answers an OPTIONS without Origin as a plain request, not a CORS preflight", () => {
    expect(answers.options?.status).toBe("HTTP/1.1 200 OK");
  });

  it("refuses /101 to a request that sent no Upgrade", () => {
    expect(answers.switching?.status).toBe("HTTP/1.1 400 Bad Request");
  });
});

describe("startStatusServer with its option names on Object.prototype", () => {
  it("listens on 127.0.0.1 and draws its own seed, as with no options", () => {
    const started = JSON.parse(
      execFileSync(process.execPath, [optionsProbe], { encoding: "utf8", timeout: 20_000 }),
    ) as {
      url: string;
      seed: number;
    };
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // One chance in 2^32 that a drawn seed is 7.
    expect(started.seed).not.toBe(7);
  });
});
