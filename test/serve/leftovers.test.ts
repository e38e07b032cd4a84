import http from "node:http";
import { describe, expect, it } from "vitest";
import { startStatusServer } from "../../src/serve/index.js";
import { eventually, loadedMachine, request } from "./client.js";

function handles(name: string): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === name).length;
}

const settle = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe("no leftovers", loadedMachine, () => {
  it("holds no socket or timer after a stream of bad and abandoned requests, and none after close", async () => {
    const sockets = handles("TCPSocketWrap");
    const timers = handles("Timeout");
    const servers = handles("TCPServerWrap");
    const server = await startStatusServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const paths = [
      "/abc",
      "/600",
      "/status/200:x",
      "/404?sleep=99999999",
      "/404?abort=1",
      "/200?sleep=60000",
      "/200?dribble=1",
      "/103?sleep_after_headers=60000",
    ];
    await Promise.all(
      Array.from({ length: 400 }, async (_, index) => {
        const path = paths[index % paths.length] as string;
        const abandon = path.includes("60000") || path.includes("dribble");
        if (!abandon) return request(server, path, { agent }).catch(() => undefined);
        // Leave mid-wait: the server must drop its timer for this request.
        const outgoing = http.get(`${server.url}${path}`, { agent: false });
        outgoing.on("error", () => {});
        await settle(20);
        outgoing.destroy();
        return undefined;
      }),
    ).catch(() => undefined);
    agent.destroy();
    await eventually(() => handles("TCPSocketWrap") <= sockets && handles("Timeout") <= timers);
    expect(handles("TCPSocketWrap")).toBeLessThanOrEqual(sockets);
    expect(handles("Timeout")).toBeLessThanOrEqual(timers);
    await server.close();
    await eventually(() => handles("TCPServerWrap") <= servers);
    expect(handles("TCPServerWrap")).toBeLessThanOrEqual(servers);
  });

  it("close() ends waiting responses at once instead of waiting out their sleep", async () => {
    const server = await startStatusServer();
    // A sleep longer than the test may take: waiting it out fails the test.
    const waiting = request(server, "/200?sleep=60000").catch((error: unknown) => error);
    await settle(50);
    await server.close();
    expect(await waiting).toBeInstanceOf(Error);
    await expect(server.close()).resolves.toBeUndefined();
  });
});
