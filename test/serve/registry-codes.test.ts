import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allStatuses, statusInfo } from "../../src/index.js";
import { headerValues } from "../../src/serve/response-headers.js";
import { unofficialStatuses } from "../../src/unofficial/index.js";
import { loadedMachine, request, useServer } from "./client.js";

const context = useServer({ beforeAll, afterAll });
const finals = allStatuses().filter((status) => status.code >= 200);
const interims = allStatuses().filter((status) => status.code < 200 && status.code !== 101);

describe("every registered code, through node:http", loadedMachine, () => {
  it.each(finals.map((status) => [status.code, status] as const))(
    "/%i: the status, the registry's phrase, the headers it names and the body rule",
    async (_code, status) => {
      const seen = await request(context.server, `/${status.code}`);
      expect(seen.status).toBe(status.code);
      expect(seen.message).toBe(status.phrase);
      for (const name of status.headers) expect(seen.headers[name.toLowerCase()], name).toBeTruthy();
      if (status.headers.includes("Location")) expect(seen.headers.location).toBe("/200");
      if (status.content) {
        expect(seen.body).toBe(`${status.code} ${status.phrase}`);
        expect(seen.headers["content-type"]).toBe("text/plain; charset=utf-8");
        expect(seen.headers.vary).toBe("Accept");
      } else {
        expect(seen.body).toBe("");
        expect(seen.headers["content-type"]).toBeUndefined();
      }
    },
  );

  it.each(finals.map((status) => [status.code, status] as const))(
    "HEAD /%i: the same status and headers, no body",
    async (_code, status) => {
      const seen = await request(context.server, `/${status.code}`, { method: "HEAD" });
      expect(seen.status).toBe(status.code);
      expect(seen.message).toBe(status.phrase);
      for (const name of status.headers) expect(seen.headers[name.toLowerCase()], name).toBeTruthy();
      expect(seen.body).toBe("");
    },
  );

  it.each(interims.map((status) => [status.code, status] as const))(
    "/%i: a real interim response with its phrase and headers, then 200",
    async (_code, status) => {
      const seen = await request(context.server, `/${status.code}`);
      expect(seen.interim.map((interim) => [interim.status, interim.message])).toEqual([[status.code, status.phrase]]);
      for (const name of status.headers) {
        expect(seen.interim[0]?.headers[name.toLowerCase()], name).toBeTruthy();
      }
      expect([seen.status, seen.message, seen.body]).toEqual([200, "OK", "200 OK"]);
    },
  );
});

// The Fetch standard turns a 407 into a network error outside a browser
// window (HTTP-network-or-cache fetch, step 14), so fetch cannot show it.
const fetchable = finals.filter((status) => status.code !== 407);

describe("every registered final code, through fetch", loadedMachine, () => {
  it("fetch rejects a 407, as the Fetch standard says, while node:http sees it (above)", async () => {
    await expect(fetch(`${context.server.url}/407`)).rejects.toThrow(TypeError);
  });

  it.each(fetchable.map((status) => [status.code, status] as const))("/%i", async (_code, status) => {
    const response = await fetch(`${context.server.url}/${status.code}`, { redirect: "manual" });
    expect(response.status).toBe(status.code);
    expect(response.statusText).toBe(status.phrase);
    for (const name of status.headers) {
      if (name !== "Date") expect(response.headers.get(name), name).not.toBeNull();
    }
    expect(await response.text()).toBe(status.content ? `${status.code} ${status.phrase}` : "");
  });
});

describe("unofficial codes", loadedMachine, () => {
  const unregistered = [...new Set(unofficialStatuses().map((status) => status.code))].filter(
    (code) => statusInfo(code) === undefined,
  );

  it("has unofficial codes to test, among them 499 and 522", () => {
    expect(unregistered).toEqual(expect.arrayContaining([499, 522]));
  });

  it.each(unregistered)("/%i answers with the first unofficial meaning's phrase", async (code) => {
    const phrase = unofficialStatuses().find((status) => status.code === code)?.phrase;
    const response = await fetch(`${context.server.url}/${code}`);
    expect([response.status, response.statusText]).toEqual([code, phrase]);
    expect(await response.json().catch(() => undefined)).toBeUndefined();
  });

  it("a registered meaning wins over an unofficial one (451)", async () => {
    const response = await fetch(`${context.server.url}/451`);
    expect(response.statusText).toBe(statusInfo(451).phrase);
  });
});

describe("header values", loadedMachine, () => {
  it("has a value for every header the registry names", () => {
    const named = new Set(allStatuses().flatMap((status) => status.headers));
    for (const name of named) expect(headerValues.has(name), name).toBe(true);
  });

  it("sends the challenge, the allowed methods and the retry delay a client reads", async () => {
    const unauthorized = await fetch(`${context.server.url}/401`);
    expect(unauthorized.headers.get("www-authenticate")).toBe('Basic realm="statuskit"');
    const proxy = await request(context.server, "/407");
    expect(proxy.headers["proxy-authenticate"]).toBe('Basic realm="statuskit"');
    expect((await fetch(`${context.server.url}/405`)).headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    for (const code of [429, 503]) {
      expect((await fetch(`${context.server.url}/${code}`)).headers.get("retry-after")).toBe("1");
    }
  });

  it("describes the body's range on 206 and the representation's length on 416", async () => {
    const partial = await fetch(`${context.server.url}/206`);
    const body = await partial.text();
    expect(partial.headers.get("content-range")).toBe(`bytes 0-${body.length - 1}/${body.length}`);
    const unsatisfiable = await fetch(`${context.server.url}/416`);
    expect(unsatisfiable.headers.get("content-range")).toBe(`bytes */${(await unsatisfiable.text()).length}`);
  });

  it("offers an upgrade on 426, with Connection: Upgrade", async () => {
    const seen = await request(context.server, "/426");
    expect([seen.headers.upgrade, seen.headers.connection]).toEqual(["HTTP/2.0", "Upgrade"]);
  });
});
