import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { type StatusServerOptions, startStatusServer } from "../../src/serve/index.js";
import { eventually, loadedMachine, request } from "./client.js";
import { rawRequest, sendRaw } from "./raw-socket.js";

/** Starts a server with these options, collects its warnings, and closes it. */
async function warningsFor(options: StatusServerOptions): Promise<string[]> {
  const warnings: string[] = [];
  const server = await startStatusServer({ ...options, onWarning: (message) => warnings.push(message) });
  await server.close();
  return warnings;
}

/** An address of this machine outside the loopback range, if it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry !== undefined && !entry.internal && entry.family === "IPv4")?.address;

describe("startStatusServer's options", loadedMachine, () => {
  it.each([
    ["", '""'],
    [0, "0"],
    [false, "false"],
    [null, "null"],
    [127_001, "127001"],
    [["127.0.0.1"], "an array"],
    [{ toString: () => "127.0.0.1" }, "an object"],
  ])("refuses host %j, which Node would read as every interface or cannot read", async (host, shown) => {
    const started = startStatusServer({ host: host as string });
    await expect(started).rejects.toThrow(TypeError);
    await expect(started).rejects.toThrow(`host must be a non-empty string such as "127.0.0.1", not ${shown}`);
  });

  it.each(["onRequest", "onError", "onWarning"] as const)(
    "refuses a %s that is not a function, at the start",
    async (name) => {
      await expect(startStatusServer({ [name]: "x" } as StatusServerOptions)).rejects.toThrow(
        new TypeError(`${name} must be a function, not "x"`),
      );
    },
  );

  it.each([
    ["127.0.0.1"],
    ["127.1.2.3"],
    ["localhost"],
    // One number is an IPv4 address to the system's resolver: 127.0.0.1.
    ["2130706433"],
    ["::1"],
    ["::ffff:127.0.0.1"],
    [undefined],
  ])("does not warn for host %s, which binds a loopback address", async (host) => {
    expect(await warningsFor(host === undefined ? {} : { host })).toEqual([]);
  });

  it.each([["0.0.0.0"], ["::"], ...(outsideAddress === undefined ? [] : [[outsideAddress]])])(
    "warns once, naming the address bound, for host %s",
    async (host) => {
      const warnings = await warningsFor({ host });
      expect(warnings).toEqual([
        `listening on ${host} exposes this test server to every machine that can reach this one`,
      ]);
    },
  );

  it("keeps serving when onRequest throws, and reports the first error once to onError", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const server = await startStatusServer({
      onRequest: () => {
        calls++;
        throw new Error(`log failed ${calls}`);
      },
      onError: (error) => errors.push(error),
    });
    try {
      for (const path of ["/404", "/200?sleep=5", "/103", "/abc"]) {
        expect((await request(server, path)).status).toBeGreaterThan(0);
      }
      await eventually(() => calls === 4);
      expect(calls).toBe(4);
      expect(errors).toEqual([new Error("log failed 1")]);
    } finally {
      await server.close();
    }
  });

  it("keeps serving when onRequest throws and there is no onError, or onError throws too", async () => {
    for (const onError of [
      undefined,
      () => {
        throw new Error("and again");
      },
    ]) {
      let calls = 0;
      const server = await startStatusServer({
        onRequest: () => {
          calls++;
          throw new Error("log failed");
        },
        ...(onError === undefined ? {} : { onError }),
      });
      try {
        expect((await request(server, "/404")).status).toBe(404);
        expect((await request(server, "/418")).status).toBe(418);
        await eventually(() => calls === 2);
        expect(calls).toBe(2);
      } finally {
        await server.close();
      }
    }
  });

  it("reports a 101 as sent, and a request still waiting when its connection closes as 0", async () => {
    const records: { target: string; status: number }[] = [];
    const server = await startStatusServer({ onRequest: (record) => records.push(record) });
    try {
      const upgrade = ["Connection: Upgrade", "Upgrade: websocket"];
      await sendRaw(server, rawRequest("GET /101", ...upgrade));
      await sendRaw(server, rawRequest("GET /404") + rawRequest("GET /101", ...upgrade));
      // Closed by the client while the first sleeps: the second never gets its turn.
      await sendRaw(server, rawRequest("GET /200?sleep=60000") + rawRequest("GET /103?then=204"), 200);
      await eventually(() => records.length === 5);
      expect(records.map(({ target, status }) => [target, status]).sort()).toEqual(
        [
          ["/101", 101],
          ["/404", 404],
          ["/101", 101],
          ["/200?sleep=60000", 0],
          ["/103?then=204", 0],
        ].sort(),
      );
    } finally {
      await server.close();
    }
  });
});
