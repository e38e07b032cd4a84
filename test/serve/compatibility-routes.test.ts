import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStatusServer } from "../../src/serve/index.js";
import { chooseCode, parseRequestTarget, seededRandom } from "../../src/serve/request-target.js";
import { loadedMachine, request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll }, { seed: 7 });

async function statuses(path: string, count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let index = 0; index < count; index++) seen.push((await fetch(`${context.server.url}${path}`)).status);
  return seen;
}

describe("httpbin: /status/{codes}", loadedMachine, () => {
  it("answers a single code", async () => {
    expect(await statuses("/status/418", 3)).toEqual([418, 418, 418]);
  });

  it("picks among a comma list, every code in reach", async () => {
    expect(new Set(await statuses("/status/200,201,500", 60))).toEqual(new Set([200, 201, 500]));
  });

  it("never picks a code weighted 0", async () => {
    expect(new Set(await statuses("/status/200:0,503:1", 30))).toEqual(new Set([503]));
  });

  it("takes a percent-encoded list, as an HTTP client may send it", async () => {
    expect(await statuses("/status/404%3A1%2C404", 2)).toEqual([404, 404]);
  });
});

describe("httpstat.us: /random/{codes}", loadedMachine, () => {
  it("picks among codes and ranges; a range brings only the known codes in it", async () => {
    const seen = new Set(await statuses("/random/200,201,500-504", 150));
    expect(seen).toEqual(new Set([200, 201, 500, 501, 502, 503, 504]));
  });

  it("skips the unknown codes inside a range (520-530 holds Cloudflare's)", async () => {
    const seen = await statuses("/random/520-530", 100);
    expect(seen).not.toContain(528);
    expect(seen.every((code) => code >= 520 && code <= 530)).toBe(true);
  });
});

function choiceOf(target: string) {
  const parsed = parseRequestTarget(target);
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed.choice;
}

describe("weighted choice", () => {
  const weighted = choiceOf("/status/200:0.9,500:0.1");

  it("gives each code the share of [0, 1) its weight asks for, and none to a weight of 0", () => {
    const drawing = (value: number) => chooseCode(weighted, () => value);
    expect([0, 0.5, 0.8999, 0.9, 0.95, 0.9999999999999999].map(drawing)).toEqual([200, 200, 200, 500, 500, 500]);
    const top = 0.9999999999999999;
    expect(chooseCode(choiceOf("/status/200:1,500:0"), () => top)).toBe(200);
    expect(chooseCode(choiceOf("/status/200:0,500:1"), () => 0)).toBe(500);
  });

  it("keeps weights within tolerance over many seeded draws (200:0.9,500:0.1)", () => {
    for (const seed of [1, 99, 4_294_967_295]) {
      const random = seededRandom(seed);
      const draws = Array.from({ length: 4000 }, () => chooseCode(weighted, random));
      const errors = draws.filter((code) => code === 500).length;
      // Binomial: mean 400, standard deviation 19; five deviations either side.
      expect(errors).toBeGreaterThan(400 - 95);
      expect(errors).toBeLessThan(400 + 95);
      expect(draws.filter((code) => code === 200)).toHaveLength(4000 - errors);
    }
  });

  it("draws nothing for a single code, so a seeded run depends only on the requests that pick", () => {
    let draws = 0;
    chooseCode(choiceOf("/404"), () => {
      draws++;
      return 0;
    });
    expect(draws).toBe(0);
  });
});

describe("seeded randomness", loadedMachine, () => {
  async function sequence(seed: number, path: string, count: number): Promise<number[]> {
    const server = await startStatusServer({ seed });
    const agent = new http.Agent({ keepAlive: true });
    try {
      const seen: number[] = [];
      for (let index = 0; index < count; index++) seen.push((await request(server, path, { agent })).status);
      return seen;
    } finally {
      agent.destroy();
      await server.close();
    }
  }

  it("answers, for a seed, the codes its seeded draws pick through the route's weights", async () => {
    const random = seededRandom(2024);
    const expected = Array.from({ length: 200 }, () => chooseCode(choiceOf("/status/200:0.9,500:0.1"), random));
    expect(await sequence(2024, "/status/200:0.9,500:0.1", 200)).toEqual(expected);
  });

  it("repeats the same sequence for the same seed, across servers", async () => {
    const first = await sequence(12345, "/random/200-599", 40);
    const second = await sequence(12345, "/random/200-599", 40);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(10);
  });

  it("gives a different sequence for another seed", async () => {
    expect(await sequence(1, "/random/200-599", 20)).not.toEqual(await sequence(2, "/random/200-599", 20));
  });

  it("reports the seed it drew when none was given, and that seed replays the run", async () => {
    const server = await startStatusServer();
    const seen: number[] = [];
    for (let index = 0; index < 20; index++) seen.push((await request(server, "/random/400-599")).status);
    await server.close();
    expect(await sequence(server.seed, "/random/400-599", 20)).toEqual(seen);
  });
});
