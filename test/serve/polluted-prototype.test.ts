import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as serve from "../../src/serve/index.js";
import { startStatusServer } from "../../src/serve/index.js";
import { loadedMachine, request } from "./client.js";

const probe = fileURLToPath(new URL("../fixtures/serve-polluted-load.cjs", import.meta.url));

describe("statuskit/serve and inherited members", loadedMachine, () => {
  it("reads only its options' own members: inherited ones neither expose the server nor reach its log", async () => {
    const reported: unknown[] = [];
    // Each inherited value, if read, would fail the start (port, seed) or show here (host, the callbacks).
    const inherited = {
      host: "0.0.0.0",
      port: 70_000,
      seed: -1,
      onRequest: (record: unknown) => reported.push(record),
      onError: (error: unknown) => reported.push(error),
      onWarning: (message: string) => reported.push(message),
    };
    const server = await startStatusServer(Object.create(inherited));
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await request(server, "/404")).status).toBe(404);
    } finally {
      await server.close();
    }
    expect(reported).toEqual([]);
  });

  it("loads in both formats and serves with enumerable members added to Object.prototype", async () => {
    // In a child process, so that the pollution reaches no other test.
    const { stdout } = await promisify(execFile)(process.execPath, [probe], {
      encoding: "utf8",
      timeout: loadedMachine.timeout,
    });
    const names = Object.keys(serve).sort();
    expect(JSON.parse(stdout)).toEqual({
      required: names,
      imported: names,
      answer: { status: "HTTP/1.1 404 Not Found", body: "404 Not Found" },
    });
  });
});
