import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { framingHeaderNames } from "../../src/http-syntax.js";
import { loadedMachine, request, useServer } from "./client.js";
import { rawRequest, readResponses, sendRaw } from "./raw-socket.js";

const context = useServer({ beforeAll, afterAll });

describe("CORS, for tests that run in a browser", loadedMachine, () => {
  it("answers a preflight with 204, the requested method and headers", async () => {
    const seen = await request(context.server, "/503", {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "PUT",
        "Access-Control-Request-Headers": "authorization, x-statuskit-response-retry-after",
      },
    });
    expect(seen.status).toBe(204);
    expect(seen.headers["access-control-allow-origin"]).toBe("*");
    expect(seen.headers["access-control-allow-methods"]).toBe("PUT");
    expect(seen.headers["access-control-allow-headers"]).toBe("authorization, x-statuskit-response-retry-after");
    expect(seen.headers["access-control-max-age"]).toBe("600");
  });

  it("does not send back a requested header list it cannot vouch for", async () => {
    const seen = await request(context.server, "/200", {
      method: "OPTIONS",
      headers: {
        Origin: "http://a",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "a\u00ffb",
      },
    });
    expect(seen.status).toBe(204);
    expect(seen.headers["access-control-allow-headers"]).toBeUndefined();
  });

  it("treats OPTIONS without preflight headers as any other method", async () => {
    const seen = await request(context.server, "/404", { method: "OPTIONS" });
    expect(seen.status).toBe(404);
  });

  it.each([
    [301, "Location"],
    [401, "WWW-Authenticate"],
    [429, "Retry-After"],
    [503, "Retry-After"],
    [405, "Allow"],
  ])("exposes what a script needs to read on %i (%s)", async (code, header) => {
    const response = await fetch(`${context.server.url}/${code}`, { redirect: "manual" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")?.split(", ")).toContain(header);
  });

  it("lets scripts read the problem documents of bad requests too", async () => {
    const response = await fetch(`${context.server.url}/abc`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it.each(["/200", "/302", "/401", "/503", "/103?then=429", "/204", "/418?sleep_after_headers=1"])(
    "lets an echoed header replace each default header of %s, whatever its letter case, CORS ones included",
    async (path) => {
      const plain = readResponses(
        (await sendRaw(context.server, rawRequest(`GET ${path}`, "Connection: close"))).text,
        ["GET"],
      ).at(-1);
      const names = (plain?.headers ?? [])
        .map(([name]) => name)
        .filter((name) => !framingHeaderNames.has(name.toLowerCase()));
      expect(names).toEqual(expect.arrayContaining(["Access-Control-Allow-Origin", "Date"]));
      for (const name of names) {
        // The echo's spelling differs from the default's: lower case, or upper case for a name that is lower case.
        const spelled = name === name.toLowerCase() ? name.toUpperCase() : name.toLowerCase();
        const exchange = await sendRaw(
          context.server,
          rawRequest(`GET ${path}`, `X-Statuskit-Response-${spelled}: echoed`, "Connection: close"),
        );
        const final = readResponses(exchange.text, ["GET"]).at(-1);
        const sent = (final?.headers ?? []).filter(([other]) => other.toLowerCase() === name.toLowerCase());
        expect(sent, `${path} ${name}`).toEqual([[spelled, "echoed"]]);
      }
    },
  );
});
