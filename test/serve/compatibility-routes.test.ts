import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStatusServer } from "../../src/serve/index.js";
import { request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll }, { seed: 7 });

async function statuses(path: string, count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let index = 0; index < count; index++) seen.push((await fetch(`${context.server.url}${path}`)).status);
  return seen;
}

describe("httpbin: /status/{codes}", () => {
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

describe("httpstat.us: /random/{codes}", () => {
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

describe("seeded randomness", () => {
  async function sequence(seed: number, path: string, count: number): Promise<number[]> {
    const server = await startStatusServer({ seed });
    try {
      const seen: number[] = [];
      for (let index = 0; index < count; index++) seen.push((await request(server, path)).status);
      return seen;
    } finally {
      await server.close();
    }
  }

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

  it("keeps weights within tolerance over many draws (200:0.9,500:0.1)", async () => {
    const server = await startStatusServer({ seed: 99 });
    const agent = new (await import("node:http")).Agent({ keepAlive: true, maxSockets: 8 });
    try {
      const draws = 4000;
      const seen = await Promise.all(
        Array.from({ length: draws }, () => request(server, "/status/200:0.9,500:0.1", { agent })),
      );
      const errors = seen.filter((response) => response.status === 500).length;
      // Binomial: mean 400, standard deviation 19; five deviations either side.
      expect(errors).toBeGreaterThan(400 - 95);
      expect(errors).toBeLessThan(400 + 95);
      expect(seen.filter((response) => response.status === 200).length).toBe(draws - errors);
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});
