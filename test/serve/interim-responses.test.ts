import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusInfo } from "../../src/index.js";
import { loadedMachine, request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll });

/** Sends raw bytes and reads until the server closes or `until` shows up. */
function raw(text: string, until?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(context.server.url);
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(text));
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      received += chunk;
      if (until !== undefined && received.includes(until)) socket.destroy();
    });
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}

describe("1xx interim responses", loadedMachine, () => {
  it("sends 103 Early Hints with a Link, then the final response (?then=)", async () => {
    const seen = await request(context.server, "/103?then=404");
    expect(seen.interim).toEqual([{ status: 103, message: "Early Hints", headers: { link: "</200>; rel=preload" } }]);
    expect([seen.status, seen.body]).toEqual([404, "404 Not Found"]);
  });

  it("sends 104 with Location (set by ?location=) and the draft's interop version", async () => {
    const seen = await request(context.server, "/104?location=/uploads/1");
    expect(seen.interim[0]?.headers).toEqual({ location: "/uploads/1", "upload-draft-interop-version": "6" });
    expect(seen.status).toBe(200);
  });

  it("puts the interim response on the wire before the final one, as separate messages", async () => {
    const text = await raw("GET /102?then=503 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const interimAt = text.indexOf("HTTP/1.1 102 Processing\r\n\r\n");
    const finalAt = text.indexOf("HTTP/1.1 503 Service Unavailable\r\n");
    expect(interimAt).toBe(0);
    expect(finalAt).toBeGreaterThan(interimAt);
  });

  it("sends no 1xx to an HTTP/1.0 client (RFC 9110, Section 15.2)", async () => {
    const text = await raw("GET /100 HTTP/1.0\r\n\r\n");
    expect(text.startsWith("HTTP/1.1 200 OK\r\n")).toBe(true);
    expect(text).not.toContain("100 Continue");
  });

  it("answers interim responses for requests pipelined on one connection, in order", async () => {
    const text = await raw(
      "GET /103 HTTP/1.1\r\nHost: x\r\n\r\nGET /102?then=201 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    const order = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => Number(match[1]));
    expect(order).toEqual([103, 200, 102, 201]);
  });

  it("switches protocols only when asked (Upgrade), then closes: this server speaks no other protocol", async () => {
    const switched = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const outgoing = http.request(`${context.server.url}/101`, {
        headers: { Connection: "Upgrade", Upgrade: "websocket" },
        agent: false,
      });
      outgoing.on("upgrade", (response, socket) => {
        socket.destroy();
        resolve(response);
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect([switched.statusCode, switched.statusMessage]).toEqual([101, statusInfo(101).phrase]);
    expect(switched.headers.upgrade).toBe("websocket");
    const refused = await request(context.server, "/101");
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).detail).toMatch(/Upgrade header/);
    for (const upgrade of ["web socket", "websocket/13/1", "/2.0"]) {
      const headers = { Connection: "Upgrade", Upgrade: upgrade };
      expect((await request(context.server, "/101", { headers })).status, upgrade).toBe(400);
    }
  });

  it.each([
    ["an HTTP/1.0 request, whose Upgrade RFC 9110 (Section 7.8) has servers ignore", "GET /101 HTTP/1.0"],
    ["HEAD, which asks for a GET's headers, not for another protocol", "HEAD /101 HTTP/1.1"],
    ["a request without the upgrade connection option (Section 7.8)", "GET /101 HTTP/1.1", "Connection: keep-alive"],
  ])("never switches protocols for %s", async (_, line, connection = "Connection: Upgrade") => {
    const text = await raw(`${line}\r\nHost: x\r\n${connection}\r\nUpgrade: websocket\r\n\r\n`, "\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(text).not.toMatch(/^Upgrade:/im);
  });

  it("switches to the first protocol offered, named in the 101's Upgrade (RFC 9110, Section 15.2.2), with Connection: upgrade in any case", async () => {
    const text = await raw(
      "GET /101 HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, UPGRADE\r\nUpgrade: h2c, websocket\r\n\r\n",
    );
    expect(text).toBe(`HTTP/1.1 101 ${statusInfo(101).phrase}\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n`);
  });

  it("Node's fetch rejects a 100 Continue it did not ask for, while node:http sees it (above)", async () => {
    await expect(fetch(`${context.server.url}/100`)).rejects.toThrow(TypeError);
  });

  it("fetch skips 103 and shows the final response", async () => {
    const response = await fetch(`${context.server.url}/103?then=429`);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
  });
});
