import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTP_201_CREATED, HTTP_422_UNPROCESSABLE_CONTENT } from "../../src/index.js";
import { type StatusServer, startStatusServer } from "../../src/serve/index.js";
import { matchers } from "../../src/testing/index.js";
import { failureOf } from "./failure.js";
import { axiosError, axiosResponse, playwrightResponse, superagentResponse } from "./response-shapes.js";
import "./vitest-declaration.js";

expect.extend(matchers);

const problem = {
  type: "https://example.com/problems/invalid",
  title: "Your request is not valid.",
  status: 422,
  detail: "email is missing",
  errors: [{ field: "email" }],
};
const problemHeaders = { "content-type": "application/problem+json" };

describe("toHaveStatus on a fetch Response", () => {
  it("passes for the code, a list holding it, and its class", async () => {
    const response = new Response(null, { status: 201 });
    await expect(response).toHaveStatus(201);
    await expect(response).toHaveStatus(HTTP_201_CREATED);
    await expect(response).toHaveStatus([200, 201]);
    await expect(response).toHaveStatus("success");
    await expect(response).not.toHaveStatus(200);
    await expect(response).not.toHaveStatus("client-error");
  });

  it("names both codes with their phrases when it fails", async () => {
    const response = new Response("{}", { status: HTTP_422_UNPROCESSABLE_CONTENT });
    expect(await failureOf(() => expect(response).toHaveStatus(201))).toMatch(
      /^expected 201 Created, received 422 Unprocessable Content\n/,
    );
    expect(await failureOf(() => expect(response).toHaveStatus([200, 204]))).toMatch(
      /^expected one of 200 OK, 204 No Content, received 422 Unprocessable Content\n/,
    );
    expect(await failureOf(() => expect(response).toHaveStatus("success"))).toMatch(
      /^expected a 2xx \(success\) status, received 422 Unprocessable Content\n/,
    );
  });

  it("says what .not expected when it fails", async () => {
    const response = new Response("down", { status: 503 });
    expect(await failureOf(() => expect(response).not.toHaveStatus(503))).toMatch(
      /^expected a status other than 503 Service Unavailable, received 503 Service Unavailable\nbody/,
    );
    expect(await failureOf(() => expect(response).not.toHaveStatus([502, 503]))).toMatch(
      /^expected none of 502 Bad Gateway, 503 Service Unavailable, received 503/,
    );
    expect(await failureOf(() => expect(response).not.toHaveStatus("server-error"))).toMatch(
      /^expected a status outside 5xx \(server-error\), received 503 Service Unavailable\n/,
    );
  });

  it("shows a problem document's title, detail and extension members", async () => {
    const response = new Response(JSON.stringify(problem), { status: 422, headers: problemHeaders });
    expect(await failureOf(() => expect(response).toHaveStatus(201))).toBe(
      [
        "expected 201 Created, received 422 Unprocessable Content",
        "problem details:",
        '  title: "Your request is not valid."',
        '  detail: "email is missing"',
        '  errors: [{"field":"email"}]',
      ].join("\n"),
    );
  });

  it("shows the first lines of any other body", async () => {
    const response = new Response("Traceback:\r\n  at handler\n  at server", {
      status: 500,
      headers: { "content-type": "text/plain" },
    });
    expect(await failureOf(() => expect(response).toHaveStatus(200))).toBe(
      [
        "expected 200 OK, received 500 Internal Server Error",
        "body (text/plain):",
        "  Traceback:",
        "    at handler",
        "    at server",
      ].join("\n"),
    );
  });

  it("leaves the body for the test to read, after a failure as after a pass", async () => {
    const response = new Response("the body", { status: 500 });
    await expect(response).not.toHaveStatus(200);
    await failureOf(() => expect(response).toHaveStatus(200));
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe("the body");
  });

  it("says so when the test has read the body already", async () => {
    const response = new Response("gone", { status: 500 });
    await response.text();
    expect(await failureOf(() => expect(response).toHaveStatus(200))).toBe(
      "expected 200 OK, received 500 Internal Server Error\nbody not shown: it had been read already",
    );
  });

  it("shows an empty body as empty", async () => {
    expect(await failureOf(() => expect(new Response(null, { status: 404 })).toHaveStatus(200))).toBe(
      "expected 200 OK, received 404 Not Found\nbody: empty",
    );
  });
});

describe("when the matchers return a promise", () => {
  const call = (isNot: boolean, received: unknown, expected: number) =>
    matchers.toHaveStatus.call({ isNot }, received, expected);

  it("answers at once when the assertion holds, with or without .not", () => {
    const response = new Response("body", { status: 200 });
    expect(call(false, response, 200)).not.toBeInstanceOf(Promise);
    expect(call(true, response, 404)).not.toBeInstanceOf(Promise);
    expect(matchers.toHaveRequiredHeaders.call({ isNot: false }, response)).not.toBeInstanceOf(Promise);
  });

  it("returns a promise only when it fails and must read a stream", async () => {
    const failing = call(false, new Response("body", { status: 500 }), 200);
    expect(failing).toBeInstanceOf(Promise);
    expect((await failing).pass).toBe(false);
    const negatedFailing = call(true, new Response("body", { status: 500 }), 500);
    expect(negatedFailing).toBeInstanceOf(Promise);
    expect((await negatedFailing).pass).toBe(true);
  });

  it("answers at once when the body is already in memory", () => {
    const outcome = call(false, superagentResponse(500, {}, "oops"), 200);
    expect(outcome).not.toBeInstanceOf(Promise);
  });

  it("treats a call without a runner's context as not negated", async () => {
    const outcome = await matchers.toHaveStatus.call(undefined, new Response(null, { status: 500 }), 200);
    expect(outcome.pass).toBe(false);
    expect(outcome.message()).toMatch(/^expected 200 OK, received 500/);
  });
});

describe("toHaveStatus on the other response shapes", () => {
  it.each([
    ["a Playwright APIResponse", playwrightResponse(422, problemHeaders, JSON.stringify(problem))],
    ["a supertest response", superagentResponse(422, problemHeaders, JSON.stringify(problem), problem)],
    ["an axios response", axiosResponse(422, { "Content-Type": "application/problem+json" }, problem)],
    ["an axios error", axiosError(axiosResponse(422, { "Content-Type": "application/problem+json" }, problem))],
  ])("reads %s, its status and its problem document", async (_shape, response) => {
    await expect(response).toHaveStatus(422);
    await expect(response).toHaveStatus("client-error");
    expect(await failureOf(() => expect(response).toHaveStatus(201))).toBe(
      [
        "expected 201 Created, received 422 Unprocessable Content",
        "problem details:",
        '  title: "Your request is not valid."',
        '  detail: "email is missing"',
        '  errors: [{"field":"email"}]',
      ].join("\n"),
    );
  });

  it("shows an axios response's parsed JSON that is not a problem document", async () => {
    const response = axiosResponse(500, { "content-type": "application/json" }, { error: "boom", at: [1, 2] });
    expect(await failureOf(() => expect(response).toHaveStatus(200))).toBe(
      'expected 200 OK, received 500 Internal Server Error\nbody (application/json):\n  {"error":"boom","at":[1,2]}',
    );
  });

  it("shows a superagent response's binary body as text, from its bytes", async () => {
    const response = { status: 500, headers: {}, body: Buffer.from("bytes here") };
    expect(await failureOf(() => expect(response).toHaveStatus(200))).toBe(
      "expected 200 OK, received 500 Internal Server Error\nbody:\n  bytes here",
    );
  });

  it("refuses an axios error that got no response, saying why", async () => {
    const error = axiosError(undefined);
    expect(await failureOf(() => expect(error).toHaveStatus(200))).toMatch(
      /received an axios error without a response \(the request got no answer: Request failed/,
    );
  });
});

describe("on a Node.js IncomingMessage", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((_request, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end("stack trace here");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const get = () => new Promise<http.IncomingMessage>((resolve) => http.get(url, { agent: false }, resolve));

  it("reads the status and, when the assertion fails, the body nobody has read", async () => {
    const message = await get();
    await expect(message).toHaveStatus(500);
    expect(await failureOf(() => expect(message).toHaveStatus(200))).toBe(
      "expected 200 OK, received 500 Internal Server Error\nbody (text/plain):\n  stack trace here",
    );
  });

  it("does not read a body the test has begun to read", async () => {
    const message = await get();
    let text = "";
    message.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
    });
    await new Promise((resolve) => message.on("end", resolve));
    expect(text).toBe("stack trace here");
    expect(await failureOf(() => expect(message).toHaveStatus(200))).toBe(
      "expected 200 OK, received 500 Internal Server Error\nbody not shown: it had been read already",
    );
  });
});

describe("against a live status server", () => {
  let server: StatusServer;
  beforeAll(async () => {
    server = await startStatusServer();
  });
  afterAll(() => server.close());

  it("passes on the served status and shows the served problem document when it fails", async () => {
    const response = await fetch(`${server.url}/422`, { headers: { accept: "application/problem+json" } });
    await expect(response).toHaveStatus(422);
    const message = await failureOf(() => expect(response).toHaveStatus(201));
    expect(message).toMatch(/^expected 201 Created, received 422 Unprocessable Content\nproblem details:\n {2}title: /);
    expect((await response.json()) as unknown).toMatchObject({ status: 422 });
  });

  it("checks the served 401 and 405 for their required headers", async () => {
    await expect(await fetch(`${server.url}/401`)).toHaveRequiredHeaders();
    await expect(await fetch(`${server.url}/405`)).toHaveRequiredHeaders();
  });
});

describe("toHaveRequiredHeaders", () => {
  it("passes when every required header is there, in any case of its name", async () => {
    await expect(new Response(null, { status: 405, headers: { allow: "GET" } })).toHaveRequiredHeaders();
    await expect(superagentResponse(401, { "www-authenticate": "Bearer" }, "")).toHaveRequiredHeaders();
    await expect(axiosResponse(407, { "Proxy-Authenticate": "Basic" }, "")).toHaveRequiredHeaders();
    await expect(playwrightResponse(426, { upgrade: "h2c" }, "")).toHaveRequiredHeaders();
    await expect({ status: 416, headers: { "Content-Range": "bytes */10" }, text: "" }).toHaveRequiredHeaders();
  });

  it("finds a header in a plain object whatever the case of its key", async () => {
    await expect({ status: 401, headers: { "WWW-AUTHENTICATE": "Bearer" }, text: "" }).toHaveRequiredHeaders();
    const shown = { status: 500, headers: { "Content-Type": "text/plain" }, text: "oops" };
    expect(await failureOf(() => expect(shown).toHaveStatus(200))).toBe(
      "expected 200 OK, received 500 Internal Server Error\nbody (text/plain):\n  oops",
    );
  });

  it("passes for a status that requires none", async () => {
    await expect(new Response(null, { status: 200 })).toHaveRequiredHeaders();
    await expect(new Response(null, { status: 503 })).toHaveRequiredHeaders();
  });

  it("names the missing header", async () => {
    expect(await failureOf(() => expect(new Response(null, { status: 401 })).toHaveRequiredHeaders())).toBe(
      "expected 401 Unauthorized to carry WWW-Authenticate, which its status requires; missing: WWW-Authenticate",
    );
    expect(await failureOf(() => expect(superagentResponse(405, {}, "")).toHaveRequiredHeaders())).toBe(
      "expected 405 Method Not Allowed to carry Allow, which its status requires; missing: Allow",
    );
  });

  it("says what .not expected when it fails", async () => {
    const allowed = new Response(null, { status: 405, headers: { allow: "GET" } });
    expect(await failureOf(() => expect(allowed).not.toHaveRequiredHeaders())).toBe(
      "expected 405 Method Not Allowed to lack a header field its status requires, but it carries Allow",
    );
    expect(await failureOf(() => expect(new Response(null)).not.toHaveRequiredHeaders())).toBe(
      "expected 200 OK to lack a header field its status requires, but it requires none",
    );
    await expect(new Response(null, { status: 405 })).not.toHaveRequiredHeaders();
  });
});

describe("what is not a response", () => {
  it.each([
    [undefined, "undefined"],
    [null, "null"],
    [404, "number 404"],
    ["404", 'a string ("404")'],
    [{}, "an object with no own keys"],
    [{ code: 404 }, 'an object with keys "code"'],
    [Promise.resolve(new Response()), "a Promise: await the request, then assert on the response it gives"],
  ])("fails with and without .not on %s, naming it", async (received, named) => {
    for (const run of [() => expect(received).toHaveStatus(200), () => expect(received).not.toHaveStatus(200)]) {
      const message = await failureOf(run);
      expect(message).toContain("toHaveStatus: expected a response (a fetch Response, ");
      expect(message).toContain(`; received ${named}`);
    }
    expect(await failureOf(() => expect(received).toHaveRequiredHeaders())).toContain(`received ${named}`);
  });

  it("fails on an object whose members throw, instead of crashing", async () => {
    const hostile = {
      get status(): number {
        throw new Error("no status for you");
      },
    };
    expect(await failureOf(() => expect(hostile).toHaveStatus(200))).toContain(
      "received an object that threw when read (no status for you)",
    );
  });

  it("fails with a message on a status that is not a status code", async () => {
    expect(await failureOf(() => expect(superagentResponse(0, {}, "")).toHaveStatus(200))).toMatch(
      /^expected 200 OK, received a status that is not a status code \(0\)\n/,
    );
  });
});

describe("what toHaveStatus expects", () => {
  it.each([
    ["sucess", 'received "sucess"'],
    [600, "received number 600"],
    ["404", 'received "404"'],
    [[], "received an empty array"],
    [[200, "201"], "received an array holding something else"],
    [null, "received null"],
  ])("refuses %j, saying what it takes", async (expected, named) => {
    const message = await failureOf(() => expect(new Response()).toHaveStatus(expected as never));
    expect(message).toBe(
      `toHaveStatus: expected a status code (an integer from 100 to 599), a non-empty array of them, or one of "informational", "success", "redirect", "client-error", "server-error"; ${named}`,
    );
  });
});
