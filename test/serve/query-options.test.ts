import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLimits } from "../../src/serve/index.js";
import { loadedMachine, request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll });

describe("query options", loadedMachine, () => {
  it("?sleep= delays the whole response", async () => {
    const seen = await request(context.server, "/504?sleep=300");
    expect(seen.status).toBe(504);
    expect(seen.headersAfter).toBeGreaterThanOrEqual(290);
  });

  it("?sleep_after_headers= sends the headers at once and the body later", async () => {
    // A pause longer than the test may take: the headers must come before it ends.
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = http.get(`${context.server.url}/200?sleep_after_headers=60000`, { agent: false }, (response) => {
        resolve(response.statusCode ?? 0);
        outgoing.destroy();
      });
      outgoing.on("error", reject);
    });
    expect(status).toBe(200);
    const seen = await request(context.server, "/200?sleep_after_headers=300");
    expect(seen.endAfter).toBeGreaterThanOrEqual(290);
    expect(seen.body).toBe("200 OK");
  });

  it("?dribble=1 trickles the body one byte at a time", async () => {
    const seen = await request(context.server, "/404?dribble=1");
    expect(seen.body).toBe("404 Not Found");
    expect(seen.chunks).toBeGreaterThan(5);
    expect(seen.endAfter).toBeGreaterThanOrEqual(serveLimits.dribbleIntervalMilliseconds * 10);
  });

  it("?abort=1 sends the headers, then resets the connection", async () => {
    const outcome = await new Promise<{ status: number; error: string }>((resolve) => {
      const outgoing = http.get(`${context.server.url}/404?abort=1`, { agent: false }, (response) => {
        response.on("data", () => {});
        response.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ status: response.statusCode ?? 0, error: error.code ?? "" }),
        );
        response.on("end", () => resolve({ status: response.statusCode ?? 0, error: "none" }));
      });
      outgoing.on("error", (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? "" }));
    });
    expect(outcome).toEqual({ status: 404, error: "ECONNRESET" });
  });

  it("?abort=1 makes fetch's body read fail after the status arrived", async () => {
    const response = await fetch(`${context.server.url}/503?abort=1`);
    expect(response.status).toBe(503);
    await expect(response.text()).rejects.toThrow();
  });

  it("?sleep_after_headers= with ?abort=1 resets after the pause", async () => {
    const started = performance.now();
    const response = await fetch(`${context.server.url}/200?sleep_after_headers=200&abort=1`);
    await expect(response.text()).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("?location= sets a redirect's Location", async () => {
    const response = await fetch(`${context.server.url}/307?location=%2F201`, { redirect: "manual" });
    expect(response.headers.get("location")).toBe("/201");
  });

  it("a followed redirect lands on /200 by default", async () => {
    const response = await fetch(`${context.server.url}/302`);
    expect([response.status, response.redirected, new URL(response.url).pathname]).toEqual([200, true, "/200"]);
  });

  it("?then= picks the final response after a 1xx", async () => {
    const seen = await request(context.server, "/100?then=418");
    expect(seen.interim.map((interim) => interim.status)).toEqual([100]);
    expect([seen.status, seen.message]).toEqual([418, "I'm a teapot"]);
  });

  it("the options compose: a sleep, an interim response, a pause, a dribbled body", async () => {
    const seen = await request(context.server, "/103?then=500&sleep=100&sleep_after_headers=100&dribble=1");
    expect(seen.interim.map((interim) => interim.status)).toEqual([103]);
    expect([seen.status, seen.body]).toEqual([500, "500 Internal Server Error"]);
    expect(seen.headersAfter).toBeGreaterThanOrEqual(95);
    expect(seen.endAfter).toBeGreaterThanOrEqual(195);
  });

  it("stops waiting when the client goes away, and frees the slot", async () => {
    const controller = new AbortController();
    const pending = fetch(`${context.server.url}/200?sleep=60000`, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(pending).rejects.toThrow();
    const response = await fetch(`${context.server.url}/200?sleep=1`);
    expect(response.status).toBe(200);
  });
});

describe("header echo", loadedMachine, () => {
  it("sends X-Statuskit-Response-<Name> back as <Name>, replacing the default", async () => {
    const response = await fetch(`${context.server.url}/429`, {
      headers: { "X-Statuskit-Response-Retry-After": "120", "X-Statuskit-Response-X-Request-Id": "abc" },
    });
    expect(response.headers.get("retry-after")).toBe("120");
    expect(response.headers.get("x-request-id")).toBe("abc");
    expect(response.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
  });

  it("accepts httpstat.us's X-HttpStatus-Response-<Name> too", async () => {
    const response = await fetch(`${context.server.url}/200`, {
      headers: { "X-HttpStatus-Response-Content-Type": "application/xml" },
    });
    expect(response.headers.get("content-type")).toBe("application/xml");
  });

  it("sends every value of a repeated echo header", async () => {
    const seen = await request(context.server, "/200", {
      headers: { "X-Statuskit-Response-Set-Cookie": ["a=1", "b=2"] },
    });
    expect(seen.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
  });
});
