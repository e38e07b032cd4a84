import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLimits } from "../../src/serve/index.js";
import { negotiateBodyFormat } from "../../src/serve/response-body.js";
import { loadedMachine, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll });

async function get(path: string, accept?: string) {
  const response = await fetch(`${context.server.url}${path}`, accept === undefined ? {} : { headers: { accept } });
  return {
    type: response.headers.get("content-type"),
    vary: response.headers.get("vary"),
    body: await response.text(),
  };
}

describe("content negotiation", loadedMachine, () => {
  it("answers plain text by default, as httpstat.us did", async () => {
    expect(await get("/404")).toEqual({ type: "text/plain; charset=utf-8", vary: "Accept", body: "404 Not Found" });
  });

  it("answers httpstat.us's JSON shape when JSON is asked for", async () => {
    const answer = await get("/404", "application/json");
    expect(answer.type).toBe("application/json");
    expect(JSON.parse(answer.body)).toEqual({ code: 404, description: "Not Found" });
  });

  it("answers an RFC 9457 problem document when problem+json is asked for", async () => {
    const answer = await get("/503", "application/problem+json");
    expect(answer.type).toBe("application/problem+json");
    expect(JSON.parse(answer.body)).toEqual({ type: "about:blank", title: "Service Unavailable", status: 503 });
  });

  it("answers JSON instead of a problem document for a success, which is no problem", async () => {
    const answer = await get("/201", "application/problem+json");
    expect(answer.type).toBe("application/json");
    expect(JSON.parse(answer.body)).toEqual({ code: 201, description: "Created" });
  });

  it.each([
    [undefined, "text"],
    ["*/*", "text"],
    ["text/html", "text"],
    ["application/json, text/plain;q=0.5", "json"],
    ["text/plain;q=0.2, application/json;q=0.9", "json"],
    ["application/*", "json"],
    ["application/problem+json, application/json;q=0.9", "problem"],
    ["application/json, application/problem+json", "json"],
    ["application/problem+json, application/json", "problem"],
    ["text/plain;q=0, */*;q=0.1", "json"],
    ["application/json;q=abc", "text"],
    ["application/json;q=2", "text"],
    [",,,;;;==", "text"],
  ] as const)("Accept %j gives %s", (accept, format) => {
    expect(negotiateBodyFormat(accept)).toBe(format);
  });

  it("reads an Accept header as long as the header limit allows", () => {
    const ranges = "a/b;q=0.5,".repeat(Math.floor(serveLimits.maximumHeaderBytes / 10));
    expect(negotiateBodyFormat(ranges)).toBe("text");
    expect(negotiateBodyFormat(`${ranges}application/json;q=0.1`)).toBe("json");
  });
});
