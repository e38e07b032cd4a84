import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLimits } from "../../src/serve/index.js";
import { useServer } from "./client.js";
import { sendRaw } from "./raw-socket.js";

const context = useServer({ beforeAll, afterAll });

/** The documented timeout, and the second within which it holds. */
const documented = serveLimits.headersTimeoutMilliseconds + 1_000;

describe("the headers timeout", { timeout: documented + 60_000 }, () => {
  it("answers 408 and closes a client that never finishes its headers, long before Node's default 30 s check", async () => {
    // The bound stops a hang and is generous for a busy machine: Node's
    // default check, every 30 s, would keep the socket past it.
    const exchange = await sendRaw(context.server, "GET /200 HTTP/1.1\r\nHost: x\r\n", documented + 14_000);
    expect(exchange.gaveUp).toBe(false);
    expect(exchange.text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });
});
