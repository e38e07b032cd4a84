// The adapters against stand-ins with the same shape as each framework's
// objects; interop/fixtures/errors-*.mjs runs them in the real frameworks.
import createError from "http-errors";
import { describe, expect, it, vi } from "vitest";
import {
  asHttpError,
  createHttpError,
  expressErrorHandler,
  fastifyErrorHandler,
  HttpError,
  h3ErrorHandler,
  honoErrorHandler,
  isHttpError,
  koaErrorHandler,
  MethodNotAllowed,
  NotFound,
  nextRouteHandler,
  PROBLEM_JSON,
  problemResponseFor,
  sendProblem,
  Throttled,
  withProblemResponses,
} from "../../src/errors/index.js";

const secret = "password=hunter2 at /srv/app/db.ts:42";
const quiet = { report: () => {} };

describe("asHttpError", () => {
  it("returns an HttpError as it is", () => {
    const error = new NotFound();
    expect(asHttpError(error)).toBe(error);
  });

  it.each([new Error(secret), secret, null, undefined, 42, { message: secret }])(
    "makes %s a 500 that tells nothing, keeping it as the cause",
    (thrown) => {
      const error = asHttpError(thrown);
      expect(error.status).toBe(500);
      expect(error.detail).toBeUndefined();
      expect(error.expose).toBe(false);
      expect(error.cause).toBe(thrown);
    },
  );

  it("keeps the status of an http-errors error, and its message only where it is exposed", () => {
    const client = asHttpError(createError(400, "Bad JSON"));
    expect([client.status, client.detail]).toEqual([400, "Bad JSON"]);
    const hidden = asHttpError(createError(400, secret, { expose: false }));
    expect([hidden.status, hidden.detail]).toEqual([400, undefined]);
    const server = asHttpError(createError(503, secret));
    expect([server.status, server.detail]).toEqual([503, undefined]);
  });

  it("keeps the headers of a foreign error that carries them", () => {
    const error = asHttpError(createError(405, { headers: { Allow: "GET" } }));
    expect([error.status, error.headers.allow]).toEqual([405, "GET"]);
  });

  it("makes a 500 of a foreign error whose status lacks its required header", () => {
    expect(asHttpError(createError(401)).status).toBe(500);
    expect(asHttpError({ status: 499 }).status).toBe(500);
    expect(asHttpError({ statusCode: 404 }).status).toBe(404);
  });

  it("never throws, even for a hostile value", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
      },
    );
    expect(asHttpError(hostile).status).toBe(500);
  });
});

describe("createHttpError", () => {
  it.each([
    [404, undefined],
    [400, "Missing name"],
    [409, "Taken"],
    [418, undefined],
    [500, undefined],
    [503, "Down"],
  ] as const)("agrees with http-errors on createError(%i, %s): status, message, expose", (status, message) => {
    const theirs = message === undefined ? createError(status) : createError(status, message);
    const ours = message === undefined ? createHttpError(status) : createHttpError(status, message);
    expect([ours.status, ours.statusCode, ours.message, ours.expose]).toEqual([
      theirs.status,
      theirs.statusCode,
      theirs.message === "I'm a Teapot" ? "I'm a teapot" : theirs.message,
      theirs.expose,
    ]);
    expect(isHttpError(ours)).toBe(true);
  });

  it("takes a cause in place of the message, and options", () => {
    const cause = new Error("upstream timed out");
    const error = createHttpError(502, cause, { code: "upstream" });
    expect([error.cause, error.code, error.detail]).toEqual([cause, "upstream", undefined]);
  });

  it("refuses what http-errors quietly turns into a 500", () => {
    expect(() => createHttpError(200)).toThrow(TypeError);
    expect(() => createHttpError(499)).toThrow(TypeError);
    expect(() => createHttpError(401)).toThrow(/WWW-Authenticate/);
  });
});

describe("fetch handlers and Next.js route handlers", () => {
  it("answer a thrown HttpError with its problem response", async () => {
    const handler = withProblemResponses(async () => {
      throw new MethodNotAllowed("POST", ["GET"]);
    });
    const response = await handler();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(response.headers.get("content-type")).toBe(PROBLEM_JSON);
  });

  it("pass a response through", async () => {
    const handler = nextRouteHandler(async (request: Request) => new Response(new URL(request.url).pathname));
    const response = await handler(new Request("https://example.com/ok"), {});
    expect(await response.text()).toBe("/ok");
  });

  it("answer anything else with a bare 500 and report it", async () => {
    const report = vi.fn();
    const handler = nextRouteHandler(
      () => {
        throw new Error(secret);
      },
      { report },
    );
    const response = await handler(new Request("https://example.com/"), {});
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).not.toContain("hunter2");
    expect(JSON.parse(body)).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500 });
    expect(report).toHaveBeenCalledOnce();
    const reported = report.mock.calls[0]?.[0] as HttpError | undefined;
    expect(reported?.cause).toBeInstanceOf(Error);
  });

  it("still answer when the report fails", () => {
    const response = problemResponseFor(new Error("x"), {
      report: () => {
        throw new Error("logger down");
      },
    });
    expect(response.status).toBe(500);
  });

  it("report through console.error by default", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    problemResponseFor(new Error("x"));
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});

describe("framework handlers against stand-ins", () => {
  it("node:http writes the status, headers and body once", () => {
    const calls: unknown[][] = [];
    const response = {
      headersSent: false,
      writeHead: (...args: unknown[]) => calls.push(["writeHead", ...args]),
      end: (...args: unknown[]) => calls.push(["end", ...args]),
    };
    sendProblem(response, new Throttled(3));
    const [writeHead, end] = calls;
    expect(writeHead?.[1]).toBe(429);
    expect(writeHead?.[2]).toBe("Too Many Requests");
    expect(writeHead?.[3]).toMatchObject({ "retry-after": "3", "content-type": PROBLEM_JSON });
    expect(JSON.parse(end?.[1] as string).code).toBe("throttled");
  });

  it("answer an error whose extensions JSON cannot write (a cycle, a BigInt) with a reported 500, never a throw", async () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const extensions of [{ data: cycle }, { id: 10n }]) {
      const thrown = new HttpError(400, { extensions });
      const report = vi.fn();
      const calls: unknown[][] = [];
      const response = {
        headersSent: false,
        writeHead: (...args: unknown[]) => calls.push(["writeHead", ...args]),
        end: (...args: unknown[]) => calls.push(["end", ...args]),
      };
      expect(() => sendProblem(response, thrown, { report })).not.toThrow();
      expect(calls[0]?.[1]).toBe(500);
      expect(JSON.parse(calls[1]?.[1] as string)).toEqual({
        type: "about:blank",
        title: "Internal Server Error",
        status: 500,
      });
      expect(report.mock.calls[0]?.[0].cause).toBe(thrown);
      const fetched = problemResponseFor(thrown, quiet);
      expect([fetched.status, (await fetched.json()).status]).toEqual([500, 500]);
    }
  });

  it("node:http destroys a response whose headers have gone out", () => {
    const destroy = vi.fn();
    sendProblem({ headersSent: true, writeHead: vi.fn(), end: vi.fn(), destroy }, new NotFound(), quiet);
    expect(destroy).toHaveBeenCalledOnce();
  });

  it("Express passes an error on when the response has started", () => {
    const next = vi.fn();
    expressErrorHandler(quiet)(new NotFound(), {}, { headersSent: true, writeHead: vi.fn(), end: vi.fn() }, next);
    expect(next).toHaveBeenCalledOnce();
  });

  it("Fastify, Koa, Hono and h3 map a thrown NotFound to 404", async () => {
    const codes: number[] = [];
    const reply = {
      code: (status: number) => {
        codes.push(status);
        return reply;
      },
      headers: () => reply,
      send: () => reply,
    };
    fastifyErrorHandler(quiet)(new NotFound(), {}, reply);
    const context = { status: 200, body: undefined as unknown, type: "", set: vi.fn() };
    await koaErrorHandler(quiet)(context, async () => {
      throw new NotFound();
    });
    codes.push(context.status);
    codes.push(honoErrorHandler(quiet)(new NotFound(), {}).status);
    codes.push(h3ErrorHandler(quiet)({ status: 500, unhandled: true, cause: new NotFound() }, {}).status);
    codes.push(h3ErrorHandler(quiet)({ status: 500, unhandled: true, cause: new Error(secret) }, {}).status);
    expect(codes).toEqual([404, 404, 404, 404, 500]);
    expect(context.type).toBe(PROBLEM_JSON);
  });
});

describe("the fetch wrapper's arity", () => {
  it("is the handler's, since Deno.serve passes no Request to a handler that declares no parameters", () => {
    expect(withProblemResponses((request: Request) => new Response(request.url)).length).toBe(1);
    expect(withProblemResponses(() => new Response("")).length).toBe(0);
    expect(nextRouteHandler((_request: Request, _context: unknown) => new Response("")).length).toBe(2);
  });
});
