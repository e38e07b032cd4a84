// /sequence/{codes}?key= and startStatusServer().sequenceUrl(), over real HTTP.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLimits } from "../../src/serve/index.js";
import { loadedMachine, problemOf, request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll });
let keys = 0;
/** A key no other test in this file uses. */
const freshKey = () => `test-${++keys}`;

async function statuses(path: string, times: number, options: Parameters<typeof request>[2] = {}) {
  const seen: number[] = [];
  for (let index = 0; index < times; index++) seen.push((await request(context.server, path, options)).status);
  return seen;
}

describe("/sequence/{codes}?key=", loadedMachine, () => {
  it("answers the codes in order, then repeats the last", async () => {
    expect(await statuses(`/sequence/503,503,200?key=${freshKey()}`, 5)).toEqual([503, 503, 200, 200, 200]);
  });

  it("answers each step as the plain route of its code does: phrase, headers, body", async () => {
    const key = freshKey();
    const plain = await request(context.server, "/429");
    const step = await request(context.server, `/sequence/429,301?key=${key}`);
    expect([step.status, step.message, step.body]).toEqual([plain.status, plain.message, plain.body]);
    expect(step.headers["retry-after"]).toBe(plain.headers["retry-after"]);
    const redirect = await request(context.server, `/sequence/429,301?key=${key}`);
    expect([redirect.status, redirect.headers.location]).toEqual([301, "/200"]);
  });

  it("keeps keys independent when requests for them run in parallel", async () => {
    const runs = Array.from({ length: 8 }, () => freshKey());
    const seen = await Promise.all(runs.map((key) => statuses(`/sequence/500,502,503,200?key=${key}`, 5)));
    for (const codes of seen) expect(codes).toEqual([500, 502, 503, 200, 200]);
  });

  it("applies query options to every step, and header echo to the step it answers", async () => {
    const key = freshKey();
    const headers = { "X-Statuskit-Response-Retry-After": "0" };
    const first = await request(context.server, `/sequence/503,103,200?key=${key}&dribble=1`, { headers });
    expect([first.status, first.headers["retry-after"], first.body]).toEqual([503, "0", "503 Service Unavailable"]);
    expect(first.chunks).toBeGreaterThan(1);
    const second = await request(context.server, `/sequence/503,103,200?key=${key}&dribble=1`);
    expect(second.interim.map((interim) => interim.status)).toEqual([103]);
    expect(second.status).toBe(200);
    expect(second.chunks).toBeGreaterThan(1);
  });

  it("does not move a key on for a CORS preflight", async () => {
    const path = `/sequence/503,200?key=${freshKey()}`;
    const preflight = await request(context.server, path, {
      method: "OPTIONS",
      headers: { Origin: "https://a.example", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(await statuses(path, 2)).toEqual([503, 200]);
  });

  it("does not move a key on for a request refused as bad", async () => {
    const path = `/sequence/503,200?key=${freshKey()}`;
    // One echoed header more than the limit.
    const headers = Object.fromEntries(
      Array.from({ length: serveLimits.maximumEchoedHeaders + 1 }, (_, index) => [
        `X-Statuskit-Response-X-${index}`,
        "1",
      ]),
    );
    const refused = await request(context.server, path, { headers });
    expect(refused.status).toBe(400);
    expect(await statuses(path, 2)).toEqual([503, 200]);
  });

  it.each([
    ["/sequence/503,200", "needs ?key="],
    ["/sequence/503,200?sleep=1", "needs ?key="],
    ["/sequence/503,200?key=", "key must be 1 to 128 characters long"],
    [`/sequence/503,200?key=${"k".repeat(129)}`, "key must be 1 to 128 characters long"],
    ["/sequence/503,200?key=a%0Ab", "printable ASCII"],
    ["/sequence/503,299?key=x", "299 is neither a registered status code"],
    ["/sequence/503:0.5?key=x", "is not a status code"],
    ["/sequence/500-504?key=x", "is not a status code"],
    [`/sequence/${Array(101).fill(200).join(",")}?key=x`, "the list has 101 entries; the limit is 100"],
    ["/sequence/?key=x", "/sequence/ needs a comma-separated list"],
    ["/404?key=x", "key applies to /sequence/ routes only"],
    ["/sequence/503?key=x&key=y", "given more than once"],
  ])("answers %s with a 400 problem saying %j", async (path, detail) => {
    const seen = await request(context.server, path);
    expect(seen.status).toBe(400);
    expect(problemOf(seen).detail).toContain(detail);
  });

  it("answers a key that runs another sequence with a 400, and leaves its run alone", async () => {
    const key = freshKey();
    expect(await statuses(`/sequence/503,200?key=${key}`, 1)).toEqual([503]);
    const other = await request(context.server, `/sequence/500?key=${key}`);
    expect(other.status).toBe(400);
    expect(problemOf(other).detail).toContain("runs the sequence 503,200, not 500");
    expect(await statuses(`/sequence/503,200?key=${key}`, 1)).toEqual([200]);
  });

  it("takes a key with spaces and punctuation, percent-encoded", async () => {
    const key = encodeURIComponent(`retries a 503 [${freshKey()}] & more`);
    expect(await statuses(`/sequence/503,200?key=${key}`, 2)).toEqual([503, 200]);
  });
});

describe("sequenceUrl()", loadedMachine, () => {
  it("gives a URL that answers the steps in order, under a key of its own", async () => {
    const url = context.server.sequenceUrl([503, 503, 200]);
    expect(url).toMatch(new RegExp(`^${context.server.url}/sequence/503,503,200\\?key=[0-9a-f]{8}-\\d+$`));
    const path = url.slice(context.server.url.length);
    expect(await statuses(path, 4)).toEqual([503, 503, 200, 200]);
  });

  it("never gives two calls the same key, so parallel tests don't share a run", async () => {
    const urls = Array.from({ length: 200 }, () => context.server.sequenceUrl([500, 200]));
    expect(new Set(urls).size).toBe(200);
    const seen = await Promise.all(urls.slice(0, 6).map((url) => statuses(url.slice(context.server.url.length), 3)));
    for (const codes of seen) expect(codes).toEqual([500, 200, 200]);
  });

  it("gives each step the options written with it, and only to it", async () => {
    const url = context.server.sequenceUrl(["103?then=503", "200?dribble=1", 204]);
    const path = url.slice(context.server.url.length);
    const first = await request(context.server, path);
    expect([first.interim.map((interim) => interim.status), first.status]).toEqual([[103], 503]);
    const second = await request(context.server, path);
    expect([second.status, second.body, second.chunks > 1]).toEqual([200, "200 OK", true]);
    const third = await request(context.server, path);
    expect([third.interim.length, third.status, third.chunks]).toEqual([0, 204, 0]);
  });

  it("refuses options added to its URL, since the steps carry their own", async () => {
    const url = context.server.sequenceUrl([503, 200]);
    const seen = await request(context.server, `${url.slice(context.server.url.length)}&sleep=1`);
    expect(seen.status).toBe(400);
    expect(problemOf(seen).detail).toContain("carry the options they were given in code");
  });

  it.each([
    [[], "1 to 100 steps"],
    ["503", "1 to 100 steps"],
    [Array(101).fill(200), "1 to 100 steps"],
    [[503, 299], 'step 2 ("299"): 299 is neither a registered status code'],
    [[503.5], "step 1"],
    [["503?sleep=-1"], "sleep must be a whole number"],
    [["503?then=200"], "then applies to the 1xx codes"],
    [["503?key=x"], "key applies to /sequence/ routes only"],
    [["status/200,500"], "must be one code"],
    [[{}], "must be a code such as 503"],
  ])("throws a RangeError for %j", (steps, message) => {
    expect(() => context.server.sequenceUrl(steps as never)).toThrow(RangeError);
    expect(() => context.server.sequenceUrl(steps as never)).toThrow(message);
  });
});

describe("the live-key limit", loadedMachine, () => {
  const limited = useServer({ beforeAll, afterAll });

  it(`answers a new key with a 503 and Retry-After once ${serveLimits.maximumSequenceKeys} keys are live, and keeps serving live ones`, async () => {
    const first = limited.server.sequenceUrl([503, 200]);
    for (let count = 1; count < serveLimits.maximumSequenceKeys; count++) limited.server.sequenceUrl([200]);
    expect(() => limited.server.sequenceUrl([200])).toThrow(
      `${serveLimits.maximumSequenceKeys} sequence keys are live`,
    );
    const refused = await request(limited.server, "/sequence/503,200?key=one-too-many");
    expect(refused.status).toBe(503);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(problemOf(refused).detail).toContain("sequence keys are live, the limit");
    const live = await request(limited.server, first.slice(limited.server.url.length));
    expect(live.status).toBe(503);
    expect((await request(limited.server, first.slice(limited.server.url.length))).status).toBe(200);
  });
});

describe("a sequence through keep-alive", loadedMachine, () => {
  it("moves on once per request on one connection", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const path = `/sequence/503,502,200?key=${freshKey()}`;
      expect(await statuses(path, 4, { agent })).toEqual([503, 502, 200, 200]);
    } finally {
      agent.destroy();
    }
  });
});
