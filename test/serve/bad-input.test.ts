import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLimits } from "../../src/serve/index.js";
import { eventually, loadedMachine, problemOf, request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll });

// Paths too long to serve as test names.
const spelledOut: Record<string, string> = {
  "/status/ with 201 codes": `/status/${"200,".repeat(200)}200`,
  "/ and 10,000 characters": `/${"a".repeat(10_000)}`,
};

describe("bad input gets a 400 problem document saying what was wrong", loadedMachine, () => {
  it.each([
    ["/", /ask for a status code/],
    ["/abc", /"abc" is not a status code/],
    ["/99", /"99" is not a status code between 100 and 599/],
    ["/600", /600 is not a status code between 100 and 599/],
    ["/0404", /not a status code/],
    ["/299", /299 is neither a registered status code nor a known unofficial one/],
    ["/404/", /no route/],
    ["/toString", /not a status code/],
    ["/__proto__", /not a status code/],
    ["/status/", /needs a comma-separated list/],
    ["/status/abc", /not a status code/],
    ["/status/200:x", /the weight in "200:x"/],
    ["/status/200:-1", /the weight/],
    ["/status/200:1e999", /the weight/],
    ["/status/200:0,500:0", /add up to zero/],
    ["/status/200,", /status code is missing/],
    ["/status/%E0%A4%A", /not valid percent-encoding/],
    ["/status/ with 201 codes", /the list has 201 entries; the limit is 100/],
    ["/random/", /needs a comma-separated list/],
    ["/random/504-500", /runs backwards/],
    ["/random/290-299", /holds no known status code/],
    ["/random/500-700", /700 is not a status code/],
    ["/random/5xx", /not a status code/],
    ["/404?sleep=abc", /sleep must be a whole number of milliseconds/],
    ["/404?sleep=-1", /sleep must be a whole number/],
    ["/404?sleep=1.5", /sleep must be a whole number/],
    [`/404?sleep=${serveLimits.maximumSleepMilliseconds + 1}`, /beyond the maximum of 60000 milliseconds/],
    ["/404?sleep_after_headers=9999999999", /sleep_after_headers must be/],
    ["/404?dribble=yes", /dribble must be 1 or true/],
    ["/404?abort=2", /abort must be 1 or true/],
    ["/404?slep=100", /unknown query parameter "slep"/],
    ["/404?sleep=1&sleep=2", /more than once/],
    ["/404?__proto__=1&constructor=2", /unknown query parameter "__proto__"/],
    ["/404?%zz=1", /not valid percent-encoding/],
    ["/404?location=/x", /location applies to the codes that send a Location header \(104, 201, 300, .*\), not 404/],
    ["/302?location=", /location must be 1 to 1024 characters/],
    ["/302?location=%0D%0ASet-Cookie:%20a=b", /visible ASCII/],
    ["/404?then=200", /then applies to the 1xx codes/],
    ["/100?then=103", /then must be a final status code/],
    ["/100?then=999", /then: 999 is not a status code/],
    ["/ and 10,000 characters", /the request target is 10001 characters long; the limit is 2048/],
  ] as const)("%s", async (path, detail) => {
    const seen = await request(context.server, spelledOut[path] ?? path);
    expect(seen.status).toBe(400);
    const problem = problemOf(seen);
    expect(problem).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    expect(problem.detail).toMatch(detail);
  });

  it("refuses an absolute URL: no open proxy", async () => {
    const text = await raw("GET http://example.com/200 HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(text).toContain("not a proxy");
  });

  it("closes a CONNECT tunnel request without opening anything", async () => {
    const text = await raw("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    expect(text).not.toMatch(/^HTTP\/1\.1 2/);
  });

  it.each([
    ["Connection", /frames the message/],
    ["Content-Length", /frames the message/],
    ["Transfer-Encoding", /frames the message/],
  ])("refuses to echo %s", async (name, detail) => {
    const seen = await request(context.server, "/200", { headers: { [`X-Statuskit-Response-${name}`]: "1" } });
    expect(seen.status).toBe(400);
    expect(problemOf(seen).detail).toMatch(detail);
  });

  it("refuses more echo headers than the limit", async () => {
    const headers = Object.fromEntries(
      Array.from({ length: serveLimits.maximumEchoedHeaders + 1 }, (_, index) => [
        `X-Statuskit-Response-X-${index}`,
        "1",
      ]),
    );
    const seen = await request(context.server, "/200", { headers });
    expect(problemOf(seen).detail).toMatch(/more than 32 headers/);
  });

  it("answers 431 with a problem document for headers beyond the limit", async () => {
    const text = await raw(
      `GET /200 HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(serveLimits.maximumHeaderBytes)}\r\n\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(text).toContain('"detail":"the request headers are larger than 16384 bytes"');
  });

  it("answers 400 with a problem document for a request that is not HTTP", async () => {
    const text = await raw("HELLO\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(text).toContain("application/problem+json");
  });

  it("answers an HTTP/1.1 request without Host with the server's 400 problem document, and closes", async () => {
    const text = await raw("GET /404 HTTP/1.1\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(text).toContain("Connection: close");
    expect(text).toContain("Access-Control-Allow-Origin: *");
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toEqual({
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      detail: "an HTTP/1.1 request must carry a Host header (RFC 9112, Section 3.2)",
    });
  });

  it("serves an HTTP/1.0 request without Host, which that version allows", async () => {
    expect(await raw("GET /404 HTTP/1.0\r\n\r\n")).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
  });

  it("answers an expectation other than 100-continue with the server's 417 problem document", async () => {
    const text = await raw("GET /200 HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 417 Expectation Failed\r\n/);
    expect(text).toContain("Content-Type: application/problem+json");
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4)).detail).toBe(
      'the server meets no expectation but 100-continue, not "200-ok"',
    );
  });

  it("meets Expect: 100-continue: 100 Continue from Node, then the answer", async () => {
    const text = await raw("GET /404 HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 404 Not Found\r\n/);
  });

  it("never writes an answer into a response already under way on the connection", async () => {
    const text = await raw("GET /200?dribble=1 HTTP/1.1\r\nHost: x\r\n\r\nBROKEN\r\n\r\n");
    expect(text).not.toContain("400 Bad Request");
  });

  it("answers a broken request that follows a finished response on the same connection", async () => {
    const text = await new Promise<string>((resolve) => {
      const url = new URL(context.server.url);
      const socket = net.connect(Number(url.port), url.hostname, () =>
        socket.write("GET /200 HTTP/1.1\r\nHost: x\r\n\r\n"),
      );
      let received = "";
      socket.setEncoding("latin1");
      socket.on("data", (chunk: string) => {
        received += chunk;
        if (received.endsWith("200 OK")) socket.write("BROKEN\r\n\r\n");
      });
      socket.on("error", () => {});
      socket.on("close", () => resolve(received));
    });
    expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n200 OKHTTP\/1\.1 400 Bad Request\r\n/);
  });

  it("answers 413 and closes for declared content beyond the limit", async () => {
    const text = await raw(
      `POST /200 HTTP/1.1\r\nHost: x\r\nContent-Length: ${serveLimits.maximumBodyBytes + 1}\r\n\r\nabc`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 413 Content Too Large\r\n/);
    expect(text).toContain("Connection: close");
  });

  it("reads and discards content within the limit, keeping the connection", async () => {
    const seen = await request(context.server, "/201", { method: "POST", body: "x".repeat(100_000) });
    expect(seen.status).toBe(201);
  });

  it("cuts a chunked upload that goes past the limit", async () => {
    const chunk = "x".repeat(64 * 1024);
    const text = await raw(
      `POST /200?sleep=2000 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${`${(64 * 1024).toString(16)}\r\n${chunk}\r\n`.repeat(20)}`,
    );
    expect(text).toBe("");
  });

  it("answers 503 with Retry-After when too many responses are waiting, and serves again after", async () => {
    const controllers = Array.from({ length: serveLimits.maximumDelayedResponses }, () => new AbortController());
    const waiting = controllers.map((controller) =>
      fetch(`${context.server.url}/200?sleep=30000`, { signal: controller.signal }).catch(() => undefined),
    );
    let refused = await request(context.server, "/200?sleep=10");
    await eventually(async () => {
      refused = await request(context.server, "/200?sleep=10");
      return refused.status === 503;
    });
    expect(refused.status).toBe(503);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(problemOf(refused).detail).toMatch(/the limit is 256/);
    expect((await request(context.server, "/200")).status).toBe(200);
    for (const controller of controllers) controller.abort();
    await Promise.all(waiting);
    let served = 0;
    await eventually(async () => {
      served = (await request(context.server, "/200?sleep=10")).status;
      return served === 200;
    });
    expect(served).toBe(200);
  });
});

function raw(text: string): Promise<string> {
  return new Promise((resolve) => {
    const url = new URL(context.server.url);
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(text));
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      received += chunk;
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(received));
  });
}
