// The adapters against stand-ins with the same shape as each framework's
// objects; interop/fixtures/errors-*.mjs runs them in the real frameworks.
import createError from "http-errors";
import { describe, expect, it, vi } from "vitest";
import {
  asHttpError,
  createHttpError,
  expressErrorHandler,
  fastifyErrorHandler,
  fetchErrorHandler,
  fetchErrorResponse,
  HttpError,
  h3ErrorHandler,
  honoErrorHandler,
  isHttpError,
  koaErrorHandler,
  MethodNotAllowed,
  NotFound,
  nextErrorHandler,
  nodeErrorResponse,
  PROBLEM_JSON,
  Throttled,
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

  it("keeps every status http-errors makes, its expose and its message where exposed", () => {
    for (let status = 400; status <= 599; status++) {
      const theirs = createError(status, `message ${status}`);
      const ours = asHttpError(theirs);
      expect(ours.status).toBe(theirs.status);
      expect(ours.expose).toBe(theirs.expose);
      expect(ours.detail).toBe(theirs.expose ? `message ${status}` : undefined);
      expect(ours.cause).toBe(theirs);
    }
  });

  it("keeps a status whose required header the foreign error lacks, and sends it without", () => {
    for (const status of [401, 405, 407, 416, 426]) {
      const error = asHttpError(createError(status));
      expect([error.status, { ...error.headers }]).toEqual([status, {}]);
    }
    expect(asHttpError({ status: 499 }).status).toBe(499);
    expect(asHttpError({ statusCode: 404 }).status).toBe(404);
    expect(asHttpError({ status: 200, statusCode: 503 }).status).toBe(503);
  });

  it.each([600, 399, 200, 404.5, "404", -1])("makes a 500 of a foreign error whose status is %s", (status) => {
    expect(asHttpError(Object.assign(new Error(secret), { status, expose: true })).status).toBe(500);
  });

  it("keeps the foreign error's expose, true below 500 by default", () => {
    expect(asHttpError(Object.assign(new Error("Bad JSON"), { status: 400 })).detail).toBe("Bad JSON");
    expect(asHttpError(Object.assign(new Error(secret), { status: 502 })).detail).toBeUndefined();
    expect(asHttpError(Object.assign(new Error("Maintenance"), { status: 503, expose: true })).detail).toBe(
      "Maintenance",
    );
    expect(asHttpError(Object.assign(new Error(secret), { status: 400, expose: false })).detail).toBeUndefined();
  });

  it("copies the foreign error's own headers that an HttpError can carry, and leaves out the rest", () => {
    const error = asHttpError(
      Object.assign(new Error("x"), {
        status: 401,
        headers: {
          "WWW-Authenticate": 'Bearer realm="Zürich"',
          "Transfer-Encoding": "chunked",
          "Content-Length": "5",
          "X-Split": "a\r\nSet-Cookie: x=1",
          "Bad Name": "x",
          "X-Kept": "yes",
          "Retry-After": 30,
          "X-Object": { toString: () => "x" },
        },
      }),
    );
    expect([error.status, { ...error.headers }]).toEqual([401, { "x-kept": "yes", "retry-after": "30" }]);
    const inherited = Object.create({ headers: { "X-Inherited": "1" } }) as object;
    expect({ ...asHttpError(Object.assign(inherited, { status: 400 })).headers }).toEqual({});
    const range = asHttpError({ status: 416, headers: { "Content-Range": "bytes 0-1/2" } });
    expect([range.status, range.headers["content-range"]]).toEqual([416, undefined]);
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

  it("agrees with http-errors on the status and expose of every status from 400 to 599", () => {
    for (let status = 400; status <= 599; status++) {
      const code: number = status;
      const theirs = createError(code);
      const ours = createHttpError(code);
      expect([ours.status, ours.expose]).toEqual([theirs.status, theirs.expose]);
    }
  });

  it("refuses what http-errors quietly turns into a 500", () => {
    expect(() => createHttpError(200)).toThrow(TypeError);
    expect(() => createHttpError(600)).toThrow(TypeError);
  });
});

describe("fetch handlers and Next.js route handlers", () => {
  it("answer a thrown HttpError with its problem response", async () => {
    const handler = fetchErrorHandler(async () => {
      throw new MethodNotAllowed("POST", ["GET"]);
    });
    const response = await handler();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(response.headers.get("content-type")).toBe(PROBLEM_JSON);
  });

  it("pass a response through", async () => {
    const handler = nextErrorHandler(async (request: Request) => new Response(new URL(request.url).pathname));
    const response = await handler(new Request("https://example.com/ok"), {});
    expect(await response.text()).toBe("/ok");
  });

  it("answer anything else with a bare 500 and report it", async () => {
    const report = vi.fn();
    const handler = nextErrorHandler(
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
    const response = fetchErrorResponse(new Error("x"), {
      report: () => {
        throw new Error("logger down");
      },
    });
    expect(response.status).toBe(500);
  });

  it("report through console.error by default", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    fetchErrorResponse(new Error("x"));
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
    nodeErrorResponse(response, new Throttled(3));
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
      expect(() => nodeErrorResponse(response, thrown, { report })).not.toThrow();
      expect(calls[0]?.[1]).toBe(500);
      expect(JSON.parse(calls[1]?.[1] as string)).toEqual({
        type: "about:blank",
        title: "Internal Server Error",
        status: 500,
      });
      expect(report.mock.calls[0]?.[0].cause).toBe(thrown);
      const fetched = fetchErrorResponse(thrown, quiet);
      expect([fetched.status, (await fetched.json()).status]).toEqual([500, 500]);
    }
  });

  it("node:http destroys a response whose headers have gone out", () => {
    const destroy = vi.fn();
    nodeErrorResponse({ headersSent: true, writeHead: vi.fn(), end: vi.fn(), destroy }, new NotFound(), quiet);
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

/**
 * An error as an older copy of statuskit makes it: it carries the shared mark,
 * so an adapter takes it as it is, but a header value that the current checks
 * refuse, which node:http and fetch refuse too.
 */
function olderCopysError(): HttpError {
  const error = new HttpError(401, { headers: { "WWW-Authenticate": "Bearer" } });
  return Object.defineProperty(error, "headers", {
    value: Object.freeze({ "www-authenticate": 'Bearer realm="Zürich—Süd"' }),
  });
}

describe("guarded writes", () => {
  it("node:http answers a response it cannot write with a bare 500, reported, and never throws", () => {
    const report = vi.fn();
    const calls: unknown[][] = [];
    const response = {
      headersSent: false,
      writeHead: (...args: unknown[]) => {
        calls.push(args);
        if (calls.length === 1) throw new TypeError("Invalid character in header content");
      },
      end: vi.fn(),
    };
    expect(() => nodeErrorResponse(response, new NotFound(), { report })).not.toThrow();
    expect(calls.map((call) => call[0])).toEqual([404, 500]);
    expect(response.end).toHaveBeenCalledOnce();
    expect(JSON.parse(response.end.mock.calls[0]?.[0] as string)).toEqual({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
    });
    expect(report).toHaveBeenCalledOnce();
    expect((report.mock.calls[0]?.[0] as HttpError | undefined)?.cause).toBeInstanceOf(TypeError);
  });

  it("node:http destroys a response it cannot write at all, and never throws", () => {
    const destroy = vi.fn();
    const response = {
      headersSent: false,
      writeHead: () => {
        throw new Error("socket gone");
      },
      end: vi.fn(),
      destroy,
    };
    expect(() => nodeErrorResponse(response, new NotFound(), quiet)).not.toThrow();
    expect(destroy).toHaveBeenCalledOnce();
  });

  it("the fetch adapters answer an error whose header fetch refuses with a bare 500, reported", async () => {
    const report = vi.fn();
    const responses = [
      fetchErrorResponse(olderCopysError(), { report }),
      honoErrorHandler({ report })(olderCopysError(), {}),
      h3ErrorHandler({ report })(olderCopysError(), {}),
      await fetchErrorHandler(
        () => {
          throw olderCopysError();
        },
        { report },
      )(),
    ];
    for (const response of responses) {
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500 });
    }
    expect(report).toHaveBeenCalledTimes(4);
  });

  it("Koa removes the headers it set and answers with a bare 500 when one is refused", async () => {
    const headers = new Map<string, string>();
    const context = {
      status: 200,
      body: undefined as unknown,
      type: "",
      set(fields: Record<string, string>) {
        for (const [name, value] of Object.entries(fields)) {
          if (/[^\t\x20-\x7e]/.test(value)) throw new TypeError(`Invalid character in header content ["${name}"]`);
          headers.set(name, value);
        }
      },
      remove: (name: string) => headers.delete(name),
    };
    const report = vi.fn();
    const error = olderCopysError();
    Object.defineProperty(error, "headers", { value: Object.freeze({ "x-first": "1", "x-bad": "Süd" }) });
    await koaErrorHandler({ report })(context, async () => {
      throw error;
    });
    expect([context.status, [...headers.keys()]]).toEqual([500, ["content-type"]]);
    expect(JSON.parse(context.body as string).status).toBe(500);
    expect(report).toHaveBeenCalledOnce();
  });
});

describe("the fetch wrapper's arity", () => {
  it("is the handler's, since Deno.serve passes no Request to a handler that declares no parameters", () => {
    expect(fetchErrorHandler((request: Request) => new Response(request.url)).length).toBe(1);
    expect(fetchErrorHandler(() => new Response("")).length).toBe(0);
    expect(nextErrorHandler((_request: Request, _context: unknown) => new Response("")).length).toBe(2);
  });
});
